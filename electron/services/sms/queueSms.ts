import { randomUUID } from 'node:crypto';
import type { Message } from '../../../shared/contract/api';
import { AppError, refused } from '../../../shared/contract/errors';
import { smsSegments } from '../../../shared/domain/smsSegments';
import { refreshActivity } from '../cases/caseActivity';
import { customerLanguage } from '../cases/customerLanguage';
import type { CaseDeps } from '../cases/caseCommands';
import { toE164, type NoticeChoice } from './smsProvider';
import type { SmsFailureKind, SmsReceipt } from '../../../shared/contract/schemas';

export const SMS_CHANNEL = 'sms';

/** A delivery notice as an RCS card: a title in the customer's language, and a button to the carrier. */
function trackingCard(lang: 'sv' | 'en', url: string): Pick<SmsPayload, 'card' | 'choices'> {
  return lang === 'sv' ? { card: { title: 'Ditt paket är på väg' }, choices: [{ title: 'Spåra paketet', url }] } : { card: { title: 'Your parcel is on its way' }, choices: [{ title: 'Track the parcel', url }] };
}

export interface SmsPayload {
  to: string;
  text: string;
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
  providerId?: string;
  receipt?: SmsReceipt;
  /** RCS or SMS, as the gateway reported it. */
  via?: 'rcs' | 'sms';
  /** Suggested replies shown under an RCS message (an SMS says the same in its text). */
  choices?: NoticeChoice[];
  /** Sent as a card with this title (RCS), the text under it. */
  card?: { title: string };
  /** Why the gateway could not deliver it: its own code and words, and the kind the window words. */
  failure?: string;
  failureKind?: SmsFailureKind;
}

/**
 * An SMS notice in a case (a callback confirmation, "we tried to reach you", a delivery notice):
 * the message joins the case and waits in the outbox, in one transaction. A number that answered
 * STOPP gets nothing; a text longer than one SMS is sent in parts and counted.
 */
export function queueSms(d: CaseDeps, input: { caseId: string; to: string; text: string; choices?: NoticeChoice[] | undefined; tracking?: string | undefined }): Message {
  if (!d.repos.sms.gateway()) throw refused('noSmsGateway', 'set up an SMS gateway in Settings before sending SMS');
  const to = toE164(input.to);
  if (!to) throw refused('notAPhoneNumber', `${input.to} is not a phone number an SMS can go to`, { to: input.to });
  if (d.repos.sms.isOptedOut(to)) throw refused('smsStopped', `${to} has asked for no more SMS (answered STOPP)`, { to });
  // a delivery notice keeps its link in the text too: an SMS (or a phone without RCS) has no button
  const text = input.tracking && !input.text.includes(input.tracking) ? `${input.text.trim()} ${input.tracking}` : input.text.trim();
  if (!text) throw refused('emptyMessage', 'the SMS is empty');
  const seg = smsSegments(text);
  if (seg.segments > 6) throw refused('smsTooLong', `the SMS would be ${seg.segments} parts; keep it to 6 (about 900 characters)`, { parts: seg.segments, max: 6 });
  const c = d.repos.cases.get(input.caseId);
  if (!c) throw new AppError('NOT_FOUND', `there is no case ${input.caseId}`);
  const now = d.clock.now();
  const who = d.repos.settings.get().agentName || 'agent';
  const rich = input.tracking ? trackingCard(customerLanguage(d, c.id), input.tracking) : input.choices?.length ? { choices: input.choices } : {};
  const payload: SmsPayload = { to, text, segments: seg.segments, encoding: seg.encoding, ...rich };
  const id = d.db.transaction(() => {
    const m = d.repos.messages.insert({ caseId: c.id, direction: 'out', channel: 'sms', author: who, bodyText: text, headers: { to, segments: seg.segments }, createdAt: now });
    d.repos.outbox.enqueue({ uid: randomUUID(), caseId: c.id, messageId: m.id, channel: SMS_CHANNEL, accountId: null, payload, notBefore: now, now });
    if (c.customer_id) d.repos.customers.findOrCreate({ name: '', identities: [{ kind: 'phone', value: to }] }, now);
    refreshActivity(d, c.id, { reopenOnInbound: false, at: now, actor: who });
    return m.id;
  })();
  d.events.emit('casesChanged', { ids: [c.id] });
  return d.repos.messages.get(id)!;
}
