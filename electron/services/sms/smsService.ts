import { randomUUID } from 'node:crypto';
import { slaDueAt } from '../../../shared/domain/cases';
import { refreshActivity } from '../cases/caseActivity';
import type { CaseDeps } from '../cases/caseCommands';
import type { Logger } from '../logger';
import { createRepeatingJob } from '../repeatingJob';
import type { SecretBox } from '../secrets/secretBox';
import { fortySixElks } from './fortySixElks';
import { sinch, type SinchOptions } from './sinch';
import { demoSms } from './demoSms';
import { SMS_CHANNEL, type SmsPayload } from './queueSms';
import { optOutWord, SmsError, type SmsProvider } from './smsProvider';
import { laterReceipt, readSinchEvent } from './sinchEvents';
import { shiftDays } from '../../../shared/domain/calendar';

export interface SmsServiceDeps extends CaseDeps {
  secrets: SecretBox;
  logger: Logger;
  /** How often delivery reports and incoming SMS are fetched (the laptop has no public address for webhooks). */
  pollMs?: number;
  /**
   * A customer answered (a reply by SMS, or a tapped suggested reply): the callbacks read it as
   * confirm or cancel when it is one (callbacks/callbackAnswers.ts). Wired by createServices, so the
   * SMS channel does not depend on the agenda.
   */
  onReply?(r: { from: string; text: string; postback: string | null; at: number; via: 'rcs' | 'sms' }): Promise<void>;
  /** The words on the button a postback belongs to, on a laptop that did not send the message itself. */
  postbackLabel?(postback: string): string | null;
}

const RETRY_MS = [5_000, 30_000, 120_000, 600_000];
const PERMANENT_FAILURE_AT = Number.MAX_SAFE_INTEGER;

export function gatewayProvider(d: Pick<SmsServiceDeps, 'repos' | 'secrets'>): { provider: SmsProvider; sender: string } | null {
  const g = d.repos.sms.gateway();
  if (!g) return null;
  if (g.provider === 'demo') return { provider: demoSms(), sender: g.sender };
  const secret = d.secrets.open(g.secret);
  if (g.provider === 'sinch') {
    return { provider: sinchFor({ projectId: g.project_id!, appId: g.app_id!, keyId: g.username, keySecret: secret, baseUrl: g.base_url, authUrl: g.auth_url! }), sender: g.sender };
  }
  return { provider: fortySixElks({ username: g.username, password: secret, baseUrl: g.base_url }), sender: g.sender };
}

/** One Sinch client per key: its access token is reused until it runs out, not asked for per round. */
const sinchClients = new Map<string, ReturnType<typeof sinch>>();
function sinchFor(o: SinchOptions) {
  const key = JSON.stringify(o);
  let c = sinchClients.get(key);
  if (!c) {
    sinchClients.clear();
    c = sinch(o);
    sinchClients.set(key, c);
  }
  return c;
}

/**
 * The SMS channel: sends what is due in the SMS outbox (each message once: the provider's id is
 * stored before anything else happens), fetches delivery reports and incoming SMS, honours STOPP,
 * and files a customer's other SMS replies into their case.
 */
export function createSmsService(d: SmsServiceDeps) {
  let lastPoll = 0;
  const pollMs = d.pollMs ?? 60_000;

  async function sendDue(gw: { provider: SmsProvider; sender: string }): Promise<number> {
    let sent = 0;
    for (const row of d.repos.outbox.due(SMS_CHANNEL, d.clock.now())) {
      const p = JSON.parse(row.payload) as SmsPayload;
      if (row.state === 'sending' && p.providerId) {
        d.repos.outbox.markSent(row.uid, d.clock.now(), p);
        continue;
      }
      d.repos.outbox.markSending(row.uid, d.clock.now());
      try {
        const r = await gw.provider.send({ from: gw.sender, to: p.to, text: p.text, choices: p.choices, card: p.card });
        d.repos.outbox.markSent(row.uid, d.clock.now(), { ...p, providerId: r.providerId, receipt: r.status, segments: r.parts ?? p.segments, ...(gw.provider.demo ? { demo: true } : {}) });
        sent++;
      } catch (e) {
        const err = e instanceof SmsError ? e : new SmsError('network', String(e));
        const retryAt = err.permanent ? PERMANENT_FAILURE_AT : d.clock.now() + RETRY_MS[Math.min(row.attempts, RETRY_MS.length - 1)]!;
        d.repos.outbox.markFailed(row.uid, d.clock.now(), err.message, retryAt, { ...p, problemKind: err.kind });
        if (err.kind === 'auth' || err.kind === 'credits') break; // the same for every message
      }
      if (row.case_id) d.events.emit('casesChanged', { ids: [row.case_id] });
    }
    return sent;
  }

  async function poll(gw: { provider: SmsProvider; sender: string }): Promise<void> {
    // Sinch posts its reports and replies to the relay, which brings them here (sinchEvents.ts)
    if (gw.provider.pushesReports) return;
    for (const row of d.repos.sms.awaitingReceipt()) {
      const p = JSON.parse(row.payload) as SmsPayload;
      if (!p.providerId) continue;
      const receipt = await gw.provider.status(p.providerId);
      if (receipt !== p.receipt) {
        d.repos.outbox.updatePayload(row.uid, 'sent', d.clock.now(), { ...p, receipt });
        if (row.case_id) d.events.emit('casesChanged', { ids: [row.case_id] });
      }
    }
    // the first poll looks back one day for replies sent while Växel was not yet set up
    const since = d.repos.sms.incomingSince() ?? shiftDays(d.clock.now(), -1, d.repos.settings.get().timeZone);
    let newest = since;
    for (const m of await gw.provider.incoming(since)) {
      newest = Math.max(newest, m.at);
      const fresh = d.repos.messages.idByUid(`sms:${m.providerId}`) === null;
      fileIncoming(m);
      if (fresh) await d.onReply?.({ from: m.from, text: m.text, postback: null, at: m.at, via: 'sms' });
    }
    d.repos.sms.setIncomingSince(newest);
  }

  /** A Sinch callback the relay forwarded: a delivery report, a reply, or a tapped choice. */
  async function handleSinchEvent(raw: string): Promise<void> {
    const e = readSinchEvent(raw);
    if (!e) return d.logger.warn('a Sinch callback Växel can not read was skipped', { bytes: raw.length });
    if (e.kind === 'report') {
      const row = d.repos.sms.byProviderId(e.messageId);
      if (!row) return;
      const p = JSON.parse(row.payload) as SmsPayload;
      const next: SmsPayload = {
        ...p,
        ...(e.receipt ? { receipt: laterReceipt(p.receipt, e.receipt) } : {}),
        ...(e.via ? { via: e.via } : {}),
        ...(e.failure ? { failure: e.failure } : {}),
        ...(e.failureKind ? { failureKind: e.failureKind } : {}),
      };
      if (JSON.stringify(next) === JSON.stringify(p)) return;
      d.repos.outbox.updatePayload(row.uid, 'sent', d.clock.now(), next);
      if (row.case_id) d.events.emit('casesChanged', { ids: [row.case_id] });
      return;
    }
    if (e.kind === 'other') return;
    // the same callback can come twice (Sinch retries): the message is filed once, answered once
    if (d.repos.messages.idByUid(`sms:${e.id}`) !== null) return;
    const at = e.at || d.clock.now();
    if (e.kind === 'text') {
      fileIncoming({ providerId: e.id, from: e.from, text: e.text, at });
      return d.onReply?.({ from: e.from, text: e.text, postback: null, at, via: e.via });
    }
    // a tap is shown in the case as the words on the button the customer pressed
    const sent = d.repos.sms.byProviderId(e.messageId);
    const label = (sent ? (JSON.parse(sent.payload) as SmsPayload).choices?.find((c) => c.postback === e.postback)?.title : undefined) ?? d.postbackLabel?.(e.postback) ?? e.postback;
    fileIncoming({ providerId: e.id, from: e.from, text: label, at });
    return d.onReply?.({ from: e.from, text: label, postback: e.postback, at, via: e.via });
  }

  function fileIncoming(m: { providerId: string; from: string; text: string; at: number }): void {
    const now = d.clock.now();
    const word = optOutWord(m.text);
    const customerId = d.repos.customers.findByIdentity('phone', m.from);
    d.db.transaction(() => {
      if (word) d.repos.sms.optOut(m.from, word, now);
      if (d.repos.messages.idByUid(`sms:${m.providerId}`) !== null) return;
      // the customer's open case, else the case that texted this number (a reply to a notice), else a new SMS case
      let caseId = customerId ? d.repos.cases.otherCasesOf(customerId, '').find((c) => c.status !== 'resolved')?.id ?? null : null;
      caseId ??= d.repos.sms.caseForReply(m.from);
      if (!caseId) {
        caseId = randomUUID();
        const cust = d.repos.customers.findOrCreate({ name: '', identities: [{ kind: 'phone', value: m.from }] }, now);
        d.repos.cases.insert({ id: caseId, channel: 'sms', status: 'open', priority: 2, subject: m.text.slice(0, 80) || 'SMS', customerId: cust, assignee: null, preview: '', now, waitingSince: m.at, slaDueAt: slaDueAt('sms', m.at, d.repos.settings.get().slaTargets) });
      }
      d.repos.messages.insert({ uid: `sms:${m.providerId}`, caseId, direction: 'in', channel: 'sms', author: m.from, bodyText: m.text, createdAt: m.at });
      if (word) d.repos.caseEvents.append(caseId, now, 'sms', 'sms_opt_out', { phone: m.from, word });
      refreshActivity(d, caseId, { reopenOnInbound: !word, at: m.at, actor: 'sms' });
      d.events.emit('casesChanged', { ids: [caseId] });
    })();
  }

  async function round(): Promise<void> {
    const gw = gatewayProvider(d);
    if (!gw) return;
    await sendDue(gw);
    if (d.clock.now() - lastPoll >= pollMs) {
      lastPoll = d.clock.now();
      try {
        await poll(gw);
      } catch (e) {
        d.logger.warn('SMS poll failed', { error: String(e) });
      }
    }
  }

  // a round every five seconds, and at once for a notice to send (after the round under way, if any)
  const job = createRepeatingJob({ run: round, everyMs: 5_000, onError: (e) => d.logger.error('SMS round failed', { error: String(e) }) });

  return {
    /** One round now: send what is due, and fetch reports and replies when it is time. */
    round,
    handleSinchEvent,
    sendDue: async () => {
      const gw = gatewayProvider(d);
      return gw ? sendDue(gw) : 0;
    },
    poll: async () => {
      const gw = gatewayProvider(d);
      if (gw) await poll(gw);
    },
    start: () => job.start(),
    kick: () => job.wake(0),
    stop: () => job.stop(),
  };
}
export type SmsService = ReturnType<typeof createSmsService>;
