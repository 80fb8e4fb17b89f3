import type { QueueInfo, ShopConfig } from '../../shared/contract/relayProtocol';
import { estimateWaitSeconds } from '../../shared/domain/chatWait';
import { isOpenAt } from '../../shared/domain/openingHours';

export interface OnlineAgent {
  id: string;
  state: 'online' | 'away';
  capacity: number;
}

export interface QueueSnapshot {
  open: boolean;
  reason: QueueInfo['reason'];
  agentsOnline: number;
  freeSlots: number;
  /**
   * waiting customer's id → their queued chat's place (1 = next) and the estimate: told to every
   * connected customer on each change, so it is found without a query per customer
   */
  places: Map<string, { position: number; waitSeconds: number | null }>;
}

/** What every waiting customer is told: open or not, why, their place and an honest estimate. */
export function queueSnapshot(input: {
  now: number;
  shop: ShopConfig;
  agents: OnlineAgent[];
  activeByOwner: Map<string, number>;
  queued: Array<{ customer_id: string }>;
  recent: Array<{ claim_s: number; chat_s: number | null }>;
}): QueueSnapshot {
  const online = input.agents.filter((a) => a.state === 'online');
  const totalCapacity = online.reduce((s, a) => s + a.capacity, 0);
  const activeChats = online.reduce((s, a) => s + (input.activeByOwner.get(a.id) ?? 0), 0);
  const inHours = isOpenAt(input.now, input.shop.openingHours, input.shop.timeZone, input.shop.holidays);
  const recentClaimSeconds = input.recent.map((r) => r.claim_s).filter((s) => s >= 0);
  const recentChatSeconds = input.recent.flatMap((r) => (r.chat_s !== null && r.chat_s >= 0 ? [r.chat_s] : []));
  const places = new Map<string, { position: number; waitSeconds: number | null }>();
  input.queued.forEach((q, i) => {
    const position = i + 1;
    places.set(q.customer_id, {
      position,
      waitSeconds: estimateWaitSeconds({ position, agentsOnline: online.length, totalCapacity, activeChats, recentChatSeconds, recentClaimSeconds }),
    });
  });
  return {
    open: inHours && online.length > 0,
    reason: !inHours ? 'closed' : online.length === 0 ? 'noAgents' : null,
    agentsOnline: online.length,
    freeSlots: Math.max(0, totalCapacity - activeChats),
    places,
  };
}
