-- 0003: the first reply templates, in Swedish and English, each with a short variant (chat, SMS)
-- and a full one (e-mail). Variables in {{double braces}} are filled in when a template is used.

INSERT INTO templates (id, name, category, language, subject, body_short, body_full, created_at, updated_at) VALUES
('tpl-thanks-sv', 'Tack, vi återkommer', 'general', 'sv', NULL,
 'Hej {{customer.firstName}}! Tack, vi har fått ditt meddelande och återkommer i dag. /{{agent.name}}',
 'Hej {{customer.firstName}}!

Tack för ditt meddelande. Vi har tagit emot ärende {{case.number}} och återkommer till dig i dag.

Vänliga hälsningar
{{agent.name}}', 0, 0),
('tpl-thanks-en', 'Thanks, we will get back to you', 'general', 'en', NULL,
 'Hi {{customer.firstName}}! Thanks, we got your message and will get back to you today. /{{agent.name}}',
 'Hi {{customer.firstName}},

Thank you for your message. We have registered case {{case.number}} and will get back to you today.

Kind regards
{{agent.name}}', 0, 0),
('tpl-delivery-sv', 'Leveransbesked', 'delivery', 'sv', NULL,
 'Hej {{customer.firstName}}! Ditt paket är på väg och bör komma inom 1–3 vardagar. /{{agent.name}}',
 'Hej {{customer.firstName}}!

Ditt paket har lämnat vårt lager och bör komma fram inom 1–3 vardagar. Du får ett sms från transportören med spårningslänk.

Vänliga hälsningar
{{agent.name}}', 0, 0),
('tpl-delivery-en', 'Delivery update', 'delivery', 'en', NULL,
 'Hi {{customer.firstName}}! Your parcel is on its way and should arrive within 1–3 working days. /{{agent.name}}',
 'Hi {{customer.firstName}},

Your parcel has left our warehouse and should arrive within 1–3 working days. The carrier will text you a tracking link.

Kind regards
{{agent.name}}', 0, 0),
('tpl-return-sv', 'Retur och byte', 'returns', 'sv', NULL,
 'Hej {{customer.firstName}}! Skicka tillbaka varan med returlappen i paketet, så byter vi den. /{{agent.name}}',
 'Hej {{customer.firstName}}!

Tråkigt att varan inte blev rätt. Skicka tillbaka den med returlappen som låg i paketet, så skickar vi en ny så snart returen kommit fram. Returfrakten står vi för.

Vänliga hälsningar
{{agent.name}}', 0, 0),
('tpl-return-en', 'Returns and exchanges', 'returns', 'en', NULL,
 'Hi {{customer.firstName}}! Send the item back with the return label from the parcel and we will exchange it. /{{agent.name}}',
 'Hi {{customer.firstName}},

Sorry the item was not right. Send it back with the return label from the parcel and we will send a new one as soon as the return arrives. Return shipping is on us.

Kind regards
{{agent.name}}', 0, 0);
