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
  /** Addresses and numbers the customer typed into the widget: shown, usable, but not proof of who they are. */
  unverified: Identity[];
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
  const getClaims = db.prepare<[string], Identity>('SELECT kind, value FROM customer_claims WHERE customer_id = ? ORDER BY kind, value');
  const insertClaim = db.prepare('INSERT OR IGNORE INTO customer_claims (customer_id, kind, value, created_at) VALUES (?, ?, ?, ?)');
  const deleteClaim = db.prepare('DELETE FROM customer_claims WHERE customer_id = ? AND kind = ? AND value = ?');
  const ownIdentity = db.prepare<[string, string, string], 1>('SELECT 1 FROM customer_identities WHERE customer_id = ? AND kind = ? AND value = ?').pluck();
  /** One customer's records handed to another: a visitor the agent recognised as a known customer. */
  const absorbStatements = [
    'UPDATE cases SET customer_id = @into WHERE customer_id = @from',
    'UPDATE callbacks SET customer_id = @into WHERE customer_id = @from',
    'UPDATE OR IGNORE customer_identities SET customer_id = @into WHERE customer_id = @from',
    'UPDATE OR IGNORE customer_claims SET customer_id = @into WHERE customer_id = @from',
    'DELETE FROM customer_identities WHERE customer_id = @from',
    'DELETE FROM customer_claims WHERE customer_id = @from',
    'DELETE FROM customers WHERE id = @from',
  ].map((sql) => db.prepare(sql));

  return {
    get(id: string): CustomerRecord | null {
      const row = getCustomer.get(id);
      if (!row) return null;
      return { id: row.id, name: row.name, createdAt: row.created_at, identities: getIdentities.all(id), unverified: getClaims.all(id) };
    },

    /**
     * What a visitor typed in the widget, kept beside the customer as unverified. It never finds
     * another customer: anyone can type a known customer's address. A value this customer already
     * has as an identity is not repeated.
     */
    claim(customerId: string, kind: 'email' | 'phone', value: string, now: number): void {
      const v = normalizeIdentity(kind, value);
      if (!v || ownIdentity.get(customerId, kind, v)) return;
      insertClaim.run(customerId, kind, v, now);
    },

    /**
     * The agent confirms a claim. When the address or number belongs to a known customer, this
     * customer (the visitor) becomes that one, with all their cases; otherwise the claim becomes
     * the customer's identity. Returns the customer the claim now belongs to. Runs in the caller's
     * transaction.
     */
    confirmClaim(customerId: string, kind: 'email' | 'phone', value: string, now: number): string {
      const v = normalizeIdentity(kind, value);
      deleteClaim.run(customerId, kind, v);
      const owner = byIdentity.get(kind, v)?.customer_id ?? null;
      if (owner && owner !== customerId) {
        const row = getCustomer.get(customerId);
        for (const st of absorbStatements) st.run({ into: owner, from: customerId });
        if (row?.name) setName.run(row.name, now, owner);
        return owner;
      }
      insertIdentity.run(kind, v, customerId);
      return customerId;
    },

    /** Another address or number for this customer (kept when it already belongs to someone). */
    addIdentity(customerId: string, kind: IdentityKind, value: string): void {
      const v = normalizeIdentity(kind, value);
      insertIdentity.run(kind, v, customerId);
      // the agent typed it: what the customer claimed is now the agent's word
      deleteClaim.run(customerId, kind, v);
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
