import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { sinchSignature } from '../../relay/server/sinchSignature';

export interface SentToSinch {
  id: string;
  to: string;
  body: Record<string, unknown>;
}

type Json = Record<string, unknown>;

/**
 * A local server that answers as Sinch documents the Conversation API and its OAuth2 server
 * (developers.sinch.com/docs/conversation): client-credentials tokens, messages:send,
 * capability:query, JSON errors `{"error": {code, message, status}}`, and callbacks to a webhook
 * signed as Sinch signs them (HMAC-SHA256 over body.nonce.timestamp). Numbers in `rcs` have RCS;
 * the others get the SMS fallback (SWITCHING_CHANNEL, then SMS reports).
 */
export async function fakeSinch(o: { projectId: string; appId: string; keyId: string; keySecret: string; webhookSecret: string; now?: () => number }) {
  const now = o.now ?? Date.now;
  const sent: SentToSinch[] = [];
  const tokens = new Set<string>();
  const rcs = new Set<string>();
  let failNext: { status: number; word: string; message: string } | null = null;
  let webhook = '';
  let seq = 0;
  const id = () => `01K${(++seq).toString(36).toUpperCase().padStart(23, '0')}`;

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const json = (status: number, v: unknown) => (res.writeHead(status, { 'Content-Type': 'application/json' }), res.end(JSON.stringify(v)));
      const error = (status: number, word: string, message: string) => json(status, { error: { code: status, message, status: word, details: [] } });
      if (req.method === 'POST' && url.pathname === '/oauth2/token') {
        if (req.headers.authorization !== `Basic ${Buffer.from(`${o.keyId}:${o.keySecret}`).toString('base64')}`) return json(401, { error: 'invalid_client' });
        if (new URLSearchParams(raw).get('grant_type') !== 'client_credentials') return json(400, { error: 'unsupported_grant_type' });
        const token = randomBytes(16).toString('hex');
        tokens.add(token);
        return json(200, { access_token: token, expires_in: 3599, scope: '', token_type: 'bearer' });
      }
      const m = /^\/v1\/projects\/([^/]+)\/(messages:send|capability:query)$/.exec(url.pathname);
      if (req.method !== 'POST' || !m) return error(404, 'NOT_FOUND', 'not found');
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (!tokens.has(bearer)) return error(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
      if (m[1] !== o.projectId) return error(403, 'PERMISSION_DENIED', 'project not found or no access');
      if (failNext) {
        const f = failNext;
        failNext = null;
        return error(f.status, f.word, f.message);
      }
      let body: Json;
      try {
        body = JSON.parse(raw) as Json;
      } catch {
        return error(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
      }
      if (body.app_id !== o.appId) return error(400, 'INVALID_ARGUMENT', `App ${String(body.app_id)} not found`);
      const identities = ((body.recipient as Json | undefined)?.identified_by as Json | undefined)?.channel_identities as Array<{ channel: string; identity: string }> | undefined;
      if (!identities?.length) return error(400, 'INVALID_ARGUMENT', 'recipient: identified_by.channel_identities is required');
      const to = identities[0]!.identity;
      if (!/^\d{7,15}$/.test(to)) return error(400, 'INVALID_ARGUMENT', `Invalid channel identity ${to} for channel ${identities[0]!.channel}`);
      if (m[2] === 'capability:query') return json(200, { app_id: o.appId, recipient: body.recipient, request_id: id() });
      const message = body.message as Json | undefined;
      const kinds = Object.keys(message ?? {}).filter((k) => k.endsWith('_message'));
      if (kinds.length !== 1) return error(400, 'INVALID_ARGUMENT', 'message: exactly one of text_message, choice_message, card_message, … is required');
      const messageId = id();
      sent.push({ id: messageId, to, body });
      return json(200, { accepted_time: new Date(now()).toISOString(), message_id: messageId });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  after(() => new Promise<void>((r) => server.close(() => r())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Posts one callback to the webhook, signed (or mis-signed, for the refusal tests). */
  async function post(body: Json, sign: { nonce?: string; timestamp?: string; secret?: string; tamper?: boolean } = {}): Promise<number> {
    const raw = JSON.stringify(body);
    const nonce = sign.nonce ?? randomBytes(12).toString('hex');
    const timestamp = sign.timestamp ?? String(Math.floor(now() / 1000));
    const signature = sinchSignature(sign.secret ?? o.webhookSecret, raw, nonce, timestamp);
    const res = await fetch(webhook, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-sinch-webhook-signature': signature, 'x-sinch-webhook-signature-nonce': nonce, 'x-sinch-webhook-signature-timestamp': timestamp },
      body: sign.tamper ? raw.replace(/DELIVERED|READ/, 'FAILED') : raw,
    });
    await res.text();
    return res.status;
  }
  const envelope = () => ({ app_id: o.appId, project_id: o.projectId, accepted_time: new Date(now()).toISOString(), event_time: new Date(now()).toISOString() });
  const report = (messageId: string, to: string, status: string, channel: 'RCS' | 'SMS', reason?: { code: string; description: string }) => ({
    ...envelope(),
    message_delivery_report: { message_id: messageId, conversation_id: 'CONV1', status, channel_identity: { channel, identity: to, app_id: o.appId }, contact_id: `C${to}`, ...(reason ? { reason } : {}) },
  });
  const inbound = (from: string, contact_message: Json) => ({
    ...envelope(),
    message: { id: id(), direction: 'TO_APP', contact_message, channel_identity: { channel: rcs.has(from) ? 'RCS' : 'SMS', identity: from, app_id: o.appId }, conversation_id: 'CONV1', contact_id: `C${from}` },
  });

  return {
    baseUrl: base,
    authUrl: `${base}/oauth2/token`,
    sent,
    /** Where Sinch posts its callbacks (the relay's /sinch/callback). */
    setWebhook: (url: string) => void (webhook = url),
    /** This number's phone takes RCS. */
    hasRcs: (phone: string) => void rcs.add(phone.replace(/^\+/, '')),
    failNext: (status: number, word: string, message: string) => void (failNext = { status, word, message }),
    post,
    report,
    /** What the operator reports for a sent message: RCS queued, delivered, read; or the switch to SMS. */
    async deliver(messageId: string): Promise<number[]> {
      const m = sent.find((x) => x.id === messageId)!;
      const steps = rcs.has(m.to)
        ? [report(messageId, m.to, 'QUEUED_ON_CHANNEL', 'RCS'), report(messageId, m.to, 'DELIVERED', 'RCS'), report(messageId, m.to, 'READ', 'RCS')]
        : [
            report(messageId, m.to, 'SWITCHING_CHANNEL', 'RCS', { code: 'RECIPIENT_NOT_REACHABLE', description: 'the handset has no RCS' }),
            report(messageId, m.to, 'QUEUED_ON_CHANNEL', 'SMS'),
            report(messageId, m.to, 'DELIVERED', 'SMS'),
          ];
      const out: number[] = [];
      for (const s of steps) out.push(await post(s));
      return out;
    },
    /** A number that does not exist: the send is accepted, then reported failed. */
    fail: (messageId: string) => {
      const m = sent.find((x) => x.id === messageId)!;
      return post(report(messageId, m.to, 'FAILED', 'SMS', { code: 'RECIPIENT_INVALID_CHANNEL_IDENTITY', description: 'The number is not valid' }));
    },
    /** The customer writes back (by SMS, or in the RCS conversation). */
    reply: (from: string, text: string) => post(inbound(from.replace(/^\+/, ''), { text_message: { text } })),
    /** The customer taps a suggested reply under a message. */
    tap: (from: string, messageId: string, postback: string) => post(inbound(from.replace(/^\+/, ''), { choice_response_message: { message_id: messageId, postback_data: postback } })),
  };
}
export type FakeSinch = Awaited<ReturnType<typeof fakeSinch>>;
