import type { Repositories } from '../store/repositories';
import type { MailAccount } from './mailAccounts';
import type { ConnectionTuning } from './mailConnection';
import { withImap } from './mailSync';

/**
 * Flag a case's unread customer e-mails \Seen on the server: only when the agent opened the case
 * and chose this in Settings. Returns how many messages were flagged.
 */
export async function markCaseSeen(repos: Repositories, account: MailAccount, caseId: string, tuning?: ConnectionTuning): Promise<number> {
  const rows = repos.mail.unseenInboundOf(caseId, account.id);
  if (rows.length === 0) return 0;
  return withImap(account, tuning, async (c) => {
    let n = 0;
    for (const folder of new Set(rows.map((r) => r.folder))) {
      const box = await c.mailboxOpen(folder);
      const here = rows.filter((r) => r.folder === folder && r.uidvalidity === Number(box.uidValidity));
      if (here.length === 0) continue;
      await c.messageFlagsAdd(here.map((r) => r.uid).join(','), ['\\Seen'], { uid: true });
      for (const r of here) repos.mail.updateFlags(account.id, folder, r.uidvalidity, r.uid, [...r.flags, '\\Seen']);
      n += here.length;
    }
    return n;
  });
}
