import { randomUUID } from 'node:crypto';
import type { Account } from '../../../shared/contract/api';
import type { Db } from './database';

interface AccountConfig {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  username: string;
}
interface AccountRow {
  id: string;
  kind: 'imap' | 'smtp';
  label: string;
  config: string;
  has_secret: number;
  created_at: number;
}

export interface AccountInput extends AccountConfig {
  id?: string;
  kind: 'imap' | 'smtp';
  label: string;
}

function toAccount(r: AccountRow): Account {
  const c = JSON.parse(r.config) as AccountConfig;
  return { id: r.id, kind: r.kind, label: r.label, ...c, hasSecret: r.has_secret === 1, createdAt: r.created_at };
}

/** Mail accounts; the secret column holds only what the secret box sealed. */
export function createAccountsRepo(db: Db) {
  const SELECT = 'SELECT id, kind, label, config, secret IS NOT NULL AS has_secret, created_at FROM accounts';
  const list = db.prepare<[], AccountRow>(`${SELECT} ORDER BY created_at, id`);
  const byId = db.prepare<[string], AccountRow>(`${SELECT} WHERE id = ?`);
  const upsert = db.prepare(`INSERT INTO accounts (id, kind, label, config, secret, created_at, updated_at)
    VALUES (@id, @kind, @label, @config, @secret, @now, @now)
    ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, label = excluded.label, config = excluded.config,
      secret = coalesce(excluded.secret, accounts.secret), updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM accounts WHERE id = ?');
  const secret = db.prepare<[string], { secret: Buffer | null }>('SELECT secret FROM accounts WHERE id = ?');

  return {
    list: (): Account[] => list.all().map(toAccount),
    get: (id: string): Account | null => {
      const r = byId.get(id);
      return r ? toAccount(r) : null;
    },
    save(input: AccountInput, sealedSecret: Buffer | null, now: number): Account {
      const id = input.id ?? randomUUID();
      const config: AccountConfig = { host: input.host, port: input.port, security: input.security, username: input.username };
      upsert.run({ id, kind: input.kind, label: input.label, config: JSON.stringify(config), secret: sealedSecret, now });
      return toAccount(byId.get(id)!);
    },
    remove: (id: string): boolean => remove.run(id).changes > 0,
    sealedSecret: (id: string): Buffer | null => secret.get(id)?.secret ?? null,
  };
}
export type AccountsRepo = ReturnType<typeof createAccountsRepo>;
