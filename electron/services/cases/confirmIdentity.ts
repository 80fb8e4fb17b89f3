import type { CaseDetail, MethodArgs } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/errors';
import { normalizeIdentity } from '../store/customersRepo';
import { getCaseDetail, type CaseDeps } from './caseCommands';

/**
 * An agent confirms what a visitor typed in the widget (they asked, or the customer answered a
 * question only they could). Only then does the chat join a known customer's history. The event
 * log says who confirmed which value.
 */
export function confirmIdentity(d: CaseDeps, input: MethodArgs<'confirmIdentity'>): CaseDetail {
  const row = d.repos.cases.get(input.caseId);
  if (!row) throw new AppError('NOT_FOUND', `there is no case ${input.caseId}`);
  const customer = row.customer_id ? d.repos.customers.get(row.customer_id) : null;
  const value = normalizeIdentity(input.kind, input.value);
  if (!customer || !customer.unverified.some((i) => i.kind === input.kind && i.value === value)) {
    throw new AppError('NOT_FOUND', `the customer of case ${row.id} did not give ${value}`);
  }
  const now = d.clock.now();
  const ids = d.db.transaction(() => {
    const owner = d.repos.customers.confirmClaim(customer.id, input.kind, value, now);
    const moved = owner === customer.id ? [row.id] : d.repos.cases.otherCasesOf(owner, '').map((c) => c.id);
    d.repos.caseEvents.append(row.id, now, d.repos.settings.get().agentName || 'agent', 'identity_confirmed', { kind: input.kind, value, joined: owner !== customer.id });
    return moved;
  })();
  d.events.emit('casesChanged', { ids });
  return getCaseDetail(d, row.id);
}
