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
  type AgentInfo,
  type ConversationInfo,
  type CustomerFrame,
  type RelayErrorCode,
  type RelayFrame,
  type RelayMsg,
} from '../../shared/contract/relayProtocol';
import type { AgentRow, CustomerRow, RelayStore } from '../store/relayStore';
import { handleHttp } from './httpRoutes';
import { clientAddress, DEFAULT_LIMITS, ipGate, tokenBucket, type RelayLimits } from './limits';
import { usageQuotas, type Charge } from './quotas';
import { toE164 } from '../../shared/domain/phone';
import { queueSnapshot } from './queueStatus';
import { bookableDays, isSlotStart, offeredSlots, slotWindow, type SlotRules } from '../../shared/domain/callbackSlots';
import { daysFrom, shiftDays, today } from '../../shared/domain/calendar';
import { coalescedAcks } from './coalescedAcks';
import { caseActivityBoard } from './caseActivity';
import { pageAddress } from '../../shared/domain/pageAddress';
import { safeImageName, sniffImageType, type ImageType } from '../../shared/domain/imageCheck';
import { systemText } from './systemTexts';
import { handleSinchCallback, SINCH_CALLBACK_PATH } from './sinchCallback';
import { handleSelfService, SELF_SERVICE_PATH } from './selfServicePage';
import { makeSelfServiceToken, SELF_SERVICE_DAYS_MS } from './selfServiceToken';
import type { ProviderEventRow } from '../store/providerEvents';

/** How far ahead the widget offers callback days. */
const BOOKABLE_DAYS = 14;

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

interface Party {
  ws: WebSocket;
  ip: string;
  role: 'pending' | 'agent' | 'customer';
  agent?: AgentRow;
  state: 'online' | 'away';
  capacity: number;
  customer?: CustomerRow;
  bucket: { take(): boolean };
  strikes: number;
  badFrames: number;
  lastFrameAt: number;
  alive: boolean;
  lastRateError: number;
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
  const gate = ipGate(limits, now);
  const quotas = usageQuotas(limits, now);
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
  const providerFrame = (row: ProviderEventRow): RelayFrame => ({ type: 'provider', seq: row.seq, provider: 'sinch', body: row.body, at: row.received_at });
  const wss = new WebSocketServer({ noServer: true, maxPayload: RELAY_MAX_FRAME_BYTES, perMessageDeflate: false });

  const parties = new Set<Party>();
  let ownUrl = '';
  const publicUrl = () => (o.publicUrl ?? ownUrl).replace(/\/$/, '');
  let stopping = false;
  // Acknowledgements only move cursors: kept in memory and written together every 250 ms, so a
  // busy chat costs one write per line, not two. Losing some in a crash only means a resend,
  // which the clients drop by seq.
  const acks = coalescedAcks(store, 250);
  const agents = new Map<string, Party>();
  const customers = new Map<string, Set<Party>>();

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

  function send(p: Party, frame: RelayFrame | string): void {
    if (p.ws.readyState === p.ws.OPEN) p.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }
  function fail(p: Party, code: RelayErrorCode, message: string, ref?: string): void {
    send(p, { type: 'error', code, message, ...(ref ? { ref } : {}) });
  }
  function toAgents(frame: RelayFrame, except?: Party): void {
    const text = JSON.stringify(frame);
    for (const a of agents.values()) if (a !== except) send(a, text);
  }
  function toCustomer(customerId: string, frame: RelayFrame, except?: Party): void {
    const text = JSON.stringify(frame);
    for (const c of customers.get(customerId) ?? []) if (c !== except) send(c, text);
  }

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
        if (stopping) return;
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
      return hello.frame.role === 'agent' ? helloAgent(p, hello.frame.token, hello.frame.state, hello.frame.capacity, hello.frame.name) : helloCustomer(p, hello.frame);
    }
    const parsed = raw === null ? ({ ok: false, error: 'binary frames are not part of the protocol' } as const) : parseFrame<AgentFrame | CustomerFrame>(p.role === 'agent' ? AgentFrameSchema : CustomerFrameSchema, raw);
    if (!parsed.ok) {
      p.badFrames++;
      fail(p, 'bad_frame', parsed.error);
      if (p.badFrames >= limits.maxBadFrames) p.ws.close(RELAY_CLOSE.badFrames, 'too many malformed frames');
      return;
    }
    try {
      if (p.role === 'agent') onAgentFrame(p, parsed.frame as AgentFrame);
      else onCustomerFrame(p, parsed.frame as CustomerFrame);
    } catch (e) {
      log(`frame failed: ${(e as Error).message}`);
      // the sender finds its frame by ref, or a line by its clientId: without it the line would wait for ever
      const f = parsed.frame as { ref?: string; clientId?: string };
      fail(p, 'unavailable', 'the relay could not store this; send it again', f.ref ?? f.clientId);
    }
  }

  // ---- agents ----------------------------------------------------------------------------

  function agentList(): AgentInfo[] {
    const load = store.activeByOwner();
    return store.listAgents().filter((a) => !a.disabled).map((a) => {
      const live = agents.get(a.id);
      return { id: a.id, name: a.name, online: !!live, state: live?.state ?? 'away', capacity: live?.capacity ?? 0, load: load.get(a.id) ?? 0 };
    });
  }
  function announceAgents(): void {
    toAgents({ type: 'agents', agents: agentList() });
  }
  const activity = caseActivityBoard(now);
  const announceActivity = () => toAgents({ type: 'activity', entries: activity.list() });

  /** The agent shows by the name chosen in Växel, so customers and colleagues see one name everywhere. */
  function takeName(agent: AgentRow, name: string | undefined): AgentRow {
    if (!name || name === agent.name) return agent;
    if (store.renameAgent(agent.id, name)) return { ...agent, name };
    log(`agent ${agent.id} keeps the name ${agent.name}: an active colleague is called ${name}`);
    return agent;
  }

  function helloAgent(p: Party, token: string, state: 'online' | 'away', capacity: number, name: string | undefined): void {
    const known = store.agentByToken(token);
    const agent = known ? takeName(known, name) : null;
    if (!agent) {
      fail(p, 'unauthorized', 'this agent token is not known to the relay');
      return p.ws.close(RELAY_CLOSE.unauthorized, 'unknown token');
    }
    // one live connection per agent: a laptop that reconnects replaces its stale socket
    const old = agents.get(agent.id);
    if (old) old.ws.close(RELAY_CLOSE.replaced, 'signed in again elsewhere');
    Object.assign(p, { role: 'agent', agent, state, capacity, bucket: tokenBucket(limits.agentFramesPerSecond, limits.agentFrameBurst, now) });
    agents.set(agent.id, p);
    send(p, { type: 'welcome', v: RELAY_PROTOCOL_VERSION, role: 'agent', you: { id: agent.id, name: agent.name }, serverTime: now(), shop: store.shop() });
    for (const { conversation, cursor } of store.unseenFor(agent.id, now())) {
      send(p, { type: 'conversation', conversation });
      for (const m of store.messagesAfter(conversation.id, cursor)) send(p, m);
    }
    for (const row of store.providerEvents.after(agent.id, shiftDays(now(), -7, store.shop().timeZone))) send(p, providerFrame(row));
    announceAgents();
    // who is on which case, at once: a laptop that connects does not wait for the next change
    send(p, { type: 'activity', entries: activity.list() });
    scheduleQueue();
  }

  function conversationChanged(c: ConversationInfo | null): void {
    if (!c) return;
    toAgents({ type: 'conversation', conversation: c });
    announceAgents();
    scheduleQueue();
  }

  /**
   * To every agent, then to the customer's tabs; not back to the party that sent it, which got
   * 'accepted' with the line's seq and already has the line.
   */
  function deliver(msg: RelayMsg, customerId: string, except?: Party): void {
    toAgents(msg, except);
    toCustomer(customerId, msg, except);
  }

  function systemMessage(c: ConversationInfo, key: Parameters<typeof systemText>[1], name: string): void {
    const { msg } = store.append({ conversation: c.id, sender: 'system', senderKey: 'system', agentId: null, clientId: `${key}-${c.id}-${now()}-${Math.random().toString(36).slice(2, 8)}`, text: systemText(c.customer.lang, key, name), at: now() });
    deliver(msg, c.customer.id);
  }

  /** A frame sent again (after a reconnect or a relay restart) is answered as the first time, and stored nothing. */
  function acceptedAgain(p: Party, senderKey: string, clientId: string): boolean {
    const again = store.sentBy(senderKey, clientId);
    if (again) send(p, { type: 'accepted', clientId, conversation: again.conversation, seq: again.seq });
    return again !== null;
  }

  function onAgentFrame(p: Party, f: AgentFrame): void {
    const agent = p.agent!;
    switch (f.type) {
      case 'say': {
        if (!f.conversation) return fail(p, 'bad_frame', 'say needs a conversation', f.clientId);
        const senderKey = `a:${agent.id}`;
        if (acceptedAgain(p, senderKey, f.clientId)) return;
        let c = store.conversation(f.conversation);
        if (!c) return fail(p, 'not_found', 'there is no such conversation', f.clientId);
        if (c.state === 'closed' && c.kind === 'chat') return fail(p, 'closed', 'this chat has ended; write to the customer by e-mail instead', f.clientId);
        if (c.owner && c.owner.id !== agent.id) return fail(p, 'not_owner', `${c.owner.name} has this chat`, f.clientId);
        if (!c.owner && c.kind === 'chat') {
          // answering an unclaimed chat claims it
          if (store.claim(c.id, agent.id, now())) {
            c = store.conversation(c.id)!;
            conversationChanged(c);
            systemMessage(c, 'joined', agent.name);
          }
        }
        const image = checkedImage(p, f);
        if (image === false) return;
        const { msg } = store.append({ conversation: c.id, sender: 'agent', senderKey, agentId: agent.id, clientId: f.clientId, text: f.text, image, at: now() });
        send(p, { type: 'accepted', clientId: f.clientId, conversation: c.id, seq: msg.seq });
        return deliver(msg, c.customer.id, p);
      }
      case 'ack':
        return acks.agent(agent.id, f.conversation, f.seq);
      case 'typing': {
        const c = f.conversation ? store.conversation(f.conversation) : null;
        if (c && c.owner?.id === agent.id) toCustomer(c.customer.id, { type: 'typing', conversation: c.id, from: 'agent', name: agent.name, on: f.on });
        return;
      }
      case 'activity':
        if (activity.set({ id: agent.id, name: agent.name }, f.caseKey, f.activity)) announceActivity();
        return;
      case 'presence':
        p.state = f.state;
        p.capacity = f.capacity;
        if (f.name && f.name !== agent.name) p.agent = takeName(agent, f.name);
        announceAgents();
        return scheduleQueue();
      case 'claim': {
        if (store.claim(f.conversation, agent.id, now())) {
          const c = store.conversation(f.conversation)!;
          if (f.ref) send(p, { type: 'ok', ref: f.ref });
          conversationChanged(c);
          return systemMessage(c, 'joined', agent.name);
        }
        const c = store.conversation(f.conversation);
        if (!c) return fail(p, 'not_found', 'there is no such conversation', f.ref);
        if (c.owner?.id === agent.id) return f.ref ? send(p, { type: 'ok', ref: f.ref }) : undefined;
        return fail(p, c.state === 'closed' ? 'closed' : 'already_claimed', c.owner ? `${c.owner.name} already has this chat` : 'this chat has ended', f.ref);
      }
      case 'transfer': {
        const target = store.agentById(f.to);
        if (!target) return fail(p, 'not_found', 'there is no such colleague', f.ref);
        if (!store.transfer(f.conversation, agent.id, target.id)) return fail(p, 'not_owner', 'only the agent who has a chat can hand it over', f.ref);
        const c = store.conversation(f.conversation)!;
        if (f.ref) send(p, { type: 'ok', ref: f.ref });
        conversationChanged(c);
        return systemMessage(c, 'transferred', target.name);
      }
      case 'close': {
        const c = store.conversation(f.conversation);
        if (!c) return fail(p, 'not_found', 'there is no such conversation', f.ref);
        if (c.owner && c.owner.id !== agent.id) return fail(p, 'not_owner', `${c.owner.name} has this chat`, f.ref);
        if (store.closeConversation(c.id, now())) {
          if (c.kind === 'chat') systemMessage(c, 'ended', agent.name);
          conversationChanged(store.conversation(c.id));
        }
        return f.ref ? send(p, { type: 'ok', ref: f.ref }) : undefined;
      }
      case 'book': {
        const rules = slotRules();
        const customer = store.customerForBooking({ name: f.name, phone: f.phone, email: f.email, lang: f.lang }, now());
        const owner = f.assignee && store.agentById(f.assignee) ? f.assignee : null;
        const c = store.bookCallback({ customerId: customer.id, at: f.at, capacity: rules.capacity, now: now(), owner, caseRef: f.caseRef, note: f.note });
        if (!c) return fail(p, 'slot_full', 'every place in that slot is taken; choose another time', f.ref);
        if (f.note) store.append({ conversation: c.id, sender: 'system', senderKey: `a:${agent.id}`, agentId: agent.id, clientId: `book-${c.id}`, text: f.note, at: now() });
        conversationChanged(store.conversation(c.id));
        for (const m of store.messagesAfter(c.id, 0)) toAgents(m);
        return f.ref ? send(p, { type: 'ok', ref: f.ref, conversation: c.id }) : undefined;
      }
      case 'callbackUpdate': {
        const owner = f.assignee === undefined ? undefined : f.assignee && store.agentById(f.assignee) ? f.assignee : null;
        const r = store.updateCallback({ id: f.conversation, at: f.at, owner, status: f.status, capacity: slotRules().capacity });
        if (r === 'full') return fail(p, 'slot_full', 'every place in that slot is taken; choose another time', f.ref);
        if (!r) return fail(p, 'not_found', 'there is no such callback', f.ref);
        if (f.ref) send(p, { type: 'ok', ref: f.ref, conversation: r.id });
        return conversationChanged(r);
      }
      case 'providerAck':
        return store.providerEvents.ack(agent.id, f.seq);
      case 'noticeClaim': {
        const c = store.conversation(f.conversation);
        if (!c || c.kind !== 'callback') return fail(p, 'not_found', 'there is no such callback', f.ref);
        if (store.providerEvents.claimNotice(c.id, f.notice, agent.id, now())) return send(p, { type: 'ok', ref: f.ref, conversation: c.id });
        return fail(p, 'already_claimed', 'a colleague’s Växel sends this notice', f.ref);
      }
      case 'selfServiceLink': {
        const c = store.conversation(f.conversation);
        if (!c || c.kind !== 'callback') return fail(p, 'not_found', 'there is no such callback', f.ref);
        const token = makeSelfServiceToken(store.selfServiceKey, c.id, now() + SELF_SERVICE_DAYS_MS);
        return send(p, { type: 'ok', ref: f.ref, conversation: c.id, link: `${publicUrl()}${SELF_SERVICE_PATH}${token}` });
      }
      case 'shop': {
        store.setShop(f.config);
        if (f.ref) send(p, { type: 'ok', ref: f.ref });
        const frame = JSON.stringify({ type: 'shop', config: f.config });
        for (const q of parties) if (q.role !== 'pending') send(q, frame);
        return scheduleQueue();
      }
    }
  }

  // ---- customers --------------------------------------------------------------------------

  function helloCustomer(p: Party, h: { session?: string | undefined; lang: 'sv' | 'en'; page?: string | undefined; since: number }): void {
    const { customer, session } = store.customerFor(h.session, h.lang, h.page ? (pageAddress(h.page) ?? undefined) : undefined, now());
    Object.assign(p, { role: 'customer', customer });
    const set = customers.get(customer.id) ?? new Set<Party>();
    set.add(p);
    customers.set(customer.id, set);
    const open = store.openConversationOf(customer.id);
    send(p, { type: 'welcome', v: RELAY_PROTOCOL_VERSION, role: 'customer', you: { id: customer.id, name: customer.name }, serverTime: now(), session, conversation: open?.id ?? null, shop: store.shop() });
    if (open) for (const m of store.messagesAfter(open.id, h.since)) send(p, m);
    sendQueue(p);
  }

  /** A picture whose bytes are the type it claims, renamed image.<ext>; false (and an error sent) otherwise. */
  function checkedImage(p: Party, f: { clientId: string; image?: { name: string; type: ImageType; data: string } | undefined }) {
    if (!f.image) return undefined;
    const type = sniffImageType(Buffer.from(f.image.data.slice(0, 64), 'base64'));
    if (type !== f.image.type) {
      fail(p, 'bad_frame', 'the picture is not the PNG, JPEG, GIF or WebP it says it is', f.clientId);
      return false;
    }
    return { ...f.image, name: safeImageName(type) };
  }

  /** What a stored line costs its sender: its text and its picture, in bytes. */
  const sizeOf = (f: { text: string; image?: { data: string } | undefined }) => Buffer.byteLength(f.text) + (f.image ? Math.floor((f.image.data.length * 3) / 4) : 0);

  /** Charge the visitor for what a frame stores; false (and an error sent) when it would go over a quota. */
  function withinQuota(p: Party, clientId: string, charge: Charge): boolean {
    const over = quotas.charge(p.customer!.id, p.ip, charge);
    if (!over) return true;
    log(`quota: ${over} for ${p.ip}`);
    fail(p, 'over_quota', over === 'bytes' ? 'too much sent for now; try again later' : over === 'bookings' ? 'too many bookings for now' : 'too many new conversations for now; try again later', clientId);
    return false;
  }

  function onCustomerFrame(p: Party, f: CustomerFrame): void {
    const customer = p.customer!;
    const senderKey = `c:${customer.id}`;
    switch (f.type) {
      case 'say': {
        if (acceptedAgain(p, senderKey, f.clientId)) return;
        const image = checkedImage(p, f);
        if (image === false) return;
        let c = store.openConversationOf(customer.id);
        const fresh = !c;
        if (!withinQuota(p, f.clientId, { bytes: sizeOf(f), conversations: fresh ? 1 : 0 })) return;
        if (!c) c = store.newConversation(customer.id, 'chat', now());
        const { msg } = store.append({ conversation: c.id, sender: 'customer', senderKey, agentId: null, clientId: f.clientId, text: f.text, image, at: now() });
        if (fresh) conversationChanged(store.conversation(c.id));
        deliver(msg, customer.id, p);
        return send(p, { type: 'accepted', clientId: f.clientId, conversation: c.id, seq: msg.seq });
      }
      case 'ack':
        return acks.customer(customer.id, f.conversation, f.seq);
      case 'typing': {
        const c = store.openConversationOf(customer.id);
        if (c) toAgents({ type: 'typing', conversation: c.id, from: 'customer', name: customer.name, on: f.on });
        return;
      }
      case 'page':
        return store.setPage(customer.id, pageAddress(f.url) ?? '');
      case 'leave': {
        if (acceptedAgain(p, senderKey, f.clientId)) return;
        if (!withinQuota(p, f.clientId, { bytes: sizeOf(f), conversations: 1 })) return;
        store.setContact(customer.id, { name: f.name, email: f.email });
        const c = store.newConversation(customer.id, 'message', now());
        const { msg } = store.append({ conversation: c.id, sender: 'customer', senderKey, agentId: null, clientId: f.clientId, text: f.text, at: now() });
        send(p, { type: 'accepted', clientId: f.clientId, conversation: c.id, seq: msg.seq });
        conversationChanged(store.conversation(c.id));
        return toAgents(msg);
      }
      case 'callback': {
        if (acceptedAgain(p, senderKey, f.clientId)) return;
        const at = Date.parse(f.at);
        const rules = slotRules();
        if (!isSlotStart(at, rules) || at < now() + rules.leadMinutes * 60_000) return fail(p, 'bad_frame', 'that time is not one of the offered slots', f.clientId);
        // one time to come per visitor and per number: a visitor can not fill the agenda. An
        // agent may still book more for the same number.
        const phone = toE164(f.phone) ?? f.phone.trim();
        if (store.openBookingOf(customer.id, phone, now())) return fail(p, 'already_booked', 'there is already a time booked for this number; change it instead', f.clientId);
        if (!withinQuota(p, f.clientId, { bytes: Buffer.byteLength(f.note), conversations: 1, bookings: 1 })) return;
        store.setContact(customer.id, { name: f.name, phone, timeZone: f.timeZone ?? null });
        const c = store.bookCallback({ customerId: customer.id, at, capacity: rules.capacity, now: now(), owner: null, caseRef: null, note: f.note });
        if (!c) return fail(p, 'slot_full', 'that time was just taken; choose another', f.clientId);
        const { msg } = store.append({ conversation: c.id, sender: 'customer', senderKey, agentId: null, clientId: f.clientId, text: f.note, at: now() });
        send(p, { type: 'accepted', clientId: f.clientId, conversation: c.id, seq: msg.seq });
        conversationChanged(store.conversation(c.id));
        return toAgents(msg);
      }
      case 'slots': {
        const rules = slotRules();
        const window = slotWindow([f.date], rules.timeZone);
        const booked = store.bookedBetween(window.from, window.to);
        const slots = offeredSlots(f.date, rules, booked, now()).map(({ at, local, free }) => ({ at, local, free }));
        return send(p, { type: 'slots', date: f.date, slots });
      }
      case 'days': {
        const rules = slotRules();
        const window = slotWindow(daysFrom(today(now(), rules.timeZone), BOOKABLE_DAYS), rules.timeZone);
        return send(p, { type: 'days', days: bookableDays(now(), rules, store.bookedBetween(window.from, window.to), BOOKABLE_DAYS) });
      }
    }
  }

  /** The shop's callback rules, as Växel last told the relay. */
  function slotRules(): SlotRules {
    const shop = store.shop();
    return { timeZone: shop.timeZone, openingHours: shop.openingHours, holidays: shop.holidays, ...shop.callbacks };
  }

  // ---- the queue, told to every waiting customer ------------------------------------------

  let queueTimer: NodeJS.Timeout | null = null;
  let cached: { at: number; snap: ReturnType<typeof queueSnapshot> } | null = null;
  function snapshot(fresh = false) {
    if (fresh || !cached || now() - cached.at > 200) {
      const snap = queueSnapshot({
        now: now(),
        shop: store.shop(),
        agents: [...agents.values()].map((a) => ({ id: a.agent!.id, state: a.state, capacity: a.capacity })),
        activeByOwner: store.activeByOwner(),
        queued: store.queued(),
        recent: store.recentChats(),
      });
      cached = { at: now(), snap };
    }
    return cached.snap;
  }
  /** Changes come in bursts (a claim, a new chat, an agent online): tell the customers once. */
  function scheduleQueue(): void {
    if (queueTimer) return;
    queueTimer = setTimeout(() => {
      queueTimer = null;
      if (stopping) return;
      const snap = snapshot(true);
      for (const set of customers.values()) for (const c of set) sendQueue(c, snap);
    }, 200);
  }
  function sendQueue(p: Party, snap = snapshot()): void {
    if (!p.customer) return;
    const open = store.openConversationOf(p.customer.id);
    const place = open ? snap.places.get(open.id) : undefined;
    send(p, { type: 'queue', open: snap.open, reason: snap.reason, agentsOnline: snap.agentsOnline, freeSlots: snap.freeSlots, position: place?.position ?? null, waitSeconds: place?.waitSeconds ?? null });
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
      stopping = true;
      acks.flush();
      acks.stop();
      clearInterval(pinger);
      clearInterval(hourly);
      clearInterval(minutely);
      clearInterval(activityPruner);
      if (queueTimer) clearTimeout(queueTimer);
      for (const p of parties) p.ws.close(1001, 'relay stopping');
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}
