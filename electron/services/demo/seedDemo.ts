import { randomUUID } from 'node:crypto';
import { priorityRank, slaDueAt, type CaseStatus, type Priority } from '../../../shared/domain/cases';
import type { Channel, SlaTargets } from '../../../shared/domain/channels';
import demoCases from '../../../resources/demo/demo-cases.json';
import { previewOf } from '../cases/caseCommands';
import type { Clock } from '../../../shared/domain/clock';
import type { Identity } from '../store/customersRepo';
import type { Db } from '../store/database';
import type { Repositories } from '../store/repositories';
import { nextFreeSlot } from '../../../shared/domain/callbackSlots';
import { tomorrow, zonedInstant } from '../../../shared/domain/calendar';
import { firstContact } from '../../../shared/domain/customers';
import { slotRulesOf } from '../callbacks/callbackBooking';

export interface DemoCase {
  lang: string;
  channel: Channel;
  priority: Priority;
  status: CaseStatus;
  subject: string;
  customer: { name: string; email?: string; phone?: string };
  messages: Array<{ dir: 'in' | 'out' | 'note'; minutesAgo: number; text: string; author?: string }>;
}

export const DEMO_CASES = demoCases as DemoCase[];

interface SeedDeps {
  db: Db;
  repos: Repositories;
  clock: Clock;
  /** The running mail channel, told of the demo's mailbox so it is shown connected. */
  mail?: { reload(): void };
}

/** The mailbox a demo e-mail came to: its messages carry headers, so a reply is addressed as a real one. */
export interface DemoMailbox {
  accountId: string;
  address: string;
  name: string;
}

/**
 * Insert one case with its history as it would have arrived: the customer waits from their first
 * unanswered message, and the channel's target counts from there.
 */
export function insertCaseWithHistory(d: SeedDeps, c: DemoCase, at: (minutesAgo: number) => number, targets: SlaTargets, mailbox: DemoMailbox | null = null): string {
  const identities: Identity[] = [];
  if (c.customer.email) identities.push({ kind: 'email', value: c.customer.email });
  if (c.customer.phone) identities.push({ kind: 'phone', value: c.customer.phone });
  const msgs = [...c.messages].sort((a, b) => b.minutesAgo - a.minutesAgo);
  const created = at(msgs[0]?.minutesAgo ?? 0);
  const customerId = d.repos.customers.findOrCreate({ name: c.customer.name, identities }, created);

  let waitingSince: number | null = null;
  let firstResponse: number | null = null;
  for (const m of msgs) {
    const t = at(m.minutesAgo);
    if (m.dir === 'out') {
      waitingSince = null;
      firstResponse ??= t;
    } else if (waitingSince === null && (m.dir === 'in' || firstResponse === null)) waitingSince = t;
  }
  if (c.status !== 'open') waitingSince = null;
  const last = msgs[msgs.length - 1];
  const id = randomUUID();
  d.repos.cases.insert({
    id,
    channel: c.channel,
    status: c.status,
    priority: priorityRank(c.priority),
    subject: c.subject,
    customerId,
    assignee: msgs.find((m) => m.author)?.author ?? null,
    preview: previewOf(last?.text ?? ''),
    now: created,
    waitingSince,
    slaDueAt: waitingSince === null ? null : slaDueAt(c.channel, waitingSince, targets),
  });
  d.repos.cases.update(
    id,
    {
      last_message_at: last ? at(last.minutesAgo) : created,
      first_response_at: firstResponse,
      resolved_at: c.status === 'resolved' && last ? at(last.minutesAgo) : null,
    },
    last ? at(last.minutesAgo) : created,
  );
  d.repos.caseEvents.append(id, created, 'demo', 'created', { channel: c.channel, priority: c.priority });
  for (const m of msgs) {
    d.repos.messages.insert({
      caseId: id,
      direction: m.dir,
      channel: c.channel,
      author: m.dir === 'in' ? c.customer.name : (m.author ?? ''),
      subject: c.channel === 'email' ? c.subject : null,
      bodyText: m.text,
      createdAt: at(m.minutesAgo),
      ...(c.channel === 'email' && mailbox && c.customer.email && m.dir !== 'note' ? emailHeaders(c, m.dir, mailbox) : {}),
    });
  }
  return id;
}

function emailHeaders(c: DemoCase, dir: 'in' | 'out', mailbox: DemoMailbox) {
  const customer = { name: c.customer.name, address: c.customer.email! };
  const shop = { name: mailbox.name, address: mailbox.address };
  const [from, to] = dir === 'in' ? [customer, shop] : [shop, customer];
  return {
    headers: { from, to: [to], cc: [], replyTo: null, inReplyTo: null, references: [] },
    rfcMessageId: `demo-${randomUUID()}@${mailbox.address.split('@')[1]}`,
    accountId: mailbox.accountId,
  };
}

/**
 * The demo's mailbox: it names no server and reaches none. Its e-mail cases can be answered, and
 * the outbox keeps each reply as sent, marked as a demo (mail/sendEmails.ts); Settings says so.
 */
function demoMailbox(d: SeedDeps, now: number): DemoMailbox | null {
  if (d.repos.accounts.list().length > 0) return null;
  const server = (port: number) => ({ host: 'demo.invalid', port, security: 'tls' as const, username: '' });
  const address = 'kundtjanst@demobutik.example';
  const name = 'Demobutiken';
  const account = d.repos.accounts.save(undefined, 'Demobrevlådan', { address, displayName: name, imap: server(993), smtp: server(465), allowPlaintext: false, pinnedCertificates: [], demo: true }, null, now);
  return { accountId: account.id, address, name };
}

/** Fill an empty store with the sample cases so a newcomer sees a working queue. */
export function seedDemo(d: SeedDeps): { inserted: number } {
  if (d.repos.cases.list('all', 0, 1).total > 0) return { inserted: 0 };
  const now = d.clock.now();
  const targets = d.repos.settings.get().slaTargets;
  d.db.transaction(() => {
    const mailbox = demoMailbox(d, now);
    for (const c of DEMO_CASES) insertCaseWithHistory(d, c, (min) => now - min * 60_000, targets, mailbox);
    bookDemoCallbacks(d, now);
    // the demo's SMS cases can be answered: a gateway that sends nothing (sms/demoSms.ts)
    if (!d.repos.sms.gateway()) d.repos.sms.saveGateway({ provider: 'demo', base_url: 'demo:', username: 'demo', secret: Buffer.alloc(0), sender: 'Demobutik' }, now);
  })();
  d.mail?.reload();
  return { inserted: DEMO_CASES.length };
}

/**
 * A few calls on the agenda, so Återuppringningar is not empty in the demo: the open phone cases
 * whose customer asked to be called, each at the next free slot from tomorrow morning on.
 */
function bookDemoCallbacks(d: SeedDeps, now: number): void {
  const settings = d.repos.settings.get();
  const rules = slotRulesOf(settings);
  const booked: number[] = [];
  const from = zonedInstant(tomorrow(now, settings.timeZone), '10:00', settings.timeZone) ?? now;
  for (const c of d.repos.cases.list('active', 0, 1000).items.filter((x) => x.channel === 'phone')) {
    const phone = firstContact(c.customer_id ? d.repos.customers.get(c.customer_id) : null, 'phone');
    const slot = phone ? nextFreeSlot(Math.max(from, ...booked.map((b) => b + 1)), rules, booked) : null;
    if (!slot || !phone) continue;
    booked.push(slot.at);
    d.repos.callbacks.upsert(
      { id: randomUUID(), case_id: c.id, customer_id: c.customer_id, phone, name: c.customer_name ?? '', due_at: slot.at, time_zone: settings.timeZone, duration_min: settings.callbackSlotMinutes, note: c.subject, assignee: null, source: 'agent', shared: 0, attempt: 1 },
      now,
    );
    d.repos.cases.update(c.id, { sla_due_at: slot.at }, now);
  }
}
