/**
 * One exchange with the shop's log folder: read what is new (by UID, after the last one seen),
 * append what this laptop has waiting, read again so this laptop's own entries are numbered in the
 * folder's order, and now and then write a snapshot and delete what it covers.
 *
 * A folder that was deleted, or whose UIDVALIDITY changed, is read again from the start; this
 * laptop then writes a snapshot of everything it knows and appends its own events again, so
 * nothing is lost (an event that is already there counts once: events are keyed by their id).
 */
import { randomUUID } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import type { TeamSnapshot } from '../../../shared/contract/teamLog';
import type { Logger } from '../logger';
import type { MailAccount } from '../mail/mailAccounts';
import type { ConnectionTuning } from '../mail/mailConnection';
import { withImap } from '../mail/mailSync';
import { toTeamEvent, type CursorRow } from '../store/teamRepo';
import { appendEntry, deleteCovered, openLogFolder, readEntriesAfter, type LogFolder } from './teamMailbox';
import { applyEvent, applySnapshot, snapshotOf, type TeamStateDeps } from './teamState';

export interface TeamSyncDeps extends TeamStateDeps {
  logger: Logger;
  tuning?: ConnectionTuning;
}

export interface TeamSyncOptions {
  /** Who this laptop is in the log. */
  agent: string;
  /** Write a snapshot and delete what it covers once this many entries follow the last one. */
  compactAfter: number;
}

export interface TeamSyncResult {
  folder: string;
  read: number;
  appended: number;
  /** The folder was new or renumbered: everything was read again and this laptop's state written back. */
  reset: boolean;
  compacted: boolean;
  /** Shared keys whose merged state may have changed. */
  touched: Set<string>;
  /** Registers where a colleague's change won over one of this laptop's. */
  lost: Array<{ caseKey: string; field: string; by: string; value: unknown; at: number }>;
  /** Messages in the folder that are not Växel entries (left alone). */
  foreign: number;
}

export async function exchangeTeamLog(d: TeamSyncDeps, account: MailAccount, o: TeamSyncOptions): Promise<TeamSyncResult> {
  return withImap(account, d.tuning, (c) => exchangeOn(c, d, account, o));
}

async function exchangeOn(c: ImapFlow, d: TeamSyncDeps, account: MailAccount, o: TeamSyncOptions): Promise<TeamSyncResult> {
  const t = d.repos.team;
  const folder = await openLogFolder(c);
  const before = t.cursor(account.id);
  const reset = before !== null && (before.uidvalidity !== folder.uidValidity || folder.created);
  const cur: CursorRow = before && !reset ? { ...before } : { account_id: account.id, folder: folder.path, uidvalidity: folder.uidValidity, last_uid: 0, snapshot_uid: 0 };
  const result: TeamSyncResult = { folder: folder.path, read: 0, appended: 0, reset, compacted: false, touched: new Set(), lost: [], foreign: 0 };
  if (reset) {
    d.logger.warn('the shared case log was deleted or renumbered on the server: reading it again and writing back what this laptop knows', { folder: folder.path });
    t.requeueMine();
  }

  const readNew = async () => {
    const entries = await readEntriesAfter(c, cur.last_uid);
    // a snapshot that covers entries this laptop has not read (they may be deleted): take it first
    const base = [...entries].reverse().find((r) => r.entry?.type === 'snapshot' && r.entry.uidValidity === folder.uidValidity && r.entry.coversUid > cur.last_uid);
    let skipUpTo = cur.last_uid;
    d.db.transaction(() => {
      if (base?.entry?.type === 'snapshot') {
        applySnapshot(d, base.entry).forEach((k) => result.touched.add(k));
        skipUpTo = base.entry.coversUid;
      }
      for (const r of entries) {
        cur.last_uid = Math.max(cur.last_uid, r.uid);
        if (r.entry === null) {
          result.foreign++;
          continue;
        }
        if (r.entry.type === 'snapshot') {
          cur.snapshot_uid = Math.max(cur.snapshot_uid, r.uid);
          if (r !== base) applySnapshot(d, r.entry).forEach((k) => result.touched.add(k));
          continue;
        }
        if (r.uid <= skipUpTo) continue;
        const e = r.entry;
        const applied = applyEvent(d, e, r.uid, false);
        result.read++;
        result.touched.add(e.caseKey);
        if (applied.lost) result.lost.push({ caseKey: e.caseKey, field: applied.lost.field, by: e.agent, value: e.fields.to ?? null, at: e.at });
      }
      t.saveCursor(cur);
    })();
  };
  const writeSnapshot = async (f: LogFolder, coversUid: number): Promise<number | null> => {
    const snap: TeamSnapshot = snapshotOf(d, { id: randomUUID(), agent: o.agent, coversUid, uidValidity: f.uidValidity });
    return appendEntry(c, f.path, snap, account.address, new Date(d.clock.now()));
  };

  await readNew();
  if (reset) await writeSnapshot(folder, 0);
  for (const row of t.pending()) {
    const uid = await appendEntry(c, folder.path, toTeamEvent(row), account.address, new Date(d.clock.now()));
    // without UIDPLUS the UID is learnt when the entry is read back below
    if (uid !== null) t.markAppended(row.event_id, null);
    result.appended++;
  }
  if (result.appended || reset) await readNew();

  if (cur.last_uid - cur.snapshot_uid > o.compactAfter) {
    const covers = cur.last_uid;
    const snapUid = await writeSnapshot(folder, covers);
    if (snapUid !== null) {
      await deleteCovered(c, covers, [snapUid]);
      cur.snapshot_uid = snapUid;
      cur.last_uid = Math.max(cur.last_uid, snapUid);
      t.saveCursor(cur);
      result.compacted = true;
    }
  }
  return result;
}
