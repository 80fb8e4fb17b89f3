import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  AgentFrameSchema,
  CustomerFrameSchema,
  HelloSchema,
  RELAY_CLOSE,
  RELAY_MAX_FRAME_BYTES,
  RELAY_PROTOCOL_VERSION,
  RELAY_WS_PATH,
  parseFrame,
  type AgentFrame,
  type CustomerFrame,
} from '../../shared/contract/relayProtocol';
import { shiftDays } from '../../shared/domain/calendar';
import type { RelayStore } from '../store/relayStore';
import { createAgentCommands } from './agentCommands';
import { createCustomerCommands } from './customerCommands';
import { handleHttp } from './httpRoutes';
import { clientAddress, DEFAULT_LIMITS, ipGate, tokenBucket, type RelayLimits } from './limits';
import type { Party } from './party';
import { createRelayHub } from './relayHub';
import { handleSelfService, SELF_SERVICE_PATH } from './selfServicePage';
import { handleSinchCallback, SINCH_CALLBACK_PATH } from './sinchCallback';

export interface RelayOptions {
  store: RelayStore;
  port?: number;
  host?: string;
  /** PEM certificate and key: the relay then speaks https/wss itself. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Origins whose pages may open customer connections; empty allows any (say so in the log). */
  allowedOrigins?: string[];
  /** Take the client address from X-Forwarded-For (only behind your own reverse proxy). */
  trustProxy?: boolean;
  limits?: Partial<RelayLimits>;
  now?: () => number;
  /** The built widget script served at /widget.js. */
  widgetFile?: string;
  log?: (line: string) => void;
  /** The Sinch app's webhook secret: POST /sinch/callback is verified with it (off without it). */
  sinchSecret?: string;
  /** The relay's address as customers reach it (behind a proxy), for self-service links. */
  publicUrl?: string;
}


export interface RelayServer {
  url: string;
  port: number;
  close(): Promise<void>;
  /** For tests and the bench: what is connected now. */
  stats(): { agents: number; customers: number; pending: number };
}

export async function startRelay(o: RelayOptions): Promise<RelayServer> {
  const now = o.now ?? Date.now;
  const limits: RelayLimits = { ...DEFAULT_LIMITS, ...o.limits };
  const log = o.log ?? (() => {});
  const store = o.store;
  let ownUrl = '';
  const hub = createRelayHub({ store, now, limits, log, publicUrl: () => (o.publicUrl ?? ownUrl).replace(/\/$/, '') });
  const { parties, agents, customers, activity, acks, quotas, fail, toAgents, announceAgents, announceActivity, conversationChanged, slotRules, scheduleQueue, providerFrame } = hub;
  const agentCommands = createAgentCommands(hub);
  const customerCommands = createCustomerCommands(hub);
  const gate = ipGate(limits, now);
  const origins = new Set((o.allowedOrigins ?? []).map((x) => x.replace(/\/$/, '').toLowerCase()));
  if (origins.size === 0) log('no --origin given: pages on any site may open the chat widget against this relay');

  const server = o.tls ? https.createServer({ cert: o.tls.cert, key: o.tls.key }) : http.createServer();
  server.on('request', (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === SINCH_CALLBACK_PATH) return handleSinchCallback(req, res, { secret: o.sinchSecret, events: store.providerEvents, now, forward: (row) => toAgents(providerFrame(row)), log });
    if (path.startsWith(SELF_SERVICE_PATH)) {
      return handleSelfService(req, res, {
        key: store.selfServiceKey,
        now,
        rules: slotRules,
        shopName: () => store.shop().name,
        conversation: (id) => store.conversation(id),
        bookedBetween: (from, to) => store.bookedBetween(from, to),
        update: (id, change) => {
          const r = store.updateCallback({ id, ...change, capacity: slotRules().capacity });
          if (r && r !== 'full') conversationChanged(r);
          return r;
        },
      });
    }
    handleHttp(req, res, { widgetFile: o.widgetFile });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: RELAY_MAX_FRAME_BYTES, perMessageDeflate: false });


  const clientIp = (req: http.IncomingMessage) => clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, o.trustProxy === true);

  server.on('upgrade', (req, socket, head) => {
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
    };
    const url = new URL(req.url ?? '/', 'http://relay');
    if (url.pathname !== RELAY_WS_PATH) return refuse(404, 'Not Found');
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin.toLowerCase() : null;
    // Browsers always send Origin; a page from a site not on the list may not chat here. Agents'
    // Växel (Node) sends none and proves itself with its token instead.
    if (origin && origins.size > 0 && !origins.has(origin)) return refuse(403, 'Forbidden: this site is not on the relay\'s origin list');
    const ip = clientIp(req);
    const why = gate.refuse(ip);
    if (why) return refuse(429, `Too Many Requests: ${why}`);
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, ip));
  });

  function accept(ws: WebSocket, ip: string): void {
    gate.opened(ip);
    const p: Party = {
      ws,
      ip,
      role: 'pending',
      state: 'online',
      capacity: 3,
      bucket: tokenBucket(limits.framesPerSecond, limits.frameBurst, now),
      strikes: 0,
      badFrames: 0,
      lastFrameAt: now(),
      alive: true,
      lastRateError: 0,
    };
    parties.add(p);
    const helloTimer = setTimeout(() => {
      if (p.role === 'pending') ws.close(RELAY_CLOSE.helloTimeout, 'no hello in time');
    }, limits.helloTimeoutMs);
    ws.on('pong', () => void (p.alive = true));
    ws.on('message', (data, isBinary) => onFrame(p, data, isBinary));
    ws.on('error', () => {});
    ws.on('close', () => {
      clearTimeout(helloTimer);
      parties.delete(p);
      gate.closed(ip);
      if (p.role === 'agent' && p.agent && agents.get(p.agent.id) === p) {
        agents.delete(p.agent.id);
        if (hub.isStopping()) return;
        if (activity.drop(p.agent.id)) announceActivity();
        announceAgents();
        scheduleQueue();
      }
      if (p.role === 'customer' && p.customer) {
        const set = customers.get(p.customer.id);
        set?.delete(p);
        if (set?.size === 0) customers.delete(p.customer.id);
      }
    });
  }

  function onFrame(p: Party, data: RawData, isBinary: boolean): void {
    p.lastFrameAt = now();
    if (!p.bucket.take()) {
      p.strikes++;
      if (p.strikes > limits.maxRateStrikes) return p.ws.close(RELAY_CLOSE.rateLimited, 'too many frames');
      if (now() - p.lastRateError > 1000) {
        p.lastRateError = now();
        fail(p, 'rate_limited', 'too many frames; this one was dropped, slow down');
      }
      return;
    }
    const raw = isBinary ? null : data.toString();
    if (p.role === 'pending') {
      const hello = raw === null ? null : parseFrame(HelloSchema, raw);
      if (!hello?.ok) {
        fail(p, 'unauthorized', `the first frame must be a valid hello (protocol v${RELAY_PROTOCOL_VERSION})`);
        return p.ws.close(RELAY_CLOSE.unauthorized, 'hello first');
      }
      return hello.frame.role === 'agent' ? agentCommands.helloAgent(p, hello.frame.token, hello.frame.state, hello.frame.capacity, hello.frame.name) : customerCommands.helloCustomer(p, hello.frame);
    }
    const parsed = raw === null ? ({ ok: false, error: 'binary frames are not part of the protocol' } as const) : parseFrame<AgentFrame | CustomerFrame>(p.role === 'agent' ? AgentFrameSchema : CustomerFrameSchema, raw);
    if (!parsed.ok) {
      p.badFrames++;
      fail(p, 'bad_frame', parsed.error);
      if (p.badFrames >= limits.maxBadFrames) p.ws.close(RELAY_CLOSE.badFrames, 'too many malformed frames');
      return;
    }
    try {
      if (p.role === 'agent') agentCommands.onAgentFrame(p, parsed.frame as AgentFrame);
      else customerCommands.onCustomerFrame(p, parsed.frame as CustomerFrame);
    } catch (e) {
      log(`frame failed: ${(e as Error).message}`);
      // the sender finds its frame by ref, or a line by its clientId: without it the line would wait for ever
      const f = parsed.frame as { ref?: string; clientId?: string };
      fail(p, 'unavailable', 'the relay could not store this; send it again', f.ref ?? f.clientId);
    }
  }

  // ---- liveness ---------------------------------------------------------------------------

  const pinger = setInterval(() => {
    const t = now();
    for (const p of parties) {
      if (!p.alive) {
        p.ws.terminate();
        continue;
      }
      if (p.role === 'customer' && t - p.lastFrameAt > limits.customerIdleMs) {
        p.ws.close(RELAY_CLOSE.idle, 'idle');
        continue;
      }
      p.alive = false;
      p.ws.ping();
    }
  }, limits.pingIntervalMs);
  pinger.unref();
  const activityPruner = setInterval(() => activity.prune() && announceActivity(), 5_000);
  activityPruner.unref();
  // re-tell the queue each minute: opening hours begin and end with nobody doing anything
  const minutely = setInterval(scheduleQueue, 60_000);
  minutely.unref();
  const retention = () => {
    const dropped = store.dropImagesBefore(shiftDays(now(), -limits.imageRetentionDays, store.shop().timeZone));
    if (dropped) log(`retention: deleted ${dropped} pictures older than ${limits.imageRetentionDays} days`);
    store.providerEvents.prune(shiftDays(now(), -30, store.shop().timeZone));
    const forgotten = store.forgetReadPositions(now());
    if (forgotten) log(`retention: forgot ${forgotten} read positions in chats closed long ago`);
    quotas.prune();
  };
  retention();
  const hourly = setInterval(retention, 3_600_000);
  hourly.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = o.host && o.host !== '0.0.0.0' && o.host !== '::' ? o.host : '127.0.0.1';
  const url = `${o.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
  ownUrl = url;
  return {
    url,
    port,
    stats: () => {
      let pending = 0;
      for (const p of parties) if (p.role === 'pending') pending++;
      return { agents: agents.size, customers: [...customers.values()].reduce((s, x) => s + x.size, 0), pending };
    },
    async close() {
      hub.stop();
      acks.flush();
      acks.stop();
      clearInterval(pinger);
      clearInterval(hourly);
      clearInterval(minutely);
      clearInterval(activityPruner);
      for (const p of parties) p.ws.close(1001, 'relay stopping');
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}
