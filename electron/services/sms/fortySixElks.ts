import { SmsError, type SmsProvider, type SmsReceipt } from './smsProvider';

export const FORTY_SIX_ELKS_API = 'https://api.46elks.com/a1';

interface ElksSms {
  id: string;
  direction?: string;
  from?: string;
  to?: string;
  message?: string;
  status?: string;
  created?: string;
  parts?: number;
}

const receiptOf = (s: string | undefined): SmsReceipt => (s === 'delivered' || s === 'sent' || s === 'failed' ? s : 'created');
/** 46elks writes UTC times without a zone ("2017-03-14T09:52:07.302000"). */
const utc = (t: string | undefined) => (t ? Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(t) ? t : `${t}Z`) : 0);

/**
 * 46elks (Swedish SMS gateway), as documented at 46elks.com/docs: POST /sms with form fields from,
 * to, message (Basic auth with the API username and password); GET /sms/{id} for one message's
 * status; GET /sms for the history, incoming messages included. Errors come as HTTP statuses with a
 * short text: 401 wrong credentials, 402 no credit left, 4xx a refused number or sender, 5xx theirs.
 */
export function fortySixElks(o: { username: string; password: string; baseUrl?: string; timeoutMs?: number }): SmsProvider {
  const base = (o.baseUrl ?? FORTY_SIX_ELKS_API).replace(/\/$/, '');
  const auth = `Basic ${Buffer.from(`${o.username}:${o.password}`).toString('base64')}`;

  async function call(method: 'GET' | 'POST', path: string, form?: Record<string, string>): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: { Authorization: auth, ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) },
        body: form ? new URLSearchParams(form).toString() : null,
        signal: AbortSignal.timeout(o.timeoutMs ?? 15_000),
      });
    } catch (e) {
      throw new SmsError('network', `46elks could not be reached: ${(e as Error).message}`);
    }
    const text = await res.text();
    if (!res.ok) {
      const why = text.trim().slice(0, 300) || res.statusText;
      if (res.status === 401 || res.status === 403) throw new SmsError('auth', `46elks refused the API username or password (${res.status}): ${why}`, res.status);
      if (res.status === 402) throw new SmsError('credits', `the 46elks account has no credit left: ${why}`, res.status);
      if (res.status >= 400 && res.status < 500) throw new SmsError('invalid', `46elks refused the message (${res.status}): ${why}`, res.status);
      throw new SmsError('server', `46elks answered ${res.status}: ${why}`, res.status);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new SmsError('server', `46elks answered something that is not JSON: ${text.slice(0, 100)}`, res.status);
    }
  }

  return {
    name: '46elks',
    rcs: false,
    async send({ from, to, text }) {
      const r = (await call('POST', '/sms', { from, to, message: text })) as ElksSms;
      if (!r.id) throw new SmsError('server', '46elks did not return an id for the message');
      return { providerId: r.id, status: receiptOf(r.status), parts: typeof r.parts === 'number' ? r.parts : null };
    },
    async status(id) {
      const r = (await call('GET', `/sms/${encodeURIComponent(id)}`)) as ElksSms;
      return receiptOf(r.status);
    },
    async incoming(since) {
      const r = (await call('GET', '/sms?limit=100')) as { data?: ElksSms[] };
      return (r.data ?? [])
        // from `since` itself on: another message of the same millisecond may have come after the last
        // look (the ones already filed are skipped by their id)
        .filter((m) => m.direction === 'incoming' && utc(m.created) >= since)
        .map((m) => ({ providerId: m.id, from: m.from ?? '', text: m.message ?? '', at: utc(m.created) }));
    },
  };
}
