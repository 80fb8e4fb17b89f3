import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';

export interface ElksMessage {
  id: string;
  direction: 'outgoing' | 'incoming';
  from: string;
  to: string;
  message: string;
  status: 'created' | 'sent' | 'delivered' | 'failed';
  created: string;
  parts?: number;
}

/**
 * A local HTTP server that answers as 46elks documents its SMS API (46elks.com/docs/send-sms,
 * /docs/show-sms-id, /docs/sms-history): form-encoded POST /a1/sms with Basic auth, JSON answers,
 * and plain-text errors with 401, 402 and 400. Tests set `failNext` to get an error reply.
 */
export async function fakeFortySixElks(o: { username: string; password: string; now?: () => number }) {
  const messages: ElksMessage[] = [];
  const requests: Array<{ method: string; path: string; form: Record<string, string>; auth: string }> = [];
  let failNext: { status: number; text: string } | null = null;
  let seq = 0;
  const expected = `Basic ${Buffer.from(`${o.username}:${o.password}`).toString('base64')}`;
  const now = () => new Date((o.now ?? Date.now)()).toISOString().replace('Z', '000').slice(0, 26); // 46elks: UTC without a zone

  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const form = Object.fromEntries(new URLSearchParams(body));
      requests.push({ method: req.method ?? '', path: url.pathname, form, auth: req.headers.authorization ?? '' });
      const text = (status: number, t: string) => (res.writeHead(status, { 'Content-Type': 'text/plain' }), res.end(t));
      const json = (v: unknown) => (res.writeHead(200, { 'Content-Type': 'application/json' }), res.end(JSON.stringify(v)));
      if (req.headers.authorization !== expected) return text(401, 'Unauthorized');
      if (failNext) {
        const f = failNext;
        failNext = null;
        return text(f.status, f.text);
      }
      if (req.method === 'POST' && url.pathname === '/a1/sms') {
        if (!form.to || !/^\+\d{7,15}$/.test(form.to)) return text(400, "Invalid 'to' number");
        if (!form.message) return text(400, 'Missing key message');
        const gsm = /^[\x20-\x7EåäöÅÄÖéÉüÜ\n]*$/.test(form.message);
        const len = form.message.length;
        const parts = gsm ? (len <= 160 ? 1 : Math.ceil(len / 153)) : len <= 70 ? 1 : Math.ceil(len / 67);
        const m: ElksMessage = { id: `s${(++seq).toString(16).padStart(32, '0')}`, direction: 'outgoing', from: form.from ?? '', to: form.to, message: form.message, status: 'created', created: now(), parts };
        messages.push(m);
        return json(m);
      }
      const one = /^\/a1\/sms\/(\w+)$/.exec(url.pathname);
      if (req.method === 'GET' && one) {
        const m = messages.find((x) => x.id === one[1]);
        return m ? json(m) : text(404, 'Not found');
      }
      if (req.method === 'GET' && url.pathname === '/a1/sms') return json({ data: [...messages].reverse().slice(0, Number(url.searchParams.get('limit') ?? 100)) });
      return text(404, 'Not found');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  after(() => new Promise<void>((r) => server.close(() => r())));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/a1`,
    messages,
    requests,
    failNext: (status: number, text: string) => void (failNext = { status, text }),
    /** The operator reports the message delivered (or failed). */
    report: (id: string, status: ElksMessage['status']) => void (messages.find((m) => m.id === id)!.status = status),
    /** A customer writes to the shop's number. */
    incoming: (from: string, message: string) =>
      void messages.push({ id: `i${(++seq).toString(16).padStart(32, '0')}`, direction: 'incoming', from, to: '+46766861004', message, status: 'delivered', created: now() }),
  };
}
