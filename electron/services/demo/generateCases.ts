import type { CaseStatus } from '../../../shared/domain/cases';
import type { Clock } from '../../../shared/domain/clock';
import type { Db } from '../store/database';
import type { Repositories } from '../store/repositories';
import { DEMO_CASES, insertCaseWithHistory } from './seedDemo';

const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Anders', 'Eva', 'Johan', 'Emma', 'Oskar', 'Sara', 'Ali', 'Fatima', 'James', 'Olivia', 'Noah', 'Chloe', 'Lukas', 'Ingrid', 'Björn', 'Åsa', 'Örjan'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Smith', 'Jones', 'Brown', 'Müller', 'Hassan', 'Lindqvist', 'Åberg', 'Öhman'];

/** A small deterministic PRNG so generated stores are the same run after run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Many realistic cases for load and bench runs: the demo cases varied by customer, order number,
 * status and age over the past year. Deterministic for a given seed.
 */
export function generateCases(d: { db: Db; repos: Repositories; clock: Clock }, count: number, seed = 1): number {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const now = d.clock.now();
  const targets = d.repos.settings.get().slaTargets;
  const batch = 2000;
  for (let done = 0; done < count; done += batch) {
    d.db.transaction(() => {
      for (let i = done; i < Math.min(count, done + batch); i++) {
        const base = pick(DEMO_CASES);
        const name = `${pick(FIRST)} ${pick(LAST)}`;
        const order = String(10000 + Math.floor(rnd() * 90000));
        const r = rnd();
        const status: CaseStatus = r < 0.7 ? 'resolved' : r < 0.9 ? 'open' : 'waiting';
        const age = Math.floor(rnd() * 525_600); // minutes in a year
        const c = {
          ...base,
          status,
          customer: {
            name,
            ...(base.customer.email ? { email: `${name.toLowerCase().replace(/[^a-z]/g, '.')}.${i}@example.se` } : {}),
            ...(base.customer.phone ? { phone: `+4670${String(1000000 + i).slice(-7)}` } : {}),
          },
          messages: base.messages.map((m) => ({ ...m, text: m.text.replace(/\b1\d{4}\b/g, order) })),
        };
        insertCaseWithHistory(d, c, (min) => now - (age + min) * 60_000, targets);
      }
    })();
  }
  return count;
}
