/** Everything the widget says, in Swedish and English. */
export const WIDGET_TEXTS = {
  sv: {
    open: 'Chatta med oss',
    close: 'Stäng chatten',
    title: 'Kundtjänst',
    online: (n: number) => (n === 1 ? 'En medarbetare är online' : `${n} medarbetare är online`),
    closedNow: 'Vi har stängt just nu',
    noAgents: 'Ingen medarbetare är ledig just nu',
    connecting: 'Ansluter…',
    offline: 'Ingen anslutning – dina meddelanden skickas när den är tillbaka',
    queue: (pos: number, minutes: number | null) =>
      `Du är nummer ${pos} i kön${minutes === null ? '' : minutes === 0 ? ' – väntetid under en minut' : ` – väntetid cirka ${minutes} min`}`,
    placeholder: 'Skriv ett meddelande…',
    send: 'Skicka',
    attach: 'Bifoga en bild',
    imageTooLarge: 'Bilden är för stor (högst 1,5 MB).',
    sending: 'skickas…',
    typing: (name: string) => `${name || 'Kundtjänst'} skriver…`,
    you: 'Du',
    agent: 'Kundtjänst',
    leaveMessage: 'Lämna ett meddelande',
    bookCallback: 'Boka att vi ringer upp',
    preferPhone: 'Hellre telefon? Boka att vi ringer upp',
    unavailableIntro: 'Lämna ett meddelande så svarar vi via e-post, eller boka en tid då vi ringer dig.',
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefonnummer',
    when: 'Tid',
    day: 'Dag',
    noSlots: 'Inga lediga tider den dagen',
    slotTaken: 'Tiden hann bli upptagen. Välj en annan.',
    alreadyBooked: 'Du har redan en bokad tid hos oss. Vill du ändra den, skriv till oss.',
    overQuota: 'Du har skickat mycket på kort tid. Vänta en stund och försök igen.',
    chatEnded: 'Chatten är avslutad. Skriv igen så börjar en ny.',
    notSent: 'Det gick inte att skicka. Kontrollera och försök igen.',
    tooLarge: 'Det är för stort att skicka. En bild får vara högst 1,5 MB.',
    tryLater: 'Det gick inte att spara just nu. Försök igen om en stund.',
    message: 'Meddelande',
    note: 'Vad gäller det?',
    submit: 'Skicka',
    back: 'Tillbaka',
    messageSent: 'Tack! Vi svarar dig via e-post så snart vi kan.',
    callbackBooked: (when: string) => `Tack! Vi ringer dig ${when}.`,
    invitationChat: 'Chatta',
    invitationDismiss: 'Nej tack',
    failed: 'Kunde inte skickas',
  },
  en: {
    open: 'Chat with us',
    close: 'Close the chat',
    title: 'Customer service',
    online: (n: number) => (n === 1 ? 'One agent is online' : `${n} agents are online`),
    closedNow: 'We are closed right now',
    noAgents: 'No agent is free right now',
    connecting: 'Connecting…',
    offline: 'No connection – your messages will be sent when it is back',
    queue: (pos: number, minutes: number | null) =>
      `You are number ${pos} in the queue${minutes === null ? '' : minutes === 0 ? ' – less than a minute to wait' : ` – about ${minutes} min to wait`}`,
    placeholder: 'Write a message…',
    send: 'Send',
    attach: 'Attach an image',
    imageTooLarge: 'The image is too large (1.5 MB at most).',
    sending: 'sending…',
    typing: (name: string) => `${name || 'Customer service'} is typing…`,
    you: 'You',
    agent: 'Customer service',
    leaveMessage: 'Leave a message',
    bookCallback: 'Book a call back',
    preferPhone: 'Rather talk? Book a call back',
    unavailableIntro: 'Leave a message and we will answer by e-mail, or book a time for us to call you.',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone number',
    when: 'Time',
    day: 'Day',
    noSlots: 'No free times that day',
    slotTaken: 'That time was just taken. Please choose another.',
    alreadyBooked: 'You already have a time booked with us. To change it, write to us.',
    overQuota: 'You have sent a lot in a short time. Please wait a while and try again.',
    chatEnded: 'This chat has ended. Write again to start a new one.',
    notSent: 'That could not be sent. Please check it and try again.',
    tooLarge: 'That is too large to send. A picture may be at most 1.5 MB.',
    tryLater: 'That could not be saved just now. Please try again in a while.',
    message: 'Message',
    note: 'What is it about?',
    submit: 'Send',
    back: 'Back',
    messageSent: 'Thank you! We will answer you by e-mail as soon as we can.',
    callbackBooked: (when: string) => `Thank you! We will call you ${when}.`,
    invitationChat: 'Chat',
    invitationDismiss: 'No thanks',
    failed: 'Could not be sent',
  },
} as const;

export type WidgetLang = keyof typeof WIDGET_TEXTS;
export type WidgetTexts = (typeof WIDGET_TEXTS)[WidgetLang];

/**
 * A relay error in the customer's words. The relay's own message is English and meant for a
 * developer; the customer is told what happened and what to do, in the widget's language.
 */
export function errorWords(t: WidgetTexts, code: string): string {
  switch (code) {
    case 'slot_full':
      return t.slotTaken;
    case 'already_booked':
      return t.alreadyBooked;
    case 'over_quota':
    case 'rate_limited':
      return t.overQuota;
    case 'closed':
      return t.chatEnded;
    case 'too_large':
      return t.tooLarge;
    case 'unavailable':
      return t.tryLater;
    default:
      return t.notSent;
  }
}
