import { randomUUID } from 'node:crypto';
import { toE164 } from '../../../shared/domain/phone';
import type { Db } from './database';

export type IdentityKind = 'email' | 'chat' | 'phone';
export interface Identity {
  kind: IdentityKind;
  value: string;
}
export interface CustomerRecord {
  id: string;
  name: string;
  identities: Identity[];
  createdAt: number;
}

/** Identities are stored normalized so the same address always finds the same customer. */
export function normalizeIdentity(kind: IdentityKind, value: string): string {
  const v = value.trim();
  if (kind === 'email') return v.toLowerCase();
  if (kind === 'phone') return toE164(v) ?? v.replace(/[\s().-]/g, '');
  return v;
}

export function createCustomersRepo(db: Db) {
  const byIdentity = db.prepare<[string, string], { customer_id: string }>(
    'SELECT customer_id FROM customer_identities WHERE kind = ? AND value = ?',
  );
  const insertCustomer = db.prepare(
    'INSERT INTO customers (id, name, created_at, updated_at) VALUES (@id, @name, @now, @now)',
  );
  const insertIdentity = db.prepare(
    'INSERT OR IGNORE INTO customer_identities (kind, value, customer_id) VALUES (?, ?, ?)',
  );
  const getCustomer = db.prepare<[string], { id: string; name: string; created_at: number }>(
    'SELECT id, name, created_at FROM customers WHERE id = ?',
  );
  const getIdentities = db.prepare<[string], Identity>(
    'SELECT kind, value FROM customer_identities WHERE customer_id = ? ORDER BY kind, value',
  );
  const setName = db.prepare("UPDATE customers SET name = ?, updated_at = ? WHERE id = ? AND name = ''");

  return {
    get(id: string): CustomerRecord | null {
      const row = getCustomer.get(id);
      if (!row) return null;
      return { id: row.id, name: row.name, createdAt: row.created_at, identities: getIdentities.all(id) };
    },

    /** Another address or number for this customer (kept when it already belongs to someone). */
    addIdentity(customerId: string, kind: IdentityKind, value: string): void {
      insertIdentity.run(kind, normalizeIdentity(kind, value), customerId);
    },

    findByIdentity(kind: IdentityKind, value: string): string | null {
      return byIdentity.get(kind, normalizeIdentity(kind, value))?.customer_id ?? null;
    },

    /**
     * The customer behind any of these identities, or a new one. Identities not yet known are added
     * to that customer; a name fills in a customer that had none.
     */
    findOrCreate(input: { name: string; identities: Identity[] }, now: number): string {
      const ids = input.identities.map((i) => ({ kind: i.kind, value: normalizeIdentity(i.kind, i.value) }));
      let id: string | null = null;
      for (const i of ids) {
        id = byIdentity.get(i.kind, i.value)?.customer_id ?? null;
        if (id) break;
      }
      if (!id) {
        id = randomUUID();
        insertCustomer.run({ id, name: input.name, now });
      } else if (input.name) {
        setName.run(input.name, now, id);
      }
      for (const i of ids) insertIdentity.run(i.kind, i.value, id);
      return id;
    },
  };
}
export type CustomersRepo = ReturnType<typeof createCustomersRepo>;
