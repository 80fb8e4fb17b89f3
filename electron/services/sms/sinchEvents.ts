import { z } from 'zod';
import type { SmsFailureKind, SmsReceipt } from '../../../shared/contract/schemas';

/**
 * What one Sinch Conversation API callback says, as Växel uses it. Sinch documents many triggers;
 * these are the three that matter here, the rest are read as `other` and only acknowledged.
 */
export type SinchEvent =
  | { kind: 'report'; messageId: string; receipt: SmsReceipt | null; via: 'rcs' | 'sms' | null; switchedToSms: boolean; failure: string | null; failureKind: SmsFailureKind | null }
  | { kind: 'text'; id: string; from: string; text: string; at: number; via: 'rcs' | 'sms' }
  | { kind: 'choice'; id: string; from: string; messageId: string; postback: string; at: number; via: 'rcs' | 'sms' }
  | { kind: 'other' };

const Identity = z.object({ channel: z.string(), identity: z.string() });
const Reason = z.object({ code: z.string(), description: z.string().optional() }).nullish();
const Body = z.object({
  accepted_time: z.string().optional(),
  message_delivery_report: z.object({ message_id: z.string(), status: z.string(), channel_identity: Identity.optional(), reason: Reason }).optional(),
  message: z
    .object({
      id: z.string(),
      direction: z.string().optional(),
      channel_identity: Identity,
      contact_message: z.object({
        text_message: z.object({ text: z.string() }).optional(),
        choice_response_message: z.object({ message_id: z.string(), postback_data: z.string() }).optional(),
      }),
      accept_time: z.string().optional(),
    })
    .optional(),
});

/** Sinch's delivery statuses, in Växel's words. SWITCHING_CHANNEL means: RCS did not reach it, SMS is next. */
const RECEIPTS: Record<string, SmsReceipt> = { QUEUED_ON_CHANNEL: 'sent', DELIVERED: 'delivered', READ: 'read', FAILED: 'failed' };
const viaOf = (channel: string | undefined) => (channel === 'RCS' ? 'rcs' : channel === 'SMS' ? 'sms' : null);
const phoneOf = (identity: string) => (identity.startsWith('+') ? identity : `+${identity}`);

/** Reads a callback's raw JSON; null when it is not JSON or not shaped as Sinch documents. */
export function readSinchEvent(raw: string): SinchEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = Body.safeParse(json);
  if (!parsed.success) return null;
  const b = parsed.data;
  const at = Date.parse(b.message?.accept_time ?? b.accepted_time ?? '') || 0;
  if (b.message_delivery_report) {
    const r = b.message_delivery_report;
    const switched = r.status === 'SWITCHING_CHANNEL';
    return {
      kind: 'report',
      messageId: r.message_id,
      receipt: RECEIPTS[r.status] ?? null,
      via: switched ? 'sms' : viaOf(r.channel_identity?.channel),
      switchedToSms: switched,
      failure: r.status === 'FAILED' && r.reason ? `${r.reason.code}${r.reason.description ? `: ${r.reason.description}` : ''}` : null,
      failureKind: r.status === 'FAILED' ? failureKindOf(r.reason?.code ?? '', r.channel_identity?.channel) : null,
    };
  }
  const m = b.message;
  if (m && m.direction !== 'TO_CONTACT') {
    const from = phoneOf(m.channel_identity.identity);
    const via = viaOf(m.channel_identity.channel) ?? 'sms';
    if (m.contact_message.choice_response_message) {
      const c = m.contact_message.choice_response_message;
      return { kind: 'choice', id: m.id, from, messageId: c.message_id, postback: c.postback_data, at, via };
    }
    if (m.contact_message.text_message) return { kind: 'text', id: m.id, from, text: m.contact_message.text_message.text, at, via };
  }
  return { kind: 'other' };
}

/** Where a report leaves a message: never back from read to delivered when reports cross. */
const ORDER: Record<SmsReceipt, number> = { created: 0, sent: 1, delivered: 2, read: 3, failed: 4 };
export function laterReceipt(current: SmsReceipt | undefined, next: SmsReceipt): SmsReceipt {
  const now = current ?? 'created';
  // a failure after delivery is a late report about another channel's attempt: delivered stands
  if (next === 'failed') return now === 'delivered' || now === 'read' ? now : 'failed';
  if (now === 'failed') return next;
  return ORDER[next] > ORDER[now] ? next : now;
}

/**
 * Sinch's reason codes (Conversation API, "Delivery report reasons"), told apart the way an agent
 * acts on them: a number that does not exist, a phone that takes no RCS (when SMS was not tried),
 * the rate limit, the shop's own set-up; the rest is a fault on the way.
 */
export function failureKindOf(code: string, channel: string | undefined): SmsFailureKind {
  if (code === 'RECIPIENT_INVALID_CHANNEL_IDENTITY') return 'invalid';
  if ((code === 'RECIPIENT_NOT_REACHABLE' || code === 'CHANNEL_REJECT') && channel === 'RCS') return 'noRcs';
  if (code === 'RECIPIENT_NOT_REACHABLE' || code === 'NO_CHANNELS_LEFT') return 'unreachable';
  if (code === 'RATE_LIMITED') return 'rateLimit';
  if (code === 'RECIPIENT_NOT_OPTED_IN' || code === 'OUTSIDE_ALLOWED_SENDING_WINDOW') return 'refused';
  if (code === 'CHANNEL_BAD_CONFIGURATION' || code === 'CHANNEL_CONFIGURATION_MISSING') return 'setup';
  return 'other';
}
