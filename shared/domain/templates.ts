/** What a template may refer to; anything else stays visible as written, so the agent notices. */
export interface TemplateVars {
  'customer.name': string;
  'customer.firstName': string;
  'agent.name': string;
  'case.number': string;
  'case.subject': string;
  /** An order number found in the customer's words ("order 48213", "beställning #48213"). */
  'order.number': string;
  /** The booked callback's time, as the customer reads it. */
  'callback.time': string;
  /** The carrier's tracking page for a parcel, given by the agent when sending a delivery notice (else left for "Fyll i"). */
  'tracking.url'?: string;
}

export function templateVars(o: { customerName: string | null; agentName: string; caseNumber: number; subject: string; text?: string; callbackTime?: string; trackingUrl?: string }): TemplateVars {
  const name = (o.customerName ?? '').trim();
  return {
    'customer.name': name,
    'customer.firstName': name.split(/\s+/)[0] ?? '',
    'agent.name': o.agentName,
    'case.number': `#${o.caseNumber}`,
    'case.subject': o.subject,
    'order.number': findOrderNumber(`${o.subject}\n${o.text ?? ''}`) ?? '',
    'callback.time': o.callbackTime ?? '',
    ...(o.trackingUrl ? { 'tracking.url': o.trackingUrl } : {}),
  };
}

/** The order number a customer wrote: after order/ordernummer/beställning/ordernr, 4–10 digits. */
export function findOrderNumber(text: string): string | null {
  const m = /\b(?:order(?:nummer|nr|number)?|beställning(?:snummer)?|best\.?\s*nr)\s*(?:nr\.?|no\.?|#|:)?\s*#?(\d{4,10})\b/i.exec(text);
  return m ? m[1]! : null;
}

/** The variables a template uses that have no value here: the composer asks the agent for them. */
export function missingVariables(text: string, vars: Partial<TemplateVars>): string[] {
  const used = [...text.matchAll(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g)].map((m) => m[1]!);
  return [...new Set(used)].filter((k) => !Object.hasOwn(vars, k) || !(vars as Record<string, string>)[k]);
}

/**
 * Fill {{variables}}. Only the template's own placeholders change: a value is inserted as it is
 * (a value holding "{{…}}" or "$&" is not expanded again), a name that is not a variable of its
 * own (say "constructor") stays as written, and an empty value takes the spaces before it when
 * punctuation follows ("Hej {{customer.firstName}}!" with no name is "Hej!", not "Hej !").
 */
export function renderTemplate(text: string, vars: Partial<TemplateVars> | Record<string, string>): string {
  const values = vars as Record<string, string | undefined>;
  return text.replace(/( *)\{\{\s*([a-zA-Z.]+)\s*\}\}/g, (all, spaces: string, key: string, at: number) => {
    const value = Object.hasOwn(values, key) ? values[key] : undefined;
    if (typeof value !== 'string') return all;
    if (value === '' && /^[!,.]/.test(text.slice(at + all.length))) return '';
    return spaces + value;
  });
}
