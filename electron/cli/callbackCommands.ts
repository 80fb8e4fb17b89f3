import type { AppApi, Callback } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/errors';
import type { Services } from '../services/app/createServices';
import { addDays, dayRange, today } from '../../shared/domain/calendar';

type Out = { log(s: string): void; err(s: string): void };
export type CallbackOptions = Record<string, string | boolean | undefined>;

function instant(v: string | boolean | undefined, what: string): number {
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(t) || !/T\d\d:\d\d/.test(String(v)) || !/(Z|[+-]\d\d:?\d\d)$/.test(String(v))) {
    throw new AppError('INVALID_INPUT', `${what} needs an ISO 8601 instant with its offset, e.g. 2026-11-24T09:00:00+01:00 or 2026-11-24T08:00:00Z`);
  }
  return t;
}

/** One callback as the CLI prints it: UTC and the shop's local time, and the customer's where it differs. */
function view(c: Callback) {
  return {
    id: c.id,
    at: new Date(c.dueAt).toISOString(),
    local: c.local.shop,
    timeZone: c.timeZone,
    customerLocal: c.local.customer,
    customerTimeZone: c.customerTimeZone,
    phone: c.phone,
    name: c.name,
    note: c.note,
    assignee: c.assignee,
    status: c.status,
    outcome: c.outcome,
    caseId: c.caseId,
  };
}

/** With a chat relay set up, the agenda is the shop's: connect first, so the booking counts for everyone. */
async function relayReady(services: Services): Promise<void> {
  if (!services.repos.chat.relay()) return;
  services.chat.start();
  for (let i = 0; i < 100 && services.chat.status().state !== 'online'; i++) await new Promise((r) => setTimeout(r, 100));
  if (services.chat.status().state !== 'online') throw new AppError('RELAY_OFFLINE', `the shop's agenda is kept by the chat relay, which cannot be reached (${services.chat.status().detail ?? 'no answer'})`);
}

export async function callbackBook(api: AppApi, services: Services, o: CallbackOptions, out: Out): Promise<number> {
  if (typeof o.phone !== 'string') throw new AppError('INVALID_INPUT', 'callback book needs --phone NUMBER');
  const at = instant(o.at, '--at');
  await relayReady(services);
  const c = await api.bookCallback({
    phone: o.phone,
    at,
    note: typeof o.note === 'string' ? o.note : '',
    ...(typeof o.name === 'string' ? { name: o.name } : {}),
    ...(typeof o.email === 'string' ? { email: o.email } : {}),
    source: 'cli',
    confirm: o['no-confirm'] !== true,
  });
  if (o.json) out.log(JSON.stringify(view(c), null, 2));
  else out.log(`Booked a callback to ${c.phone} at ${c.local.shop} (${c.timeZone}), ${new Date(c.dueAt).toISOString()}; case ${c.caseId}.`);
  return 0;
}

export async function callbacksList(api: AppApi, o: CallbackOptions, out: Out, now: number): Promise<number> {
  // by default yesterday to a week ahead, on the shop's calendar
  const { timeZone } = await api.getSettings();
  const week = dayRange(addDays(today(now, timeZone), -1), addDays(today(now, timeZone), 7), timeZone);
  const from = o.from === undefined ? week.from : instant(o.from, '--from');
  const to = o.to === undefined ? week.to : instant(o.to, '--to');
  const list = (await api.listCallbacks({ from, to })).map(view);
  if (o.json) out.log(JSON.stringify(list, null, 2));
  else {
    for (const c of list) out.log(`${c.local}  ${c.status.padEnd(9)} ${c.phone.padEnd(16)} ${c.name}${c.note ? ` – ${c.note}` : ''}`);
    out.log(`${list.length} callbacks`);
  }
  return 0;
}

export async function callbacksSlots(api: AppApi, o: CallbackOptions, out: Out): Promise<number> {
  if (typeof o.date !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(o.date)) throw new AppError('INVALID_INPUT', 'callbacks slots needs --date YYYY-MM-DD');
  const r = await api.callbackSlots({ date: o.date });
  const offered = r.slots.filter((s) => s.free > 0).map((s) => ({ at: new Date(s.at).toISOString(), local: s.local, free: s.free }));
  if (o.json) out.log(JSON.stringify({ date: r.date, timeZone: r.timeZone, slots: offered }, null, 2));
  else {
    out.log(`${r.date} (${r.timeZone}): ${offered.length} slots offered`);
    for (const s of offered) out.log(`  ${s.local}  ${s.free} free`);
  }
  return 0;
}
