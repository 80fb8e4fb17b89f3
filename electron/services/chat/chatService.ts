import { randomBytes } from 'node:crypto';
import type { ChatStatus } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/errors';
import type { AgentInfo, CaseActivity, RelayFrame, ShopConfig } from '../../../shared/contract/relayProtocol';
import type { Clock } from '../../../shared/domain/clock';
import type { EventHub } from '../events/eventHub';
import type { Logger } from '../logger';
import type { AttachmentStore } from '../mail/attachmentStore';
import type { SecretBox } from '../secrets/secretBox';
import type { Db } from '../store/database';
import type { Repositories } from '../store/repositories';
import { storeConversation, storeRelayMessage } from './chatIngest';
import { chatPayload, CHAT_CHANNEL, PERMANENT_FAILURE_AT } from './chatOutbox';
import { connectRelay, type RelayConnection, type RelayConnectionOptions, type RelayLinkState } from './relayConnection';

export interface ChatServiceDeps {
  db: Db;
  repos: Repositories;
  clock: Clock;
  events: EventHub;
  secrets: SecretBox;
  attachments: AttachmentStore;
  logger: Logger;
  /** Tests shorten the reconnect delays and the silence that counts as a dead line. */
  tuning?: Pick<RelayConnectionOptions, 'backoffMs' | 'silenceMs'>;
  /** Who is on which shared case, as the relay tells it (team/teamPresence.ts). */
  onActivity?(entries: CaseActivity[]): void;
  /**
   * A gateway callback the relay kept for this laptop (Sinch: a report, a reply, a tap). It is
   * acknowledged once this resolves; a failure leaves it with the relay for the next connection.
   */
  onProviderEvent?(body: string): Promise<void>;
  /** A customer booked a callback from the widget: the callbacks confirm it (one laptop does). */
  onWidgetBooking?(callbackId: string): void;
}

export interface ChatService {
  start(): void;
  /** The relay settings changed: reconnect with the new ones (or stop, when removed). */
  reload(): void;
  status(): ChatStatus;
  /** Send what waits in the chat outbox, in order. */
  flush(): void;
  /** A command that needs the relay's answer (claim, transfer, close, shop). */
  request(frame: { type: string; [k: string]: unknown }): Promise<{ conversation?: string | undefined; link?: string | undefined }>;
  typing(conversation: string, on: boolean): void;
  setPresence(state: 'online' | 'away', capacity: number): void;
  pushShop(config: ShopConfig): void;
  /** Tell the other agents what this one does on a shared case; false when the line is down. */
  sendActivity(caseKey: string | null, activity: CaseActivity['activity'] | null): boolean;
  online(): boolean;
  stop(): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 10_000;
/** Codes after which sending the same line again can not help. */
const PERMANENT = new Set(['closed', 'not_owner', 'not_found', 'bad_frame', 'forbidden', 'too_large']);

/**
 * The chat channel: one line to the relay; conversations and messages from it stored as cases
 * (each once, acknowledged only after it is committed); the agent's lines sent from the outbox in
 * the order they were written, each once, whenever the line is up.
 */
export function createChatService(d: ChatServiceDeps): ChatService {
  let conn: RelayConnection | null = null;
  let state: RelayLinkState | 'off' = 'off';
  let detail: string | null = null;
  let agents: AgentInfo[] = [];
  let running = false;
  /** Outbox lines sent on this connection and not yet accepted. */
  let inFlight = new Set<string>();
  /** Shop settings changed while the line was down: told to the relay when it is back. */
  let pendingShop: ShopConfig | null = null;
  let providerChain: Promise<void> = Promise.resolve();
  const waiting = new Map<string, { resolve(r: { conversation?: string | undefined; link?: string | undefined }): void; reject(e: Error): void; timer: NodeJS.Timeout }>();

  const config = () => d.repos.chat.relay();
  const status = (): ChatStatus => {
    const c = config();
    return {
      configured: !!c,
      url: c?.url ?? null,
      state,
      detail,
      me: c?.agent_id ? { id: c.agent_id, name: c.agent_name ?? '' } : null,
      presence: c?.presence ?? 'online',
      capacity: c?.capacity ?? 3,
      agents,
    };
  };
  const publish = () => {
    // the app's one status (online, outbox) is made from this by app/statusAggregator.ts
    d.events.emit('chatStatusChanged', status());
  };

  function onFrame(f: RelayFrame): void {
    switch (f.type) {
      case 'welcome':
        d.repos.chat.setMe(f.you.id, f.you.name);
        inFlight = new Set();
        if (pendingShop && conn?.send({ type: 'shop', config: pendingShop })) pendingShop = null;
        publish();
        return service.flush();
      case 'agents': {
        agents = f.agents;
        // the relay took the name from Settings: this laptop knows itself by it too
        const me = d.repos.chat.relay();
        const mine = me?.agent_id ? f.agents.find((a) => a.id === me.agent_id) : undefined;
        if (mine && me && mine.name !== me.agent_name) d.repos.chat.setMe(mine.id, mine.name);
        return publish();
      }
      case 'activity':
        return d.onActivity?.(f.entries);
      case 'provider': {
        if (!d.onProviderEvent) return;
        // one at a time and in order: a report must not overtake the reply it follows
        const seq = f.seq;
        providerChain = providerChain
          .then(() => d.onProviderEvent!(f.body))
          .then(
            () => void conn?.send({ type: 'providerAck', seq }),
            (e: unknown) => d.logger.warn('a gateway callback could not be handled; the relay keeps it', { seq, error: String(e) }),
          );
        return;
      }
      case 'conversation': {
        const r = d.db.transaction(() => storeConversation(d, f.conversation))();
        d.events.emit('casesChanged', { ids: [r.caseId] });
        if (r.isNew && f.conversation.kind === 'callback' && !f.conversation.caseRef && f.conversation.callbackStatus === 'booked') d.onWidgetBooking?.(f.conversation.id);
        return;
      }
      case 'msg': {
        const r = d.db.transaction(() => storeRelayMessage(d, f))();
        if (!r) return; // not ours to know yet: the relay sends it again with its conversation
        conn?.send({ type: 'ack', conversation: f.conversation, seq: f.seq });
        if (!r.fresh) return;
        d.events.emit('casesChanged', { ids: [r.caseId] });
        if (f.from === 'customer') {
          const c = d.repos.cases.get(r.caseId);
          d.events.emit('chatArrived', { caseId: r.caseId, number: c?.number ?? 0, customerName: c?.customer_name ?? '', text: f.text.slice(0, 200), channel: c?.channel ?? 'chat' });
        }
        return;
      }
      case 'accepted': {
        inFlight.delete(f.clientId);
        // the relay does not echo our own line: its seq comes here
        d.repos.chat.setSeq(f.conversation, f.seq);
        const row = d.repos.outbox.get(f.clientId);
        if (row && row.state !== 'sent') {
          d.repos.outbox.markSent(f.clientId, d.clock.now());
          d.events.emit('casesChanged', { ids: row.case_id ? [row.case_id] : [] });
          publish();
        }
        return;
      }
      case 'typing': {
        const conv = d.repos.chat.conversation(f.conversation);
        if (conv && f.from === 'customer') d.events.emit('chatTyping', { caseId: conv.case_id, name: f.name, on: f.on });
        return;
      }
      case 'ok': {
        const w = waiting.get(f.ref);
        if (w) {
          clearTimeout(w.timer);
          waiting.delete(f.ref);
          w.resolve({ conversation: f.conversation, link: f.link });
        }
        return;
      }
      case 'error': {
        if (!f.ref) return d.logger.warn('relay error', { code: f.code, message: f.message });
        const w = waiting.get(f.ref);
        if (w) {
          clearTimeout(w.timer);
          waiting.delete(f.ref);
          return w.reject(relayRefusal(f.code, f.message));
        }
        const row = d.repos.outbox.get(f.ref);
        if (row && row.state !== 'sent') {
          inFlight.delete(f.ref);
          const permanent = PERMANENT.has(f.code);
          const now = d.clock.now();
          d.repos.outbox.markFailed(f.ref, now, f.message, permanent ? PERMANENT_FAILURE_AT : now + 5000);
          d.events.emit('casesChanged', { ids: row.case_id ? [row.case_id] : [] });
          publish();
        }
        return;
      }
      default:
        return;
    }
  }

  let generation = 0;
  function connect(): void {
    const gen = ++generation;
    conn?.stop();
    conn = null;
    agents = [];
    const c = config();
    if (!c || !running) {
      state = 'off';
      detail = null;
      return publish();
    }
    let token: string;
    try {
      token = d.secrets.open(c.secret);
    } catch (e) {
      state = 'unauthorized';
      detail = `the stored token can not be read: ${(e as Error).message}`;
      return publish();
    }
    conn = connectRelay({
      url: c.url,
      token,
      ...d.tuning,
      presence: () => {
        const now = config();
        const name = d.repos.settings.get().agentName.trim();
        return { state: now?.presence ?? 'online', capacity: now?.capacity ?? 3, ...(name ? { name } : {}) };
      },
      onFrame: (f) => {
        if (gen !== generation) return; // a line from before the settings changed
        try {
          onFrame(f);
        } catch (e) {
          d.logger.error('chat frame failed', { type: f.type, error: String(e) });
        }
      },
      onState: (s, why) => {
        if (gen !== generation) return;
        state = s;
        detail = why;
        if (s !== 'online') {
          agents = [];
          for (const [ref, w] of waiting) {
            clearTimeout(w.timer);
            waiting.delete(ref);
            w.reject(new AppError('RELAY_OFFLINE', 'the chat relay went away before it answered'));
          }
        }
        publish();
      },
    });
  }

  const service: ChatService = {
    start() {
      running = true;
      connect();
    },
    reload() {
      if (running) connect();
      else publish();
    },
    status,
    online: () => !config() || state === 'online',
    flush() {
      if (!conn?.isOnline()) return;
      const now = d.clock.now();
      // a line waiting for a retry holds back the later lines of its chat: the customer reads them in order
      const held = new Set<string>();
      for (const row of d.repos.outbox.pendingInOrder(CHAT_CHANNEL)) {
        const payload = chatPayload(row.payload);
        if (!payload || held.has(payload.conversation)) continue;
        if (row.not_before > now) {
          if (row.not_before !== PERMANENT_FAILURE_AT) held.add(payload.conversation);
          continue;
        }
        if (inFlight.has(row.uid)) continue;
        if (row.state !== 'sending') d.repos.outbox.markSending(row.uid, now);
        if (!conn.send({ type: 'say', ...payload })) return;
        inFlight.add(row.uid);
      }
    },
    request(frame) {
      if (!conn?.isOnline()) return Promise.reject(new AppError('RELAY_OFFLINE', 'the chat relay can not be reached now'));
      const ref = randomBytes(8).toString('hex');
      return new Promise<{ conversation?: string | undefined; link?: string | undefined }>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(ref);
          reject(new AppError('RELAY_OFFLINE', 'the chat relay did not answer in time'));
        }, REQUEST_TIMEOUT_MS);
        waiting.set(ref, { resolve, reject, timer });
        conn!.send({ ...frame, ref });
      });
    },
    typing(conversation, on) {
      conn?.send({ type: 'typing', conversation, on });
    },
    setPresence(presence, capacity) {
      d.repos.chat.setPresence(presence, capacity, d.clock.now());
      const name = d.repos.settings.get().agentName.trim();
      conn?.send({ type: 'presence', state: presence, capacity, ...(name ? { name } : {}) });
      publish();
    },
    sendActivity(caseKey, activity) {
      return conn?.send({ type: 'activity', caseKey, activity }) ?? false;
    },
    pushShop(config) {
      pendingShop = conn?.send({ type: 'shop', config }) ? null : config;
    },
    async stop() {
      running = false;
      generation++;
      conn?.stop();
      conn = null;
      state = 'off';
    },
  };
  return service;
}

/** The relay's refusal of a command, as the window words it: who got there first, or a full slot. */
function relayRefusal(code: string, message: string): AppError {
  if (code === 'already_claimed' || code === 'not_owner') return new AppError('CONFLICT', message, { reason: 'chatClaimed' });
  if (code === 'slot_full') return new AppError('CONFLICT', message, { reason: 'slotFull' });
  return new AppError(code === 'not_found' ? 'NOT_FOUND' : 'INVALID_INPUT', message);
}
