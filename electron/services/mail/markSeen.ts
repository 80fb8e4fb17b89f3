import type { Db } from '../store/database';
import type { MailAccount } from './mailAccounts';
import type { ConnectionTuning } from './mailConnection';
import { connectImap } from './mailSync';

/**
 * Flag a case's unread customer e-mails \Seen on the server: only when the agent opened the case
 * and chose this in Settings. Returns how many messages were flagged.
 */
export async function markCaseSeen(db: Db, account: MailAccount, caseId: string, tuning?: ConnectionTuning): Promise<number> {
  const rows = db
    .prepare<[string, string], { folder: string; uidvalidity: number; uid: number; flags: string }>(
      `SELECT u.folder, u.uidvalidity, u.uid, u.flags FROM mail_uids u JOIN messages m ON m.id = u.message_id
       WHERE m.case_id = ? AND m.direction = 'in' AND u.account_id = ?`,
    )
    .all(caseId, account.id)
    .filter((r) => !(JSON.parse(r.flags) as string[]).includes('\\Seen'));
  if (rows.length === 0) return 0;
  const c = connectImap(account, tuning);
  await c.connect();
  let n = 0;
  try {
    for (const folder of new Set(rows.map((r) => r.folder))) {
      const box = await c.mailboxOpen(folder);
      const uids = rows.filter((r) => r.folder === folder && r.uidvalidity === Number(box.uidValidity)).map((r) => r.uid);
      if (uids.length === 0) continue;
      await c.messageFlagsAdd(uids.join(','), ['\\Seen'], { uid: true });
      const set = db.prepare("UPDATE mail_uids SET flags = json_insert(flags, '$[#]', '\\Seen') WHERE account_id = ? AND folder = ? AND uidvalidity = ? AND uid = ?");
      for (const uid of uids) set.run(account.id, folder, Number(box.uidValidity), uid);
      n += uids.length;
    }
  } finally {
    await c.logout().catch(() => c.close());
  }
  return n;
}
