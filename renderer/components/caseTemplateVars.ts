import type { CaseDetail } from '../../shared/contract/api';
import { templateVars, type TemplateVars } from '../../shared/domain/templates';

/**
 * The template variables of an open case: the customer, the case, the agent, an order number from
 * the customer's latest words, and the booked callback's time (shop time) if there is one.
 */
export function caseTemplateVars(detail: CaseDetail, agentName: string): TemplateVars {
  const lastIn = [...detail.messages].reverse().find((m) => m.direction === 'in');
  const cb = detail.callbacks.find((c) => c.status === 'booked');
  return templateVars({
    customerName: detail.customer?.name ?? detail.case.customerName,
    agentName,
    caseNumber: detail.case.number,
    subject: detail.case.subject,
    text: lastIn?.bodyText ?? '',
    ...(cb ? { callbackTime: cb.local.shop } : {}),
  });
}
