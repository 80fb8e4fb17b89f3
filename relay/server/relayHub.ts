import type { AgentInfo, ConversationInfo, RelayErrorCode, RelayFrame, RelayMsg } from '../../shared/contract/relayProtocol';
import type { SlotRules } from '../../shared/domain/callbackSlots';
import { safeImageName, sniffImageType, type ImageType } from '../../shared/domain/imageCheck';
import type { ProviderEventRow } from '../store/providerEvents';
import type { AgentRow, RelayStore } from '../store/relayStore';
import { caseActivityBoard } from './caseActivity';
import { coalescedAcks } from './coalescedAcks';
import type { RelayLimits } from './limits';
import type { Party } from './party';
import { usageQuotas } from './quotas';
import { queueSnapshot } from './queueStatus';
import { systemText } from './systemTexts';

export interface RelayHubOptions {
  store: RelayStore;
  now: () => number;
  limits: RelayLimits;
  log: (line: string) => void;
  /** The relay's address as customers reach it, for self-service links. */
  publicUrl: () => string;
}

/**
 * What every part of the relay shares: who is connected and how to reach them, and what follows
 * any change (the agents told, the queue told again to the waiting customers). The commands
 * (agentCommands.ts, customerCommands.ts) act through it; relayServer.ts owns the sockets.
 */
export function createRelayHub(o: RelayHubOptions) {
  const { store, now, limits, log } = o;
  const quotas = usageQuotas(limits, now);
  const parties = new Set<Party>();
  const agents = new Map<string, Party>();
  const customers = new Map<string, Set<Party>>();
  // Acknowledgements only move cursors: kept in memory and written together every 250 ms, so a
  // busy chat costs one write per line, not two. Losing some in a crash only means a resend,
  // which the clients drop by seq.
  const acks = coalescedAcks(store, 250);
  let stopping = false;

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
    const place = snap.places.get(p.customer.id);
    send(p, { type: 'queue', open: snap.open, reason: snap.reason, agentsOnline: snap.agentsOnline, freeSlots: snap.freeSlots, position: place?.position ?? null, waitSeconds: place?.waitSeconds ?? null });
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


  const providerFrame = (row: ProviderEventRow): RelayFrame => ({ type: 'provider', seq: row.seq, provider: 'sinch', body: row.body, at: row.received_at });

  return {
    store,
    now,
    limits,
    log,
    quotas,
    parties,
    agents,
    customers,
    acks,
    activity,
    publicUrl: o.publicUrl,
    send,
    fail,
    toAgents,
    toCustomer,
    announceAgents,
    announceActivity,
    takeName,
    conversationChanged,
    deliver,
    systemMessage,
    acceptedAgain,
    checkedImage,
    slotRules,
    scheduleQueue,
    sendQueue,
    providerFrame,
    isStopping: () => stopping,
    /** No more broadcasts: the relay is closing. */
    stop(): void {
      stopping = true;
      if (queueTimer) clearTimeout(queueTimer);
    },
  };
}
export type RelayHub = ReturnType<typeof createRelayHub>;
