/**
 * The shop's shared case state from scripts and tests: take a case, set its status, add a note, as
 * the agent in Settings or `--as NAME`. The change goes into the shared log at the next exchange
 * (`sync --once`, or right away here when the mailbox answers).
 */
import type { AppApi } from '../../shared/contract/api';
import type { CaseStatus } from '../../shared/domain/cases';
import { AppError } from '../../shared/contract/errors';
import type { Services } from '../services/app/createServices';

type Out = { log(s: string): void; err(s: string): void };
export type TeamCliOptions = Record<string, string | boolean | undefined>;

/** A case by its id or its number ('#12' or '12'). */
export function caseIdOf(services: Services, ref: string | undefined): string {
  if (!ref) throw new AppError('INVALID_INPUT', 'give the case as an ID or #NUMBER');
  const n = /^#?(\d+)$/.exec(ref);
  const id = n ? services.repos.cases.idByNumber(Number(n[1])) : services.repos.cases.get(ref) ? ref : null;
  if (!id) throw new AppError('NOT_FOUND', `there is no case ${ref}`);
  return id;
}

/** Share what changed now when the mailbox answers; otherwise it waits, and says so. */
async function share(services: Services, out: Out): Promise<void> {
  try {
    if (await services.team.syncOnce()) return;
    out.log('No mailbox is set up: the change stays on this laptop.');
  } catch (e) {
    out.err(`The mailbox did not answer (${(e as Error).message}); the change waits here and goes out at the next sync.`);
  }
}

const asOf = (o: TeamCliOptions) => (typeof o.as === 'string' && o.as.trim() ? o.as.trim() : undefined);

export async function caseClaim(api: AppApi, services: Services, ref: string | undefined, o: TeamCliOptions, out: Out): Promise<number> {
  const id = caseIdOf(services, ref);
  const who = asOf(o) ?? (services.repos.settings.get().agentName || '');
  if (!who) throw new AppError('INVALID_INPUT', 'say who takes the case: --as NAME, or set your name in Settings');
  const c = await api.updateCase({ id, assignee: who, as: who });
  await share(services, out);
  out.log(`#${c.number} is ${who}'s.`);
  return 0;
}

export async function caseStatus(api: AppApi, services: Services, ref: string | undefined, status: string | undefined, o: TeamCliOptions, out: Out): Promise<number> {
  if (status !== 'open' && status !== 'waiting' && status !== 'resolved') throw new AppError('INVALID_INPUT', 'the status is open, waiting or resolved');
  const id = caseIdOf(services, ref);
  const c = await api.updateCase({ id, status: status as CaseStatus, ...(asOf(o) ? { as: asOf(o) } : {}) });
  await share(services, out);
  out.log(`#${c.number} is ${c.status}.`);
  return 0;
}

export async function caseNote(api: AppApi, services: Services, ref: string | undefined, text: string, o: TeamCliOptions, out: Out): Promise<number> {
  const id = caseIdOf(services, ref);
  if (!text.trim()) throw new AppError('INVALID_INPUT', 'the note needs a TEXT');
  await api.addNote({ caseId: id, body: text, ...(asOf(o) ? { as: asOf(o) } : {}) });
  await share(services, out);
  out.log('Note added.');
  return 0;
}
