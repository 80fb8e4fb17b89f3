/** What a template may refer to; anything else stays visible as written, so the agent notices. */
export interface TemplateVars {
  'customer.name': string;
  'customer.firstName': string;
  'agent.name': string;
  'case.number': string;
  'case.subject': string;
}

export function templateVars(o: { customerName: string | null; agentName: string; caseNumber: number; subject: string }): TemplateVars {
  const name = (o.customerName ?? '').trim();
  return {
    'customer.name': name,
    'customer.firstName': name.split(/\s+/)[0] ?? '',
    'agent.name': o.agentName,
    'case.number': `#${o.caseNumber}`,
    'case.subject': o.subject,
  };
}

/** Fill {{variables}}; an empty value leaves no double spaces ("Hej !" becomes "Hej!"). */
export function renderTemplate(text: string, vars: TemplateVars): string {
  return text
    .replace(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g, (all, key: string) => (key in vars ? vars[key as keyof TemplateVars] : all))
    .replace(/ +([!,.])/g, '$1');
}
