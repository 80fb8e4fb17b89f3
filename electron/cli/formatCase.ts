import type { CaseSummary } from '../../shared/contract/api';
import { formatDuration } from '../../shared/domain/durations';

/** One line per case for a terminal: number, channel, status, priority, wait, customer, subject. */
export function formatCaseLine(c: CaseSummary, now: number): string {
  const due = c.slaDueAt === null ? '' : c.slaDueAt < now ? `over ${formatDuration(now - c.slaDueAt)}` : `due ${formatDuration(c.slaDueAt - now)}`;
  return [`#${c.number}`.padEnd(7), c.channel.padEnd(6), c.status.padEnd(8), c.priority.padEnd(6), due.padEnd(16), `${c.customerName || '—'}: ${c.subject}`].join(' ');
}
