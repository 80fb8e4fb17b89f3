import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import templates from '../../../resources/templates/default-templates.json';
import { cuesIn } from './cues';
import { classifyIntents, suggest, type Priors } from './engine';
import { loadEvalSet } from './evaluate';
import { trainKindModel } from './kindModel';
import { chatLine } from '../../../tests/helpers/suggestInput';

const base = chatLine;
const TPL = templates as Parameters<typeof suggest>[1];

test('a long angry chat: book a callback, with the reasons, and answer it first', () => {
  const s = suggest({ ...base, text: 'Det här är tredje gången jag skriver!!! Min order har inte kommit och ingen svarar. Helt oacceptabelt, jag är FÖRBANNAD.', turns: 9 }, TPL);
  assert.equal(s.channel[0]!.value, 'callback');
  assert.ok(s.channel[0]!.reasons.some((r) => /upprörd ton/.test(r.sv)));
  assert.ok(s.channel[0]!.reasons.some((r) => /vändor/.test(r.sv)));
  assert.notEqual(s.priority.value, 'normal');
});

test('documents and payment matters move a chat to e-mail; a quick question stays in chat', () => {
  assert.equal(suggest({ ...base, text: 'Fakturan är fel, jag blev dubbeldebiterad. Jag har kvittot som pdf.' }, TPL).channel[0]!.value, 'email');
  const quick = suggest({ ...base, text: 'Har ni öppet på lördag?' }, TPL);
  assert.equal(quick.channel[0]!.value, 'chat');
  assert.equal(quick.intent.value, 'opening_hours');
  assert.equal(quick.templates[0]!.value, 'def-opening-hours-sv', 'the Swedish template for a Swedish question');
});

test('an e-mail question is answered by e-mail; a customer who asks for a text gets an SMS', () => {
  const s = suggest({ ...base, channel: 'email', text: 'När kommer mitt paket? Order 77001.', hasPhone: true }, TPL);
  assert.equal(s.channel[0]!.value, 'email', 'a question wants an answer, not a notice');
  assert.equal(s.channel.find((c) => c.value === 'chat'), undefined, 'an e-mail case is not moved to chat');
  const sms = suggest({ ...base, channel: 'email', text: 'Sms:a mig när paketet skickas. Order 77001.', hasPhone: true }, TPL);
  assert.equal(sms.channel[0]!.value, 'sms');
});

test('an answer to one of the shop’s SMS notices is answered by SMS, unless it needs a written trail or a voice', () => {
  const sms = { ...base, channel: 'sms' as const, hasPhone: true };
  const quick = suggest({ ...sms, text: 'Tack! Kommer budet på förmiddagen eller eftermiddagen?' }, TPL);
  assert.equal(quick.channel[0]!.value, 'sms');
  assert.equal(quick.channel.find((c) => c.value === 'chat'), undefined, 'an SMS case is not moved to chat');
  assert.equal(suggest({ ...sms, text: 'Ok tack 👍' }, TPL).channel[0]!.value, 'sms');
  const plain = suggest({ ...sms, text: 'Jag är hemma hela dagen imorgon och på fredag, så budet kan komma när det passar. Portkoden är 1234 och vi bor på tredje våningen.' }, TPL);
  assert.equal(plain.channel[0]!.value, 'sms');
  assert.ok(plain.channel[0]!.reasons.length > 0, 'always with why');
  const fault = suggest({ ...sms, text: 'Jackan jag hämtade ut har en reva i sömmen under armen. Vill reklamera' }, TPL);
  assert.equal(fault.channel[0]!.value, 'email', 'a complaint wants the written trail');
  assert.ok(fault.channel[0]!.reasons.some((r) => r.en === 'ask for the customer’s e-mail address'), 'and there is no address on file');
  assert.equal(suggest({ ...sms, text: 'Ring mig är du snäll, lättare att förklara' }, TPL).channel[0]!.value, 'callback');
});

test('the shop’s history and the agents’ feedback weigh in, and say so', () => {
  const text = 'Lampan kom trasig';
  const without = suggest({ ...base, channel: 'email', text, hasPhone: true }, TPL);
  const priors: Priors = {
    fastestChannel: new Map([['damaged', { channel: 'callback', medianHours: 1.5, cases: 12 }]]),
    feedback: new Map([['channel:callback:damaged', { accepted: 8, dismissed: 0 }]]),
  };
  const withPriors = suggest({ ...base, channel: 'email', text, hasPhone: true }, TPL, priors);
  const cb = (s: typeof without) => s.channel.find((c) => c.value === 'callback')!;
  assert.ok(cb(withPriors).score > cb(without).score);
  assert.ok(cb(withPriors).reasons.some((r) => /löstes 12 sådana ärenden snabbast/.test(r.sv)));
  assert.ok(cb(withPriors).reasons.some((r) => /tagit förslaget 8 av 8/.test(r.sv)));
});

test('kinds of case: fault and money outweigh a mention of shipping; a word inside a longer one counts once', () => {
  assert.equal(classifyIntents('Jag vill reklamera, vem betalar frakten?')[0]!.intent, 'complaint');
  const d = classifyIntents('Vad är leveranstiden?').find((x) => x.intent === 'delivery_time')!;
  assert.deepEqual(d.words, ['leveranstid']);
});

test('a phrase in the word lists is found in its other forms, and "ordern " stays that one word', () => {
  const r = classifyIntents('Jag skickar tillbaka tröjan i dag');
  assert.equal(r[0]!.intent, 'returns');
  assert.deepEqual(r[0]!.words, ['skicka tillbaka'], 'found as "skickar tillbaka"');
  assert.ok(!classifyIntents('if I order today').some((x) => x.words.includes('ordern ')), '"order" is not the entry "ordern "');
});

test('kinds of case in words the first lists lacked: sign-in by BankID, a copy of one’s data, a price for a volume', () => {
  assert.equal(classifyIntents('kan jag logga in med bankid?')[0]!.intent, 'password');
  assert.equal(classifyIntents('Jag vill ha ett utdrag över uppgifterna ni har om mig')[0]!.intent, 'privacy');
  assert.equal(classifyIntents('what would your price for 150 tote bags be')[0]!.intent, 'quote');
  assert.equal(classifyIntents('glasen kom spruckna')[0]!.intent, 'damaged');
});

test('by the rules alone, a thing the customer has that changed or stopped is a complaint; how a thing is, asked before buying, is product advice', () => {
  const rules = (text: string) => classifyIntents(text, null)[0];
  assert.equal(rules('the sofa cushions have gone flat already')?.intent, 'complaint');
  assert.deepEqual(rules('the sofa cushions have gone flat already')?.words, ['have gone']);
  assert.equal(rules('lampan i hallen har slutat lysa')?.intent, 'complaint');
  assert.equal(rules('the app does not connect to the speaker anymore')?.intent, 'complaint');
  assert.notEqual(rules('är kuddarna fasta eller lösa på soffan?')?.intent, 'complaint');
  // a stronger kind stands: "anymore" in a privacy request does not make it a complaint
  assert.equal(rules('please delete my data, I do not want an account anymore')?.intent, 'privacy');
});

test('a complaint the customer names as one is the case, whatever it is about; damage on arrival stays damage', () => {
  const rules = (text: string) => classifyIntents(text, null)[0]?.intent;
  assert.equal(rules('I wish to lodge a formal complaint about the rudeness of your delivery driver'), 'complaint');
  assert.equal(rules('Jag vill lämna ett klagomål på hur leveransen sköttes'), 'complaint');
  assert.equal(rules('Jag vill reklamera lampan, den kom trasig när paketet kom'), 'damaged');
});

test('a chat read as a complaint by its kind, in words the complaint lists lack, goes to e-mail for the written trail, and says why', () => {
  const input = { ...base, text: 'skrivbordslampan surrar hela tiden' };
  assert.equal(suggest(input, TPL, undefined, { intents: [] }).channel[0]!.value, 'chat', 'no kind: a quick chat question');
  const s = suggest(input, TPL, undefined, { intents: [{ intent: 'complaint', score: 1, words: ['surrar'] }] });
  assert.equal(s.channel[0]!.value, 'email');
  assert.ok(s.channel[0]!.reasons.some((r) => r.sv === 'reklamation eller fel: surrar'), JSON.stringify(s.channel[0]!.reasons));
  assert.ok(!s.signals.some((x) => x.id === 'quickQuestion'), 'a fault is not a quick question');
  const advice = suggest(input, TPL, undefined, { intents: [{ intent: 'product_advice', score: 1, words: ['lampan'] }] });
  assert.equal(advice.channel[0]!.value, 'chat', 'a product question stays in the chat');
});

test('by the rules alone, a question about a thing by its name leans to product advice, but not one about the order or the shop', () => {
  const rules = (text: string) => classifyIntents(text, null)[0]?.intent;
  assert.equal(rules('är sadeln justerbar?'), 'product_advice');
  assert.equal(rules('hur tung är cykeln?'), 'product_advice');
  assert.equal(rules('is the wool itchy?'), 'product_advice');
  assert.equal(rules('how heavy is the bike'), 'product_advice');
  assert.notEqual(rules('är paketet på väg?'), 'product_advice', 'the parcel is no product');
  assert.notEqual(rules('is the website down?'), 'product_advice');
  assert.notEqual(rules('hur lång tid tar det?'), 'product_advice', 'how long it takes is no measure of a thing');
  // lightly: with the kind model, a text it is sure of keeps its kind
  assert.equal(classifyIntents('är leveransen försenad? order 4411 har inte kommit')[0]?.intent, 'order_status');
});

test('by the rules alone, rudeness is a complaint, and so is a thing that is not the one ordered, unless the customer asks to exchange it', () => {
  const rules = (text: string) => classifyIntents(text, null)[0]?.intent;
  assert.equal(rules('kassören var väldigt otrevlig när jag skulle betala'), 'complaint');
  assert.equal(rules('the man at the counter was really rude to my wife'), 'complaint');
  assert.equal(rules('beställde blå fick grön, vad händer nu'), 'complaint');
  assert.equal(rules('I ordered a 10 kg bag but got a 5 kg one'), 'complaint');
  assert.equal(rules('fick fel storlek, kan jag byta till en större?'), 'returns');
});

test('a thank-you or a proposal to the shop is no kind of case, whatever it mentions, unless something is broken', () => {
  const rules = (text: string) => classifyIntents(text, null)[0]?.intent ?? 'general';
  assert.equal(rules('Ville bara säga att leveransen kom fram i tid och att pappa blev jätteglad!'), 'general');
  assert.equal(rules('Just wanted to say the parcel arrived and we love it'), 'general');
  assert.equal(rules('Hej, vi är en innebandyklubb och undrar om ni vill sponsra våra matchtröjor'), 'general');
  assert.equal(classifyIntents('Hej, vi är en innebandyklubb och undrar om ni vill sponsra våra matchtröjor').length, 0, 'with the model: no kind, no template');
  assert.equal(rules('Just wanted to say the lamp arrived broken'), 'damaged');
});

test('an opening-hours question written all in capitals is a quick question in the chat, not an upset customer to call', () => {
  assert.equal(suggest({ ...base, text: 'HEJ, VILKA ÖPPETTIDER HAR NI PÅ LÖRDAG?' }, TPL).channel[0]!.value, 'chat');
});

test('an upset tone alone on a first contact is answered where it came; with a repeat contact it still leans to a call', () => {
  assert.equal(suggest({ ...base, text: 'Sjätte försöket att logga in. Er sida är ett skämt. Hur återställer jag lösenordet?' }, TPL).channel[0]!.value, 'chat');
  assert.equal(suggest({ ...base, channel: 'email', text: 'honestly the worst service ive had, waited 40 mins in your shop and nobody helped' }, TPL).channel[0]!.value, 'email');
  assert.equal(suggest({ ...base, text: 'tredje gången jag skriver om lampan som inte lyser. helt oacceptabelt' }, TPL).channel[0]!.value, 'callback');
});

test('a quote and a privacy request asked in the chat, in the plain forms of a grid written from how people ask: that kind, by e-mail', () => {
  const grid: Array<[string, string[]]> = [
    ['quote', ['kan vi få rabatt vid större köp?', 'finns det kvantitetsrabatt?', 'is there a discount for large orders?', 'do you do trade accounts?', 'pricing for a corporate order', 'kan ni ge ett pris på 50 stolar?', 'how much for 200 units?']],
    ['privacy', ['jag har inte gett er lov att spara mitt nummer', 'how long do you keep my data?', 'right to be forgotten', 'subject access request', 'hur länge sparar ni mina uppgifter?', 'delete my account']],
  ];
  for (const [kind, texts] of grid)
    for (const text of texts) {
      const s = suggest({ ...base, text }, TPL);
      assert.deepEqual([s.intent.value, s.channel[0]!.value], [kind, 'email'], text);
    }
  // a group's discount has no quote ("har ni studentrabatt?")
  assert.notEqual(suggest({ ...base, text: 'har ni studentrabatt?' }, TPL).intent.value, 'quote');
});

test('"köpa in 40 … bättre pris vid den mängden" is a quote; another customer\'s details sent to this one is privacy', () => {
  assert.equal(suggest({ ...base, text: 'jag driver ett litet kafé och vill köpa in 40 koppar. har ni något bättre pris vid den mängden?' }, TPL).intent.value, 'quote');
  assert.equal(suggest({ ...base, channel: 'email', text: 'Hej, jag har fått ett mejl från er som var adresserat till en annan kund med dennes namn och adress.' }, TPL).intent.value, 'privacy');
});

test('the plainest forms of every kind, asked in the chat and by e-mail (a grid written from how people ask, not from the rules)', () => {
  const grid: Record<string, string[]> = {
  order_status: ['var är min beställning?', 'har ni skickat min order?', 'när skickas ordern?', 'jag har inte fått någon leveransbekräftelse', 'spårningslänken fungerar inte, var är paketet?', 'min order har status mottagen sedan en vecka', 'is my order on its way?', 'has my parcel been dispatched?', 'I haven\'t received a shipping confirmation', 'where is my package? the tracking says delivered', 'any update on my order?', 'my order still shows processing'],
  delivery_time: ['hur lång är leveranstiden?', 'när kan jag få soffan om jag beställer idag?', 'hinner den komma före jul?', 'levererar ni på helger?', 'hur många dagar tar frakten till Gotland?', 'vilken dag kommer leveransen?', 'how long does delivery take?', 'will it arrive before Christmas if I order now?', 'do you deliver on Saturdays?', 'how many days to ship to Norway?', 'what is the delivery time for the bed?', 'when would it arrive if I order today?'],
  returns: ['hur returnerar jag?', 'kan jag skicka tillbaka tröjan?', 'jag vill lämna tillbaka stolen', 'hur lång är ångerrätten?', 'jag vill byta till en större storlek', 'kan jag få en returetikett?', 'how do I return an item?', 'can I send the jacket back?', 'I want to exchange it for a smaller size', 'what is your return policy?', 'can I get a return label?', 'I changed my mind about the lamp, can I return it?'],
  complaint: ['lampan slutade fungera efter en vecka', 'dragkedjan gick sönder direkt', 'sulan har lossnat', 'tröjan har krympt i tvätten', 'stolen knarrar och vickar', 'färgen flagnar redan', 'the lamp stopped working after a week', 'the zip broke the first time I used it', 'the sole came off', 'the jumper shrank in the wash', 'the paint is peeling already', 'the kettle leaks from the bottom'],
  damaged: ['vasen kom sönder i paketet', 'bordet var repat när det kom', 'kartongen var krossad och lampan trasig', 'glaset var spräckt vid leveransen', 'the vase arrived broken', 'the table was scratched on delivery', 'the box was crushed and the lamp is damaged', 'the mirror came cracked', 'stolen hade en buckla när den levererades', 'the parcel was soaked and the book is ruined'],
  password: ['jag har glömt mitt lösenord', 'jag kan inte logga in', 'återställningslänken fungerar inte', 'mitt konto är låst', 'hur byter jag lösenord?', 'I forgot my password', "I can't log in", 'the reset link does not work', 'my account is locked', 'how do I change my password?'],
  rebooking: ['kan jag flytta min tid?', 'jag vill boka om till nästa vecka', 'kan jag avboka min tid på fredag?', 'har ni en tidigare tid?', 'can I move my appointment?', 'I need to reschedule my booking', 'can I cancel my appointment on Friday?', 'do you have an earlier slot?'],
  opening_hours: ['när öppnar ni?', 'har ni öppet på söndag?', 'vilka är era öppettider?', 'hur länge har ni öppet idag?', 'what time do you open?', 'are you open on Sunday?', 'what are your opening hours?', 'when do you close today?'],
  invoice: ['jag har inte fått någon faktura', 'fakturan har fel belopp', 'jag blev dubbeldebiterad', 'kan jag få en ny faktura?', 'när ska fakturan betalas?', 'kan jag betala med faktura?', "I haven't received the invoice", 'the invoice amount is wrong', 'I was charged twice', 'can you resend the invoice?', 'when is the payment due?', 'I need a receipt with VAT'],
  product_advice: ['passar den här soffan i ett litet rum?', 'vilken storlek ska jag ta?', 'är lampan dimbar?', 'tål bordet fukt?', 'finns jackan i svart?', 'vad är skillnaden mellan modellerna?', 'does this sofa fit a small room?', 'which size should I choose?', 'is the lamp dimmable?', 'is the table water resistant?', 'does the jacket come in black?', 'what is the difference between the models?'],
  privacy: ['radera mina uppgifter', 'jag vill ha ut mina personuppgifter', 'ta bort mitt konto och all data', 'delete all my data', 'what personal data do you have on me?', 'remove me from your customer register'],
  quote: ['vi vill beställa 50 stolar till kontoret, vad blir priset?', 'kan ni lämna en offert?', 'har ni företagsrabatt vid stora volymer?', 'we want to order 100 mugs for our company', 'can you send us a quote?', 'do you offer wholesale prices?'],
  general: ['har ni presentkort?', 'säljer ni möbler begagnat?', 'tack för hjälpen!', 'finns det parkering?', 'söker ni personal?', 'do you sell gift cards?', 'thanks for your help!', 'is there parking nearby?', 'are you hiring?', 'do you have a loyalty programme?'],
};
  for (const [kind, texts] of Object.entries(grid))
    for (const text of texts)
      for (const channel of ['chat', 'email'] as const) assert.equal(suggest({ ...base, channel, text }, TPL).intent.value, kind, `${channel}: ${text}`);
});

test('every plain form of a wish decides the channel, in a case, in the chat and by e-mail, with and without a number on file (a text without one is a call to ask for it)', () => {
  const forms: Record<string, string[]> = {
  callback: ['ring henne', 'ni får gärna ringa', 'ring gärna', 'ring tillbaka', 'återkom per telefon', 'jag vill att ni ringer', 'kan vi ta ett samtal?', 'kan vi höras på telefon?', 'ett samtal vore bra', 'jag vill ha en återuppringning', 'jag föredrar telefon', 'please call', 'could I get a call back?', 'callback please', 'I prefer phone', "I'd rather talk", 'ring mig', 'call me'],
  sms: ['helst sms', 'a text please', 'can I get a text?', "I'd like a text", 'message my mobile', 'sms:a mig', 'text me'],
  email: ['i skrift', 'kan ni mejla?', "I'd rather email", 'written answer please', 'please email', 'mejla mig', 'email me'],
};
  for (const [want, texts] of Object.entries(forms))
    for (const wish of texts)
      for (const pre of ['min order 4411 har inte kommit. ', 'my order 4411 has not arrived. '])
        for (const channel of ['chat', 'email'] as const)
          for (const hasPhone of [true, false]) {
            const got = suggest({ ...base, channel, hasPhone, text: pre + wish }, TPL).channel[0]!.value;
            assert.ok(got === want || (want === 'sms' && !hasPhone && got === 'callback'), `${channel} ${hasPhone}: ${pre + wish} → ${got}`);
          }
});

test('from the round of lines 3318–3365: a quote by "ca 35 armaturer", a refund for a thing not as described, "kör ni ut", a lost receipt and a photo taken stay where they belong', () => {
  const s = (text: string, channel: 'chat' | 'email' = 'chat') => suggest({ ...base, channel, text }, TPL);
  assert.equal(s('Vi planerar att byta ut all belysning i vår mottagning (ca 35 armaturer). Kan ni komma med ett förslag och ett pris?', 'email').intent.value, 'quote');
  assert.notEqual(s('jag har väntat i chatten ca 20 minuter nu, hallå?').intent.value, 'quote');
  assert.equal(s('Your website said the bedside tables were solid oak, but they are clearly veneer. I would like to discuss a refund.', 'email').intent.value, 'complaint');
  assert.equal(s('kör ni ut till landsbygden utanför Sala?').intent.value, 'delivery_time');
  assert.equal(s('jag har tappat kvittot, kan jag ändå byta jackan?').channel[0]!.value, 'chat');
  assert.equal(s('får man fotografera i er butik för en skoluppgift?').channel[0]!.value, 'chat');
});

test('an old address taken off the account to put a new one on is an account matter, not a privacy request', () => {
  assert.equal(cuesIn('jag vill ta bort en gammal e-postadress från mitt konto och lägga till en ny').has('privacy'), false);
  assert.equal(cuesIn('ta bort min e-postadress ur ert register').has('privacy'), true);
});

test('a short question about a thing is a product question, though the kind model has learned many faults of such things', () => {
  // each scored by the model of its fold in the bench's 10-fold cross-validation, which never saw it
  // (the shipped model learned them)
  const dev = loadEvalSet(path.join(__dirname, '../../../tests/fixtures/suggestEval/dev.tsv'));
  for (const text of ['tål skålen diskmaskin?', 'är trädgårdsslangen giftfri så man kan dricka ur den?']) {
    const i = dev.findIndex((c) => c.text === text);
    const model = trainKindModel(dev.filter((_, j) => j % 10 !== i % 10).map((c) => [c.expect.kind, c.text] as const));
    assert.equal(classifyIntents(text, model)[0]?.intent, 'product_advice', text);
  }
});
