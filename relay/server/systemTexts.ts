/** What the relay itself says in a chat, in the customer's language. */
const TEXTS = {
  sv: {
    joined: (name: string) => `${name} svarar dig nu.`,
    transferred: (name: string) => `Du har kopplats vidare till ${name}.`,
    ended: (name: string) => `${name} har avslutat chatten. Skriv igen om du behöver mer hjälp.`,
  },
  en: {
    joined: (name: string) => `${name} is answering you now.`,
    transferred: (name: string) => `You have been handed over to ${name}.`,
    ended: (name: string) => `${name} has ended the chat. Write again if you need more help.`,
  },
} as const;

export type SystemTextKey = keyof (typeof TEXTS)['sv'];

export function systemText(lang: 'sv' | 'en', key: SystemTextKey, name: string): string {
  return TEXTS[lang][key](name);
}
