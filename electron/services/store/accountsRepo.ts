import { randomUUID } from 'node:crypto';
import type { Account } from '../../../shared/contract/api';
import type { Db } from './database';

export type AccountConfig = Omit<Account, 'id' | 'kind' | 'label' | 'hasSecret' | 'createdAt' | 'demo'> & { demo?: boolean };

interface AccountRow {
  id: string;
  label: string;
  config: string;
  has_secret: number;
  created_at: number;
}

function toAccount(r: AccountRow): Account {
  const c = JSON.parse(r.config) as AccountConfig;
  return { id: r.id, kind: 'mail', label: r.label, ...c, demo: c.demo === true, hasSecret: r.has_secret === 1, createdAt: r.created_at };
}

/** Mail accounts; the secret column holds only what the secret box sealed. */
export function createAccountsRepo(db: Db) {
  const SELECT = 'SELECT id, label, config, secret IS NOT NULL AS has_secret, created_at FROM accounts';
  const list = db.prepare<[], AccountRow>(`${SELECT} ORDER BY created_at, id`);
  const byId = db.prepare<[string], AccountRow>(`${SELECT} WHERE id = ?`);
  const upsert = db.prepare(`INSERT INTO accounts (id, kind, label, config, secret, created_at, updated_at)
    VALUES (@id, 'mail', @label, @config, @secret, @now, @now)
    ON CONFLICT(id) DO UPDATE SET label = excluded.label, config = excluded.config,
      secret = coalesce(excluded.secret, accounts.secret), updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM accounts WHERE id = ?');
  const secret = db.prepare<[string], { secret: Buffer | null }>('SELECT secret FROM accounts WHERE id = ?');

  return {
    list: (): Account[] => list.all().map(toAccount),
    get: (id: string): Account | null => {
      const r = byId.get(id);
      return r ? toAccount(r) : null;
    },
    save(id: string | undefined, label: string, config: AccountConfig, sealedSecret: Buffer | null, now: number): Account {
      const key = id ?? randomUUID();
      upsert.run({ id: key, label, config: JSON.stringify(config), secret: sealedSecret, now });
      return toAccount(byId.get(key)!);
    },
    remove: (id: string): boolean => remove.run(id).changes > 0,
    sealedSecret: (id: string): Buffer | null => secret.get(id)?.secret ?? null,
  };
}
export type AccountsRepo = ReturnType<typeof createAccountsRepo>;
