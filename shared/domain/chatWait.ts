import { median } from './median';

/**
 * How long a customer who waits for a chat will wait, told honestly: from the queue ahead of
 * them, the agents online and how many chats each takes at once, and how long this shop's recent
 * chats have lasted. Returns null when no estimate can be given (nobody online).
 */
export interface WaitInputs {
  /** 1 = next to be answered */
  position: number;
  agentsOnline: number;
  /** The sum of the online agents' concurrent capacity. */
  totalCapacity: number;
  /** Chats the online agents have now. */
  activeChats: number;
  /** Recent finished chats, claim to close, in seconds (newest first; a few dozen is plenty). */
  recentChatSeconds: readonly number[];
  /** Recent waits from arrival to claim, in seconds. */
  recentClaimSeconds: readonly number[];
}

export { median };

/** Used until the shop has its own history. */
export const DEFAULT_CHAT_SECONDS = 8 * 60;
export const DEFAULT_CLAIM_SECONDS = 30;

export function estimateWaitSeconds(w: WaitInputs): number | null {
  if (w.agentsOnline <= 0 || w.totalCapacity <= 0) return null;
  const claim = median(w.recentClaimSeconds) ?? DEFAULT_CLAIM_SECONDS;
  const free = Math.max(0, w.totalCapacity - w.activeChats);
  if (w.position <= free) return Math.round(claim);
  // Everyone ahead of the free places waits for a chat to end; chats end at capacity / duration.
  const chatSeconds = median(w.recentChatSeconds) ?? DEFAULT_CHAT_SECONDS;
  const ahead = w.position - free;
  return Math.round(claim + (ahead * chatSeconds) / w.totalCapacity);
}

/** The estimate as the widget shows it: whole minutes, rounded up, "less than a minute" below 60 s. */
export function waitMinutes(seconds: number): number {
  return seconds < 60 ? 0 : Math.ceil(seconds / 60);
}
