import { stepwiseSweep } from './stepwiseSweep';

/**
 * How much one visitor may make the relay store, over a rolling window: bytes (text and pictures),
 * new conversations, and callback bookings. Each is counted twice, per session and per address,
 * because a script can start a new session for every connection but not easily a new address.
 *
 * Counts live in memory, in one-minute buckets: a restart forgets them, which only gives an
 * abuser one fresh window, and keeps visitors' addresses out of the database.
 */
export interface QuotaLimits {
  /** The rolling window the quotas below are counted over. */
  quotaWindowMs: number;
  bytesPerSession: number;
  bytesPerAddress: number;
  conversationsPerSession: number;
  conversationsPerAddress: number;
  /** Bookings from the widget per address (one session may hold one open booking at a time). */
  bookingsPerAddress: number;
}

export type QuotaKind = 'bytes' | 'conversations' | 'bookings';

const BUCKET_MS = 60_000;

/** What a visitor is charged for; null means nothing of that kind. */
export interface Charge {
  bytes?: number;
  conversations?: number;
  bookings?: number;
}

export function usageQuotas(limits: QuotaLimits, now: () => number) {
  /** key ('s:<customer>' or 'a:<address>') → kind → [bucket start, amount][] oldest first */
  const used = new Map<string, Map<QuotaKind, Array<[number, number]>>>();

  const cap = (key: string, kind: QuotaKind): number => {
    const session = key.startsWith('s:');
    if (kind === 'bytes') return session ? limits.bytesPerSession : limits.bytesPerAddress;
    if (kind === 'conversations') return session ? limits.conversationsPerSession : limits.conversationsPerAddress;
    return session ? Infinity : limits.bookingsPerAddress;
  };

  function total(key: string, kind: QuotaKind, t: number): number {
    const buckets = used.get(key)?.get(kind);
    if (!buckets) return 0;
    while (buckets.length && t - buckets[0]![0] >= limits.quotaWindowMs) buckets.shift();
    return buckets.reduce((s, [, n]) => s + n, 0);
  }

  /** A key whose every count has left the window is forgotten, so a scan of addresses does not grow the map. */
  function forgotten(key: string, kinds: Map<QuotaKind, Array<[number, number]>>, t: number): boolean {
    for (const kind of kinds.keys()) if (total(key, kind, t) === 0) kinds.delete(kind);
    return kinds.size === 0;
  }
  // a charge adds at most two keys (its session and its address); each looks at four
  const sweepStep = stepwiseSweep(used, (kinds, key) => forgotten(key, kinds, now()), 4);
  function prune(): void {
    const t = now();
    for (const [key, kinds] of used) if (forgotten(key, kinds, t)) used.delete(key);
  }

  return {
    /**
     * Charge the session and the address together, or neither: returns the kind that would go over
     * its quota (nothing is counted then), or null when the charge was taken.
     */
    charge(customerId: string, address: string, c: Charge): QuotaKind | null {
      sweepStep();
      const t = now();
      const keys = [`s:${customerId}`, `a:${address}`];
      const kinds = (Object.keys(c) as QuotaKind[]).filter((k) => (c[k] ?? 0) > 0);
      for (const kind of kinds) for (const key of keys) if (total(key, kind, t) + c[kind]! > cap(key, kind)) return kind;
      const bucket = t - (t % BUCKET_MS);
      for (const kind of kinds) {
        for (const key of keys) {
          const kindsOf = used.get(key) ?? new Map<QuotaKind, Array<[number, number]>>();
          used.set(key, kindsOf);
          const buckets = kindsOf.get(kind) ?? [];
          kindsOf.set(kind, buckets);
          const last = buckets.at(-1);
          if (last && last[0] === bucket) last[1] += c[kind]!;
          else buckets.push([bucket, c[kind]!]);
        }
      }
      return null;
    },
    prune,
    /** How many sessions and addresses are remembered (for tests). */
    remembered: () => used.size,
  };
}
export type UsageQuotas = ReturnType<typeof usageQuotas>;
