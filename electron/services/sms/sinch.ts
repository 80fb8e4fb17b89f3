import { SmsError, type NoticeChoice, type SmsProvider, type SmsReceipt } from './smsProvider';

/** The Conversation API in Sinch's EU region, and the OAuth2 server that issues its tokens. */
export const SINCH_EU_API = 'https://eu.conversation.api.sinch.com';
export const SINCH_AUTH = 'https://auth.sinch.com/oauth2/token';

export interface SinchOptions {
  projectId: string;
  appId: string;
  /** An access key of the project: its id and secret (OAuth2 client credentials). */
  keyId: string;
  keySecret: string;
  baseUrl?: string;
  authUrl?: string;
  timeoutMs?: number;
  now?: () => number;
}

/** What a handset can show, as a capability query reports it (the answer itself comes by webhook). */
export interface CapabilityRequest {
  requestId: string;
}

/**
 * Sinch's error body: `{"error": {"code": 400, "message": "...", "status": "INVALID_ARGUMENT"}}`.
 * The status word tells a refused number from a bad key or a rate limit.
 */
function problemOf(status: number, text: string): SmsError {
  let word = '';
  let message = text.trim().slice(0, 300);
  try {
    const e = (JSON.parse(text) as { error?: { status?: string; message?: string } }).error;
    word = e?.status ?? '';
    message = e?.message ?? message;
  } catch {
    /* not JSON: the status code alone decides */
  }
  const why = `${message || 'no reason given'}${word ? ` (${word})` : ''}`;
  if (status === 401 || status === 403 || word === 'UNAUTHENTICATED' || word === 'PERMISSION_DENIED') return new SmsError('auth', `Sinch refused the access key (${status}): ${why}`, status);
  if (status === 429 || word === 'RESOURCE_EXHAUSTED') return new SmsError('rateLimit', `Sinch asks to send more slowly (${status}): ${why}`, status);
  if (status >= 400 && status < 500) return new SmsError('invalid', `Sinch refused the message (${status}): ${why}`, status);
  return new SmsError('server', `Sinch answered ${status}: ${why}`, status);
}

/**
 * Sinch Conversation API (developers.sinch.com/docs/conversation), EU region: one message is sent
 * as RCS when the handset has it and as SMS otherwise (channel_priority_order), with suggested
 * replies (a choice message) or a card with a link button. Delivery reports and replies are not
 * fetched: Sinch posts them to the relay's /sinch/callback, which forwards them to the laptops.
 */
export function sinch(o: SinchOptions): SmsProvider & { capability(phone: string): Promise<CapabilityRequest> } {
  const base = (o.baseUrl ?? SINCH_EU_API).replace(/\/$/, '');
  const authUrl = o.authUrl ?? SINCH_AUTH;
  const now = o.now ?? Date.now;
  const timeout = () => AbortSignal.timeout(o.timeoutMs ?? 15_000);
  let token: { value: string; until: number } | null = null;

  async function accessToken(): Promise<string> {
    // a token is asked for again a minute before it runs out, not when a send already failed
    if (token && token.until - 60_000 > now()) return token.value;
    let res: Response;
    try {
      res = await fetch(authUrl, {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from(`${o.keyId}:${o.keySecret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
        signal: timeout(),
      });
    } catch (e) {
      throw new SmsError('network', `Sinch's sign-in could not be reached: ${(e as Error).message}`);
    }
    const text = await res.text();
    if (!res.ok) throw res.status === 400 || res.status === 401 ? new SmsError('auth', `Sinch refused the access key id or secret (${res.status})`, res.status) : problemOf(res.status, text);
    const body = JSON.parse(text) as { access_token?: string; expires_in?: number };
    if (!body.access_token) throw new SmsError('server', 'Sinch signed in but gave no access token');
    token = { value: body.access_token, until: now() + (body.expires_in ?? 3600) * 1000 };
    return token.value;
  }

  async function call(path: string, payload: unknown, retried = false): Promise<Record<string, unknown>> {
    const bearer = await accessToken();
    let res: Response;
    try {
      res = await fetch(`${base}/v1/projects/${encodeURIComponent(o.projectId)}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
        signal: timeout(),
      });
    } catch (e) {
      throw new SmsError('network', `Sinch could not be reached: ${(e as Error).message}`);
    }
    const text = await res.text();
    // a token revoked early: sign in once more before calling the key wrong
    if (res.status === 401 && !retried) {
      token = null;
      return call(path, payload, true);
    }
    if (!res.ok) throw problemOf(res.status, text);
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new SmsError('server', `Sinch answered something that is not JSON: ${text.slice(0, 100)}`, res.status);
    }
  }

  const recipient = (to: string) => ({
    identified_by: { channel_identities: ['RCS', 'SMS'].map((channel) => ({ channel, identity: to.replace(/^\+/, '') })) },
  });

  /** The message body: plain text, suggested replies, or a card with buttons. */
  function messageOf(m: { text: string; choices?: NoticeChoice[] | undefined; card?: { title: string } | undefined }) {
    const choices = (m.choices ?? []).map((c) =>
      c.url ? { url_message: { title: c.title, url: c.url } } : { text_message: { text: c.title }, postback_data: c.postback ?? c.title },
    );
    if (m.card) return { card_message: { title: m.card.title, description: m.text, choices } };
    if (choices.length) return { choice_message: { text_message: { text: m.text }, choices } };
    return { text_message: { text: m.text } };
  }

  return {
    name: 'Sinch',
    rcs: true,
    pushesReports: true,
    async send(m) {
      const r = await call('/messages:send', {
        app_id: o.appId,
        recipient: recipient(m.to),
        message: messageOf(m),
        channel_priority_order: ['RCS', 'SMS'],
        // a service notice, not marketing: Swedish rules, and Sinch routes them that way
        message_content_type: 'CONTENT_NOTIFICATION',
        ...(m.from ? { channel_properties: { SMS_SENDER: m.from } } : {}),
      });
      const id = typeof r.message_id === 'string' ? r.message_id : '';
      if (!id) throw new SmsError('server', 'Sinch accepted the message but returned no message_id');
      return { providerId: id, status: 'created' as SmsReceipt, parts: null };
    },
    // Sinch reports by webhook only; the last report the relay forwarded is the truth
    async status() {
      return 'created';
    },
    async incoming() {
      return [];
    },
    async capability(phone: string) {
      const r = await call('/capability:query', { app_id: o.appId, recipient: recipient(phone) });
      return { requestId: typeof r.request_id === 'string' ? r.request_id : '' };
    },
  };
}
