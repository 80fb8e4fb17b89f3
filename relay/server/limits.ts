import type { QuotaLimits } from './quotas';
import { stepwiseSweep } from './stepwiseSweep';

/** Limits that keep one visitor, one script or one address from taking the relay down. */
export interface RelayLimits extends QuotaLimits {
  /** Frames allowed per second per connection, on average, and in one burst. */
  framesPerSecond: number;
  frameBurst: number;
  /** Agents are known by their token and acknowledge every line of every chat: a larger budget. */
  agentFramesPerSecond: number;
  agentFrameBurst: number;
  /** Frames dropped for the rate before the connection is closed (4429). */
  maxRateStrikes: number;
  /** Malformed frames before the connection is closed (4400). */
  maxBadFrames: number;
  /** Open connections from one IP address at a time, and new ones per minute. */
  maxConnectionsPerIp: number;
  connectionsPerIpPerMinute: number;
  /** A connection must say hello within this time (4408). */
  helloTimeoutMs: number;
  /** Pings go out at this interval; a connection that missed the last pong is dropped. */
  pingIntervalMs: number;
  /** A customer connection that sends nothing for this long is closed (4409). */
  customerIdleMs: number;
  /** Pictures in chats are deleted from the relay after this many days (the laptops keep their copies). */
  imageRetentionDays: number;
}

export const DEFAULT_LIMITS: RelayLimits = {
  framesPerSecond: 10,
  frameBurst: 40,
  agentFramesPerSecond: 1000,
  agentFrameBurst: 5000,
  maxRateStrikes: 50,
  maxBadFrames: 10,
  maxConnectionsPerIp: 30,
  connectionsPerIpPerMinute: 120,
  helloTimeoutMs: 10_000,
  pingIntervalMs: 25_000,
  customerIdleMs: 30 * 60_000,
  // A real visitor writes a few lines and perhaps sends a photo of a broken part; these leave
  // room for that many times over and stop a script after a few megabytes.
  quotaWindowMs: 3_600_000,
  bytesPerSession: 10 * 1024 * 1024,
  bytesPerAddress: 40 * 1024 * 1024,
  conversationsPerSession: 6,
  conversationsPerAddress: 30,
  bookingsPerAddress: 4,
  imageRetentionDays: 30,
};

/** A token bucket: `take()` is true while the connection is within its rate. */
export function tokenBucket(perSecond: number, burst: number, now: () => number) {
  let tokens = burst;
  let last = now();
  return {
    take(): boolean {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/**
 * The client's address. Behind the shop's own reverse proxy (`--trust-proxy`) it is the one that
 * proxy appended: the last entry of X-Forwarded-For. Everything to its left came from the client,
 * who can write anything there, so it is never used.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustProxy: boolean): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const appended = trustProxy ? header.split(',').map((s) => s.trim()).filter(Boolean).at(-1) : undefined;
  return appended || socketAddress || 'unknown';
}

/** Open connections and recent connection attempts per IP address. */
export function ipGate(limits: Pick<RelayLimits, 'maxConnectionsPerIp' | 'connectionsPerIpPerMinute'>, now: () => number) {
  const open = new Map<string, number>();
  const recent = new Map<string, number[]>();
  /** Addresses not seen for a minute are forgotten, so a scan of many addresses does not grow the map for ever. */
  const quiet = (times: number[], t: number) => times.every((x) => t - x >= 60_000);
  // a connection adds at most one address; each looks at two
  const sweepStep = stepwiseSweep(recent, (times) => quiet(times, now()), 2);
  const prune = () => {
    const t = now();
    for (const [ip, times] of recent) if (quiet(times, t)) recent.delete(ip);
  };
  return {
    /** Why this address may not open another connection now, or null. */
    refuse(ip: string): string | null {
      sweepStep();
      if ((open.get(ip) ?? 0) >= limits.maxConnectionsPerIp) return 'too many open connections from this address';
      const t = now();
      const times = (recent.get(ip) ?? []).filter((x) => t - x < 60_000);
      if (times.length >= limits.connectionsPerIpPerMinute) {
        recent.set(ip, times);
        return 'too many new connections from this address';
      }
      times.push(t);
      recent.set(ip, times);
      return null;
    },
    opened: (ip: string) => void open.set(ip, (open.get(ip) ?? 0) + 1),
    closed(ip: string) {
      const n = (open.get(ip) ?? 1) - 1;
      if (n <= 0) open.delete(ip);
      else open.set(ip, n);
    },
    openFrom: (ip: string) => open.get(ip) ?? 0,
    prune,
    /** How many addresses the gate remembers (for tests). */
    remembered: () => recent.size,
  };
}
