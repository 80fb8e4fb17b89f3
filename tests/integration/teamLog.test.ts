import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { composeMail } from '../fixtures/rawMail';
import { dovecotAvailable } from '../helpers/dovecot';
import { createMailServer, CUSTOMER, SHOP, type MailServer } from '../helpers/mailServer';
import { laptop, type Laptop } from '../helpers/teamLaptop';
import { runCli } from '../../electron/cli/main';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';

/** Laptops of these agents on one mailbox, closed when the test ends. */
async function laptops<Names extends string[]>(t: TestContext, mail: MailServer, ...names: Names): Promise<{ [K in keyof Names]: Laptop }> {
  const all: Laptop[] = [];
  for (const name of names) all.push(await laptop(mail, name));
  t.after(async () => {
    for (const l of all) await l.services.close();
  });
  return all as { [K in keyof Names]: Laptop };
}

const caseOf = async (l: Laptop, subject: string) => {
  const c = (await l.api.listCases({ filter: 'all' })).items.find((x) => x.subject === subject);
  assert.ok(c, `${l.name} has the case "${subject}"`);
  return (await l.api.getCase({ id: c.id })).case;
};
const notesOf = async (l: Laptop, caseId: string) => (await l.api.getCase({ id: caseId })).messages.filter((m) => m.direction === 'note').map((m) => `${m.author}: ${m.bodyText}`);

/** A customer's mail of an hour ago on the laptops' clock (older than two weeks would be history, not queue). */
async function deliver(mail: MailServer, subject: string, id: string) {
  await mail.deliver(await composeMail({ from: `Åsa Kund <${CUSTOMER}>`, to: SHOP, date: new Date(Date.now() - 3_600_000), subject, messageId: `<${id}@kund.test>`, text: `${subject}, tack.` }));
}

test('three laptops on one mailbox share owners, statuses, notes and one case number; a claim race ends the same everywhere', { skip, timeout: 120_000 }, async (t) => {
  const mail = await createMailServer();
  const [maja, ali, kim] = await laptops(t, mail, 'Maja', 'Ali', 'Kim');
  await deliver(mail, 'Trasig lampa', 'lampa-1');
  await deliver(mail, 'Fel storlek', 'storlek-1');
  await maja.sync();
  await ali.sync();

  // both claim the lamp case at the same moment, without seeing each other
  const onMaja = await caseOf(maja, 'Trasig lampa');
  const onAli = await caseOf(ali, 'Trasig lampa');
  await Promise.all([maja.api.updateCase({ id: onMaja.id, assignee: 'Maja' }), ali.api.updateCase({ id: onAli.id, assignee: 'Ali' })]);
  const conflicts: string[] = [];
  for (const l of [maja, ali]) l.services.events.subscribe((name, p) => name === 'teamConflict' && conflicts.push(`${l.name} lost to ${(p as { by: string }).by}`));
  await maja.sync();
  await ali.sync();
  await maja.sync();
  const owners = [(await caseOf(maja, 'Trasig lampa')).assignee, (await caseOf(ali, 'Trasig lampa')).assignee];
  assert.equal(owners[0], owners[1], 'both laptops agree who has it');
  assert.ok(owners[0] === 'Maja' || owners[0] === 'Ali');
  assert.equal(conflicts.length, 1, `the loser is told once: ${conflicts.join('; ')}`);

  // a resolve and a note on Maja's laptop reach Ali after one exchange
  await maja.api.updateCase({ id: onMaja.id, status: 'resolved' });
  await maja.api.addNote({ caseId: onMaja.id, body: 'Ny lampa skickad med PostNord.' });
  await maja.sync();
  await ali.sync();
  assert.equal((await caseOf(ali, 'Trasig lampa')).status, 'resolved');
  assert.deepEqual(await notesOf(ali, onAli.id), ['Maja: Ny lampa skickad med PostNord.']);
  assert.ok(!(await ali.api.listCases({})).items.some((c) => c.id === onAli.id), 'a case Maja resolved leaves Ali’s open queue');

  // one number for the whole shop, searchable as #N on every laptop
  const numbers = [(await caseOf(maja, 'Trasig lampa')).number, (await caseOf(ali, 'Trasig lampa')).number];
  assert.equal(numbers[0], numbers[1]);
  const hits = await ali.api.search({ query: `#${numbers[0]}` });
  assert.equal(hits.hits[0]?.case.id, onAli.id);

  // a third laptop joins later and gets everything from the log alone
  await kim.sync();
  const onKim = await caseOf(kim, 'Trasig lampa');
  assert.equal(onKim.status, 'resolved');
  assert.equal(onKim.assignee, owners[0]);
  assert.equal(onKim.number, numbers[0]);
  assert.deepEqual(await notesOf(kim, onKim.id), ['Maja: Ny lampa skickad med PostNord.']);
});

test('offline on both sides: B changes the status while A changes it too; after reconnecting both end in the same state', { skip, timeout: 120_000 }, async (t) => {
  const mail = await createMailServer();
  const [a, b] = await laptops(t, mail, 'Anna', 'Bo');
  await deliver(mail, 'Faktura fel', 'faktura-1');
  await a.sync();
  await b.sync();
  const ca = await caseOf(a, 'Faktura fel');
  const cb = await caseOf(b, 'Faktura fel');
  // neither exchanges: both change the case on their own
  await b.api.updateCase({ id: cb.id, status: 'waiting', priority: 'high' });
  await b.api.addNote({ caseId: cb.id, body: 'Väntar på kundens kvitto.' });
  await a.api.updateCase({ id: ca.id, status: 'resolved' });
  await a.api.addNote({ caseId: ca.id, body: 'Kreditnota skickad.' });
  assert.equal(b.services.team.pendingCount() > 0, true, 'B’s events wait for the mailbox');
  await b.sync();
  await a.sync();
  await b.sync();
  const [sa, sb] = [await caseOf(a, 'Faktura fel'), await caseOf(b, 'Faktura fel')];
  assert.deepEqual([sa.status, sa.priority, sa.assignee], [sb.status, sb.priority, sb.assignee]);
  assert.equal(sa.priority, 'high');
  assert.deepEqual((await notesOf(a, ca.id)).sort(), (await notesOf(b, cb.id)).sort());
  assert.equal((await notesOf(a, ca.id)).length, 2);
});

test('the log folder deleted on the server is made again from a laptop’s own copy; a new laptop still gets everything', { skip, timeout: 120_000 }, async (t) => {
  const mail = await createMailServer();
  const a = await laptop(mail, 'Anna');
  t.after(() => a.services.close());
  await deliver(mail, 'Retur', 'retur-1');
  await a.sync();
  const c = await caseOf(a, 'Retur');
  await a.api.updateCase({ id: c.id, assignee: 'Anna', priority: 'urgent' });
  await a.api.addNote({ caseId: c.id, body: 'Returetikett skickad.' });
  await a.sync();
  const folder = (await a.services.team.syncOnce())!.folder;

  const imap = await mail.imap();
  await imap.mailboxDelete(folder);
  await imap.logout();

  const r = await a.services.team.syncOnce();
  assert.equal(r?.reset, true);
  const late = await laptop(mail, 'Bo');
  t.after(() => late.services.close());
  await late.sync();
  const onLate = await caseOf(late, 'Retur');
  assert.deepEqual([onLate.assignee, onLate.priority, onLate.number], ['Anna', 'urgent', c.number]);
  assert.deepEqual(await notesOf(late, onLate.id), ['Anna: Returetikett skickad.']);
});

test('a case made by hand on one laptop appears on the others with its content; snapshots keep the folder small', { skip, timeout: 180_000 }, async (t) => {
  const mail = await createMailServer();
  const a = await laptop(mail, 'Anna', { compactAfter: 20 });
  t.after(() => a.services.close());
  const made = await a.api.createCase({ channel: 'phone', subject: 'Ringde om garantin', priority: 'high', customer: { name: 'Per Persson', phone: '+46701234567' }, note: 'Vill veta om garantin gäller efter flytt.' });
  for (let i = 0; i < 30; i++) await a.api.updateCase({ id: made.id, priority: i % 2 ? 'high' : 'normal' });
  await a.services.team.syncOnce();
  const r = await a.services.team.syncOnce();
  assert.ok(r);

  const imap = await mail.imap();
  const box = await imap.mailboxOpen(r.folder);
  const left = box.exists;
  await imap.logout();
  assert.ok(left < 10, `compacted to a snapshot and what follows it (${left} messages left of 33)`);

  const b = await laptop(mail, 'Bo');
  t.after(() => b.services.close());
  await b.sync();
  const onB = await caseOf(b, 'Ringde om garantin');
  assert.equal(onB.channel, 'phone');
  assert.equal(onB.priority, 'high', 'the last of 30 changes');
  assert.equal(onB.assignee, 'Anna');
  assert.equal(onB.number, (await a.api.getCase({ id: made.id })).case.number);
  const detail = await b.api.getCase({ id: onB.id });
  assert.match(detail.messages.map((m) => m.bodyText).join('\n'), /garantin gäller efter flytt/);
});

test('the CLI: sync --once exchanges the shared state; case claim, status and note --as NAME; case show --json', { skip, timeout: 120_000 }, async () => {
  const mail = await createMailServer();
  const dirs: string[] = [];
  for (const name of ['Maja', 'Ali']) {
    const l = await laptop(mail, name);
    dirs.push(l.services.info.dataDir);
    await l.services.close();
  }
  const [maja, ali] = dirs as [string, string];
  const cli = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { log: (s) => out.push(s), err: (s) => err.push(s) });
    assert.equal(code, 0, err.join('\n'));
    return out.join('\n');
  };
  await deliver(mail, 'Var är paketet', 'paket-1');
  assert.match(await cli('sync', '--once', '--data-dir', maja), /Shared case log/);
  const first = JSON.parse(await cli('cases', 'list', '--json', '--data-dir', maja)).items[0] as { number: number };
  await cli('case', 'claim', `#${first.number}`, '--data-dir', maja);
  await cli('case', 'note', `#${first.number}`, 'Spårning', 'skickad', '--as', 'Maja', '--data-dir', maja);
  await cli('sync', '--once', '--data-dir', ali);
  await cli('case', 'status', `#${first.number}`, 'waiting', '--as', 'Ali', '--data-dir', ali);
  await cli('sync', '--once', '--data-dir', maja);
  for (const dir of [maja, ali]) {
    const shown = JSON.parse(await cli('case', 'show', `#${first.number}`, '--json', '--data-dir', dir)) as { owner: string; status: string; notes: Array<{ author: string; body: string }> };
    assert.deepEqual([shown.owner, shown.status, shown.notes.map((n) => `${n.author}: ${n.body}`)], ['Maja', 'waiting', ['Maja: Spårning skickad']], dir);
  }
});

test('with IDLE on the log folder a change on one laptop shows on the other within seconds, without a sync call', { skip, timeout: 60_000 }, async (t) => {
  const mail = await createMailServer();
  // the poll is set to ten minutes: only IDLE can bring the change within the test's time
  const [a, b] = [await laptop(mail, 'Anna', { pollMs: 600_000 }), await laptop(mail, 'Bo', { pollMs: 600_000 })];
  t.after(async () => {
    await a.services.close();
    await b.services.close();
  });
  await a.services.team.syncOnce(); // the folder exists before B starts watching
  a.services.team.start();
  b.services.team.start();
  await new Promise((r) => setTimeout(r, 1_000)); // B's IDLE is up
  const made = await a.api.createCase({ channel: 'walkin', subject: 'Kund i butiken', customer: { name: 'Lo' }, note: 'Vill byta skor.' });
  const started = Date.now();
  let onB: Awaited<ReturnType<typeof b.api.listCases>>['items'][number] | undefined;
  while (!onB && Date.now() - started < 10_000) {
    onB = (await b.api.listCases({})).items.find((c) => c.subject === 'Kund i butiken');
    if (!onB) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(onB, 'the hand-made case reached B by push');
  await a.api.updateCase({ id: made.id, status: 'resolved' });
  const resolvedAt = Date.now();
  while ((await b.api.getCase({ id: onB.id })).case.status !== 'resolved' && Date.now() - resolvedAt < 10_000) await new Promise((r) => setTimeout(r, 100));
  assert.equal((await b.api.getCase({ id: onB.id })).case.status, 'resolved');
});

test('a merge on one laptop merges the same two cases on the others', { skip, timeout: 120_000 }, async (t) => {
  const mail = await createMailServer();
  const [a, b] = await laptops(t, mail, 'Anna', 'Bo');
  await deliver(mail, 'Beställning 4411', 'best-1');
  await deliver(mail, 'Om min beställning', 'best-2');
  await a.sync();
  await b.sync();
  const [into, from] = [await caseOf(a, 'Beställning 4411'), await caseOf(a, 'Om min beställning')];
  await a.api.updateCase({ id: from.id, status: 'open', priority: 'high' });
  await a.api.mergeCases({ intoId: into.id, fromId: from.id });
  await a.sync();
  await b.sync();
  const intoB = await caseOf(b, 'Beställning 4411');
  const fromB = await caseOf(b, 'Om min beställning');
  assert.equal((await b.api.getCase({ id: intoB.id })).messages.filter((m) => m.direction === 'in').length, 2, 'both customer mails in one case');
  assert.equal(fromB.status, 'resolved');
  await b.sync();
  assert.equal((await caseOf(b, 'Om min beställning')).status, 'resolved', 'and it stays so');
});

test('a note edited or deleted on one laptop is edited or gone on the others', { skip, timeout: 120_000 }, async (t) => {
  const mail = await createMailServer();
  const [a, b] = await laptops(t, mail, 'Anna', 'Bo');
  await deliver(mail, 'Garanti', 'garanti-1');
  await a.sync();
  const c = await caseOf(a, 'Garanti');
  const keep = await a.api.addNote({ caseId: c.id, body: 'Kvittot saknas' });
  const drop = await a.api.addNote({ caseId: c.id, body: 'Fel kund, ignorera' });
  await a.sync();
  await b.sync();
  const onB = await caseOf(b, 'Garanti');
  assert.deepEqual((await notesOf(b, onB.id)).sort(), ['Anna: Fel kund, ignorera', 'Anna: Kvittot saknas']);
  await a.api.editNote({ messageId: keep.id, body: 'Kvittot kom i dag' });
  await a.api.deleteNote({ messageId: drop.id });
  await a.sync();
  await b.sync();
  assert.deepEqual(await notesOf(b, onB.id), ['Anna: Kvittot kom i dag']);
  assert.deepEqual(await notesOf(a, c.id), ['Anna: Kvittot kom i dag']);
});

test('an e-mail split off on one laptop leaves the same case on the others', { skip, timeout: 120_000 }, async (t) => {
  const mail = await createMailServer();
  const [a, b] = await laptops(t, mail, 'Anna', 'Bo');
  await deliver(mail, 'Retur av skor', 'skor-1');
  // a reply in the same thread that is really about something else
  await mail.deliver(await composeMail({ from: `Åsa Kund <${CUSTOMER}>`, to: SHOP, date: new Date(Date.now() - 1_800_000), subject: 'Sv: Retur av skor', messageId: '<faktura-2@kund.test>', inReplyTo: '<skor-1@kund.test>', references: ['<skor-1@kund.test>'], text: 'Och fakturan 5531 är fel.' }));
  await a.sync();
  await b.sync();
  const onA = await caseOf(a, 'Retur av skor');
  const detail = await a.api.getCase({ id: onA.id });
  const other = detail.messages.find((m) => /fakturan 5531/.test(m.bodyText))!;
  const split = await a.api.splitMessage({ messageId: other.id });
  await a.sync();
  await b.sync();
  const onB = await caseOf(b, 'Retur av skor');
  const bodiesB = (await b.api.getCase({ id: onB.id })).messages.map((m) => m.bodyText).join('\n');
  assert.doesNotMatch(bodiesB, /fakturan 5531/);
  const splitOnB = (await b.api.search({ query: 'fakturan 5531' })).hits[0]!.case;
  assert.notEqual(splitOnB.id, onB.id);
  assert.equal(splitOnB.id, split.id, 'the same case on both laptops');
});
