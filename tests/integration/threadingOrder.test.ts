import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { manualClock } from '../../shared/domain/clock';
import { createAttachmentStore } from '../../electron/services/mail/attachmentStore';
import { ingestEmail } from '../../electron/services/mail/ingestEmail';
import { parseEmail } from '../../electron/services/mail/parseEmail';
import { openDatabase } from '../../electron/services/store/database';
import { createRepositories } from '../../electron/services/store/repositories';
import { composeMail } from '../fixtures/rawMail';
import { tempDir } from '../helpers/tempDir';

const SHOP = { id: 'acc-1', address: 'butik@shop.test' };

/**
 * The reference grouping, computed apart from Växel's code the way notmuch threads: messages that
 * share any Message-ID (their own, In-Reply-To or References, ids with an '@' only) are one thread.
 */
async function referenceThreads(raws: Buffer[]): Promise<Map<number, number>> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const add = (x: string) => parent.has(x) || parent.set(x, x);
  const own: string[] = [];
  for (const [i, raw] of raws.entries()) {
    const text = raw.toString('latin1');
    const header = (name: string) => new RegExp(`^${name}:((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im').exec(text.slice(0, text.search(/\r?\n\r?\n/)))?.[1] ?? '';
    const ids = (v: string) => (v.match(/<[^<>\s]+>/g) ?? []).map((x) => x.slice(1, -1)).filter((x) => x.includes('@'));
    const self = ids(header('Message-ID'))[0] ?? `no-id-${i}`;
    own.push(self);
    add(self);
    for (const r of [...ids(header('In-Reply-To')), ...ids(header('References'))]) {
      add(r);
      parent.set(find(r), find(self));
    }
  }
  const roots = new Map<string, number>();
  return new Map(own.map((id, i) => [i, roots.get(find(id)) ?? (roots.set(find(id), roots.size), roots.size - 1)]));
}

/** Pairwise F1 of a grouping against the reference: of all pairs of messages, those put together. */
function pairwiseF1(got: Map<number, string>, want: Map<number, number>): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const n = want.size;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const g = got.get(i) === got.get(j);
      const w = want.get(i) === want.get(j);
      if (g && w) tp++;
      else if (g) fp++;
      else if (w) fn++;
    }
  return tp === 0 && fp === 0 && fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}

/** Ingest the messages in this order into a fresh store; which case each message ended in. */
async function groupIn(raws: Buffer[], order: number[]): Promise<Map<number, string>> {
  const dir = tempDir('vaxel-threading-');
  const db = openDatabase(path.join(dir, 'vaxel.db'));
  const d = { db, repos: createRepositories(db), clock: manualClock(Date.parse('2026-11-23T10:00:00+01:00')), attachments: createAttachmentStore(dir) };
  const caseOfSource = new Map<number, number>();
  let uid = 0;
  for (const i of order) {
    const r = await ingestEmail(d, { account: SHOP, folder: 'INBOX', role: 'inbox', uidvalidity: 1, uid: ++uid, flags: [], raw: raws[i]!, internalDate: null });
    if (r.kind !== 'failed') caseOfSource.set(i, r.messageId);
  }
  const caseOf = db.prepare<[number], string>('SELECT case_id FROM messages WHERE id = ?').pluck();
  const out = new Map([...caseOfSource].map(([i, id]) => [i, caseOf.get(id)!]));
  db.close();
  return out;
}

function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/**
 * A shop's mail as it really comes: threads of one to eight messages that branch, customers whose
 * mail program keeps only the first and last References, one that sends only In-Reply-To, a
 * git-send-email style `In-Reply-To: <yes>` that must link nothing, and unrelated threads with the
 * same subject.
 */
async function realisticMailbox(): Promise<Buffer[]> {
  const random = seeded(7);
  const out: Buffer[] = [];
  const start = Date.parse('2026-10-01T08:00:00Z');
  for (let t = 0; t < 40; t++) {
    const msgs: Array<{ id: string; refs: string[] }> = [];
    const size = 1 + Math.floor(random() * 8);
    const style = t % 5; // 0 full References, 1 shortened, 2 In-Reply-To only, 3 <yes>, 4 full
    for (let k = 0; k < size; k++) {
      const id = `t${t}.m${k}@kund${t % 7}.test`;
      const parentMsg = k === 0 ? null : msgs[Math.floor(random() * k)]!;
      const chain = parentMsg ? [...parentMsg.refs, parentMsg.id] : [];
      const refs = style === 1 && chain.length > 2 ? [chain[0]!, chain.at(-1)!] : style === 2 ? [] : chain;
      msgs.push({ id, refs: chain });
      out.push(
        await composeMail({
          from: `Kund ${t} <kund${t}@kund${t % 7}.test>`,
          to: SHOP.address,
          subject: k ? `Sv: Fråga om order ${t % 10}` : `Fråga om order ${t % 10}`,
          messageId: `<${id}>`,
          ...(parentMsg ? { inReplyTo: style === 3 && k === 1 ? '<yes>' : `<${parentMsg.id}>` } : {}),
          ...(refs.length && !(style === 3 && k === 1) ? { references: refs.map((r) => `<${r}>`) } : {}),
          date: new Date(start + (t * 8 + k) * 3_600_000),
          text: `Meddelande ${k} i tråd ${t}.`,
        }),
      );
    }
  }
  return out;
}

test('threading does not depend on the order mail arrives in: date order, newest first and shuffled give the same cases', { timeout: 120_000 }, async () => {
  const raws = await realisticMailbox();
  const want = await referenceThreads(raws);
  const byDate = raws.map((_, i) => i);
  const random = seeded(11);
  const orders = {
    'date order': byDate,
    'newest first': [...byDate].reverse(),
    shuffled: [...byDate].sort(() => random() - 0.5),
    'shuffled again': [...byDate].sort(() => random() - 0.5),
  };
  for (const [name, order] of Object.entries(orders)) {
    const got = await groupIn(raws, order);
    assert.equal(got.size, raws.length, `${name}: every message stored`);
    assert.equal(pairwiseF1(got, want), 1, `${name}: grouped as the references say`);
  }
});

test('an id without @ links nothing: two threads that both say In-Reply-To: <yes> stay apart', async () => {
  const a = await composeMail({ from: 'A <a@x.test>', to: SHOP.address, subject: '[PATCH 1/2] a', messageId: '<p1@x.test>', inReplyTo: '<yes>', text: 'a' });
  const b = await composeMail({ from: 'B <b@y.test>', to: SHOP.address, subject: '[PATCH 1/3] b', messageId: '<p2@y.test>', inReplyTo: '<yes>', text: 'b' });
  const got = await groupIn([a, b], [0, 1]);
  assert.notEqual(got.get(0), got.get(1));
  assert.equal((await parseEmail(a)).inReplyTo, null);
});

// A real-world corpus when one is at hand (not committed): notmuch's test/corpora/{default,lkml},
// e.g. VAXEL_THREAD_CORPUS=/path/to/notmuch/test/corpora. Prints the pairwise F1 for each order.
const corpus = process.env.VAXEL_THREAD_CORPUS;
test('a real mailing-list corpus groups the same in every order', { skip: corpus && fs.existsSync(corpus) ? false : 'set VAXEL_THREAD_CORPUS to a folder of real mail (e.g. notmuch’s test/corpora)', timeout: 300_000 }, async () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.startsWith('.')) files.push(p);
    }
  };
  for (const sub of ['default', 'lkml']) walk(path.join(corpus!, sub));
  const raws = files.sort().map((f) => fs.readFileSync(f));
  const want = await referenceThreads(raws);
  const random = seeded(3);
  const byFile = raws.map((_, i) => i);
  for (const [name, order] of Object.entries({ 'file order': byFile, reversed: [...byFile].reverse(), shuffled: [...byFile].sort(() => random() - 0.5) })) {
    const f1 = pairwiseF1(await groupIn(raws, order), want);
    console.log(`${raws.length} messages, ${name}: pairwise F1 ${f1.toFixed(3)}`);
    assert.ok(f1 > 0.99, `${name}: ${f1}`);
  }
});
