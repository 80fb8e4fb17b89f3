import type { Db } from './database';

export interface SmsGatewayRow {
  /** 'demo': the demo's own gateway, which sends nothing (demo/seedDemo.ts). */
  provider: '46elks' | 'sinch' | 'demo';
  base_url: string;
  /** 46elks: the API username. Sinch: the access key's id. */
  username: string;
  /** Sealed by the secret box: 46elks's API password, or Sinch's access key secret. */
  secret: Buffer;
  sender: string;
  /** Sinch only: the project, the Conversation API app, and the OAuth2 token address. */
  project_id: string | null;
  app_id: string | null;
  auth_url: string | null;
}

/** The shop's SMS gateway and the numbers that asked for no more SMS. */
export function createSmsRepo(db: Db) {
  const get = db.prepare<[], SmsGatewayRow>('SELECT provider, base_url, username, secret, sender, project_id, app_id, auth_url FROM sms_gateway WHERE id = 1');
  const put = db.prepare(`INSERT INTO sms_gateway (id, provider, base_url, username, secret, sender, project_id, app_id, auth_url, updated_at)
    VALUES (1, @provider, @base_url, @username, @secret, @sender, @project_id, @app_id, @auth_url, @now)
    ON CONFLICT(id) DO UPDATE SET provider = excluded.provider, base_url = excluded.base_url, username = excluded.username, secret = excluded.secret, sender = excluded.sender,
      project_id = excluded.project_id, app_id = excluded.app_id, auth_url = excluded.auth_url, updated_at = excluded.updated_at`);
  const byProviderId = db.prepare<[string], { uid: string; payload: string; case_id: string | null; message_id: number | null }>(
    "SELECT uid, payload, case_id, message_id FROM outbox WHERE channel = 'sms' AND json_extract(payload, '$.providerId') = ?",
  );
  const del = db.prepare('DELETE FROM sms_gateway WHERE id = 1');
  const optOut = db.prepare('INSERT OR IGNORE INTO sms_optouts (phone, word, at) VALUES (?, ?, ?)');
  const isOptedOut = db.prepare<[string], number>('SELECT count(*) FROM sms_optouts WHERE phone = ?').pluck();
  const awaitingReceipt = db.prepare<[], { uid: string; payload: string; case_id: string | null }>(
    "SELECT uid, payload, case_id FROM outbox WHERE channel = 'sms' AND state = 'sent' AND coalesce(json_extract(payload, '$.receipt'), 'created') NOT IN ('delivered', 'failed') ORDER BY id LIMIT 100",
  );
  const getSince = db.prepare<[], string>("SELECT value FROM sync_state WHERE account_id = 'sms' AND scope = 'poll' AND key = 'incomingSince'").pluck();
  const setSince = db.prepare("INSERT INTO sync_state (account_id, scope, key, value) VALUES ('sms', 'poll', 'incomingSince', ?) ON CONFLICT DO UPDATE SET value = excluded.value");
  const lastCaseTexted = db.prepare<[string], string>(
    "SELECT case_id FROM outbox WHERE channel = 'sms' AND case_id IS NOT NULL AND json_extract(payload, '$.to') = ? ORDER BY id DESC LIMIT 1",
  ).pluck();
  const callbackCase = db.prepare<[string], string>("SELECT case_id FROM callbacks WHERE phone = ? AND case_id IS NOT NULL ORDER BY (status = 'booked') DESC, due_at DESC LIMIT 1").pluck();
  return {
    /** The case a reply from this number answers: the last one that texted it, else its callback's. */
    caseForReply: (phone: string): string | null => lastCaseTexted.get(phone) ?? callbackCase.get(phone) ?? null,
    /** Incoming SMS up to this instant have been read. */
    incomingSince: (): number | null => {
      const v = getSince.get();
      return v === undefined ? null : Number(v);
    },
    setIncomingSince: (at: number) => void setSince.run(String(at)),
    gateway: (): SmsGatewayRow | null => get.get() ?? null,
    saveGateway: (g: Omit<SmsGatewayRow, 'project_id' | 'app_id' | 'auth_url'> & Partial<SmsGatewayRow>, now: number) =>
      void put.run({ project_id: null, app_id: null, auth_url: null, ...g, now }),
    /** The sent SMS/RCS message a gateway's report or a tapped choice is about. */
    byProviderId: (providerId: string) => byProviderId.get(providerId) ?? null,
    removeGateway: () => void del.run(),
    optOut: (phone: string, word: string, at: number) => optOut.run(phone, word, at).changes === 1,
    isOptedOut: (phone: string) => (isOptedOut.get(phone) ?? 0) > 0,
    awaitingReceipt: () => awaitingReceipt.all(),
  };
}
export type SmsRepo = ReturnType<typeof createSmsRepo>;
