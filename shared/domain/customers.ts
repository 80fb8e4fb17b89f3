export type ContactKind = 'email' | 'chat' | 'phone';
export interface Contact {
  kind: ContactKind;
  value: string;
}

/**
 * Every way to reach a customer: their confirmed identities first, then what they typed in the
 * widget. Reaching a customer at a number they gave is fine; only finding their history needs a
 * confirmed identity.
 */
export function contactsOf(c: { identities: Contact[]; unverified: Contact[] } | null | undefined): Contact[] {
  return c ? [...c.identities, ...c.unverified] : [];
}

/** The first e-mail address or phone number to reach the customer at, or ''. */
export function firstContact(c: Parameters<typeof contactsOf>[0], kind: 'email' | 'phone'): string {
  return contactsOf(c).find((i) => i.kind === kind)?.value ?? '';
}
