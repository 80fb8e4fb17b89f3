import { randomBytes } from 'node:crypto';
import type { RelayDb } from './relayStore';

/** 32 random bytes made on first use and kept: links already sent stay valid across restarts. */
export function selfServiceKey(db: RelayDb): Buffer {
  const get = db.prepare<[], string>("SELECT value FROM relay_settings WHERE key = 'selfServiceKey'").pluck();
  const existing = get.get();
  if (existing) return Buffer.from(existing, 'base64');
  db.prepare("INSERT OR IGNORE INTO relay_settings (key, value) VALUES ('selfServiceKey', ?)").run(randomBytes(32).toString('base64'));
  return Buffer.from(get.get()!, 'base64');
}
