import type { Db } from './database';

export interface FolderState {
  uidvalidity: number;
  lastUid: number;
  highestModseq: string | null;
}

/** What the mail services keep beside messages: server UIDs, sync progress, failures, attachments. */
export function createMailRepo(db: Db) {
  const bySource = db.prepare<[string, string], { id: number; case_id: string }>(
    'SELECT id, case_id FROM messages WHERE account_id = ? AND source_sha256 = ?',
  );
  const byRfcId = db.prepare<[string, string], { id: number; case_id: string; direction: string }>(
    'SELECT id, case_id, direction FROM messages WHERE account_id = ? AND rfc_message_id = ? ORDER BY id LIMIT 1',
  );
  const caseExists = db.prepare<[string], number>('SELECT 1 FROM cases WHERE id = ?').pluck();
  const addRef = db.prepare('INSERT OR IGNORE INTO message_refs (ref_id, message_id) VALUES (?, ?)');
  // the cases of messages in this mailbox that name any of these ids as a parent or an ancestor
  const casesNaming = db.prepare<[string, string], string>(
    `SELECT DISTINCT m.case_id FROM message_refs r JOIN messages m ON m.id = r.message_id
      WHERE r.ref_id IN (SELECT value FROM json_each(?)) AND m.account_id = ?`,
  ).pluck();
  const casesHolding = db.prepare<[string, string], string>(
    'SELECT DISTINCT case_id FROM messages WHERE rfc_message_id IN (SELECT value FROM json_each(?)) AND account_id = ?',
  ).pluck();
  const putUid = db.prepare(`INSERT INTO mail_uids (account_id, folder, uidvalidity, uid, message_id, flags)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET message_id = excluded.message_id, flags = excluded.flags`);
  const setFlags = db.prepare('UPDATE mail_uids SET flags = ? WHERE account_id = ? AND folder = ? AND uidvalidity = ? AND uid = ?');
  const unseenInbound = db.prepare<[string, string], { folder: string; uidvalidity: number; uid: number; flags: string }>(
    `SELECT u.folder, u.uidvalidity, u.uid, u.flags FROM mail_uids u JOIN messages m ON m.id = u.message_id
     WHERE m.case_id = ? AND m.direction = 'in' AND u.account_id = ? AND NOT EXISTS (SELECT 1 FROM json_each(u.flags) WHERE value = '\\Seen')`,
  );
  const uidsOfMessage = db.prepare<[number], { folder: string; uidvalidity: number; uid: number }>(
    'SELECT folder, uidvalidity, uid FROM mail_uids WHERE message_id = ?',
  );
  const putFailure = db.prepare(`INSERT INTO mail_failures (account_id, folder, uidvalidity, uid, reason, raw_sha256, size, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET reason = excluded.reason`);
  const failures = db.prepare<[string], { folder: string; uid: number; reason: string; raw_sha256: string | null; size: number; created_at: number }>(
    'SELECT folder, uid, reason, raw_sha256, size, created_at FROM mail_failures WHERE account_id = ? ORDER BY id',
  );
  const getState = db.prepare<[string, string], { key: string; value: string }>('SELECT key, value FROM sync_state WHERE account_id = ? AND scope = ?');
  const setState = db.prepare('INSERT INTO sync_state (account_id, scope, key, value) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value');
  const putAttachment = db.prepare(`INSERT INTO attachments (message_id, sha256, size, mime_type, filename, content_id, inline)
    VALUES (@messageId, @sha256, @size, @mimeType, @filename, @contentId, @inline)`);

  return {
    messageBySource: (accountId: string, sha: string) => bySource.get(accountId, sha) ?? null,
    messageByRfcId: (accountId: string, rfcId: string) => byRfcId.get(accountId, rfcId) ?? null,
    caseExists: (id: string) => caseExists.get(id) === 1,
    /** Remember what a stored e-mail links to (its parent and the thread above it). */
    addRefs(messageId: number, refs: readonly string[]): void {
      for (const r of refs) addRef.run(r, messageId);
    },
    /** Cases of this mailbox whose messages are one of `ids`, or link to one of them. */
    casesLinkedTo(accountId: string, ids: readonly string[]): string[] {
      if (ids.length === 0) return [];
      const json = JSON.stringify(ids);
      return [...new Set([...casesHolding.all(json, accountId), ...casesNaming.all(json, accountId)])];
    },
    rememberUid(accountId: string, folder: string, uidvalidity: number, uid: number, messageId: number | null, flags: string[]): void {
      putUid.run(accountId, folder, uidvalidity, uid, messageId, JSON.stringify(flags));
    },
    uidsOf: (messageId: number) => uidsOfMessage.all(messageId),
    /** Server copies of a case's customer messages that are not \Seen there. */
    unseenInboundOf: (caseId: string, accountId: string) => unseenInbound.all(caseId, accountId).map((r) => ({ ...r, flags: JSON.parse(r.flags) as string[] })),
    updateFlags(accountId: string, folder: string, uidvalidity: number, uid: number, flags: string[]): void {
      setFlags.run(JSON.stringify(flags), accountId, folder, uidvalidity, uid);
    },
    recordFailure(accountId: string, folder: string, uidvalidity: number, uid: number, reason: string, rawSha: string | null, size: number, now: number): void {
      putFailure.run(accountId, folder, uidvalidity, uid, reason.slice(0, 500), rawSha, size, now);
    },
    failures: (accountId: string) => failures.all(accountId),
    folderState(accountId: string, folder: string): FolderState | null {
      const kv = new Map(getState.all(accountId, `folder:${folder}`).map((r) => [r.key, r.value]));
      if (!kv.has('uidvalidity')) return null;
      return { uidvalidity: Number(kv.get('uidvalidity')), lastUid: Number(kv.get('lastUid') ?? 0), highestModseq: kv.get('highestModseq') ?? null };
    },
    saveFolderState(accountId: string, folder: string, s: FolderState): void {
      const scope = `folder:${folder}`;
      setState.run(accountId, scope, 'uidvalidity', String(s.uidvalidity));
      setState.run(accountId, scope, 'lastUid', String(s.lastUid));
      if (s.highestModseq !== null) setState.run(accountId, scope, 'highestModseq', s.highestModseq);
    },
    addAttachment(a: { messageId: number; sha256: string; size: number; mimeType: string; filename: string; contentId: string | null; inline: boolean }): void {
      putAttachment.run({ ...a, inline: a.inline ? 1 : 0 });
    },
  };
}
export type MailRepo = ReturnType<typeof createMailRepo>;
