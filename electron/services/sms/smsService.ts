import { randomUUID } from 'node:crypto';
import { slaDueAt } from '../../../shared/domain/cases';
import { refreshActivity } from '../cases/caseActivity';
import type { CaseDeps } from '../cases/caseCommands';
import type { Logger } from '../logger';
import type { SecretBox } from '../secrets/secretBox';
import { fortySixElks } from './fortySixElks';
import { SMS_CHANNEL, type SmsPayload } from './queueSms';
import { optOutWord, SmsError, type SmsProvider } from './smsProvider';
import { shiftDays } from '../../../shared/domain/calendar';

export interface SmsServiceDeps extends CaseDeps {
  secrets: SecretBox;
  logger: Logger;
  /** How often delivery reports and incoming SMS are fetched (the laptop has no public address for webhooks). */
  pollMs?: number;
}

const RETRY_MS = [5_000, 30_000, 120_000, 600_000];
const PERMANENT_FAILURE_AT = Number.MAX_SAFE_INTEGER;

export function gatewayProvider(d: Pick<SmsServiceDeps, 'repos' | 'secrets'>): { provider: SmsProvider; sender: string } | null {
  const g = d.repos.sms.gateway();
  if (!g) return null;
  return { provider: fortySixElks({ username: g.username, password: d.secrets.open(g.secret), baseUrl: g.base_url }), sender: g.sender };
}

/**
 * The SMS channel: sends what is due in the SMS outbox (each message once: the provider's id is
 * stored before anything else happens), fetches delivery reports and incoming SMS, honours STOPP,
 * and files a customer's other SMS replies into their case.
 */
export function createSmsService(d: SmsServiceDeps) {
  let timer: NodeJS.Timeout | null = null;
  let lastPoll = 0;
  let running = false;
  let busy: Promise<void> | null = null;
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
        const r = await gw.provider.send({ from: gw.sender, to: p.to, text: p.text });
        d.repos.outbox.markSent(row.uid, d.clock.now(), { ...p, providerId: r.providerId, receipt: r.status, segments: r.parts ?? p.segments });
        sent++;
      } catch (e) {
        const err = e instanceof SmsError ? e : new SmsError('network', String(e));
        const retryAt = err.permanent ? PERMANENT_FAILURE_AT : d.clock.now() + RETRY_MS[Math.min(row.attempts, RETRY_MS.length - 1)]!;
        d.repos.outbox.markFailed(row.uid, d.clock.now(), err.message, retryAt);
        if (err.kind === 'auth' || err.kind === 'credits') break; // the same for every message
      }
      if (row.case_id) d.events.emit('casesChanged', { ids: [row.case_id] });
    }
    return sent;
  }

  async function poll(gw: { provider: SmsProvider; sender: string }): Promise<void> {
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
      fileIncoming(m);
    }
    d.repos.sms.setIncomingSince(newest);
  }

  function fileIncoming(m: { providerId: string; from: string; text: string; at: number }): void {
    const now = d.clock.now();
    const word = optOutWord(m.text);
    const customerId = d.repos.customers.findByIdentity('phone', m.from);
    d.db.transaction(() => {
      if (word) d.repos.sms.optOut(m.from, word, now);
      if (d.repos.messages.idByUid(`sms:${m.providerId}`) !== null) return;
      // the customer's open case, else a new SMS case
      let caseId = customerId ? d.repos.cases.otherCasesOf(customerId, '').find((c) => c.status !== 'resolved')?.id ?? null : null;
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

  const loop = () => {
    if (!running) return;
    busy = round()
      .catch((e) => d.logger.error('SMS round failed', { error: String(e) }))
      .finally(() => {
        busy = null;
        if (running) timer = setTimeout(loop, 5_000);
      });
  };

  return {
    /** One round now: send what is due, and fetch reports and replies when it is time. */
    round,
    sendDue: async () => {
      const gw = gatewayProvider(d);
      return gw ? sendDue(gw) : 0;
    },
    poll: async () => {
      const gw = gatewayProvider(d);
      if (gw) await poll(gw);
    },
    start() {
      running = true;
      loop();
    },
    kick() {
      if (!running || busy) return;
      if (timer) clearTimeout(timer);
      loop();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await busy;
    },
  };
}
export type SmsService = ReturnType<typeof createSmsService>;
