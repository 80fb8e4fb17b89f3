import type { Db } from './database';

export interface SmsGatewayRow {
  provider: '46elks';
  base_url: string;
  username: string;
  secret: Buffer;
  sender: string;
}

/** The shop's SMS gateway and the numbers that asked for no more SMS. */
export function createSmsRepo(db: Db) {
  const get = db.prepare<[], SmsGatewayRow>('SELECT provider, base_url, username, secret, sender FROM sms_gateway WHERE id = 1');
  const put = db.prepare(`INSERT INTO sms_gateway (id, provider, base_url, username, secret, sender, updated_at) VALUES (1, @provider, @base_url, @username, @secret, @sender, @now)
    ON CONFLICT(id) DO UPDATE SET provider = excluded.provider, base_url = excluded.base_url, username = excluded.username, secret = excluded.secret, sender = excluded.sender, updated_at = excluded.updated_at`);
  const del = db.prepare('DELETE FROM sms_gateway WHERE id = 1');
  const optOut = db.prepare('INSERT OR IGNORE INTO sms_optouts (phone, word, at) VALUES (?, ?, ?)');
  const isOptedOut = db.prepare<[string], number>('SELECT count(*) FROM sms_optouts WHERE phone = ?').pluck();
  const awaitingReceipt = db.prepare<[], { uid: string; payload: string; case_id: string | null }>(
    "SELECT uid, payload, case_id FROM outbox WHERE channel = 'sms' AND state = 'sent' AND coalesce(json_extract(payload, '$.receipt'), 'created') NOT IN ('delivered', 'failed') ORDER BY id LIMIT 100",
  );
  const getSince = db.prepare<[], string>("SELECT value FROM sync_state WHERE account_id = 'sms' AND scope = 'poll' AND key = 'incomingSince'").pluck();
  const setSince = db.prepare("INSERT INTO sync_state (account_id, scope, key, value) VALUES ('sms', 'poll', 'incomingSince', ?) ON CONFLICT DO UPDATE SET value = excluded.value");
  return {
    /** Incoming SMS up to this instant have been read. */
    incomingSince: (): number | null => {
      const v = getSince.get();
      return v === undefined ? null : Number(v);
    },
    setIncomingSince: (at: number) => void setSince.run(String(at)),
    gateway: (): SmsGatewayRow | null => get.get() ?? null,
    saveGateway: (g: SmsGatewayRow, now: number) => void put.run({ ...g, now }),
    removeGateway: () => void del.run(),
    optOut: (phone: string, word: string, at: number) => optOut.run(phone, word, at).changes === 1,
    isOptedOut: (phone: string) => (isOptedOut.get(phone) ?? 0) > 0,
    awaitingReceipt: () => awaitingReceipt.all(),
  };
}
export type SmsRepo = ReturnType<typeof createSmsRepo>;
