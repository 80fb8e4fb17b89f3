import { parseArgs } from 'node:util';
import type { AppApi, CaseSummary } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/errors';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import { formatCaseLine } from './formatCase';
import { callbackBook, callbacksList, callbacksSlots } from './callbackCommands';
import { caseClaim, caseIdOf, caseNote, caseStatus } from './teamCommands';
import { suggestCommand } from './suggestCommand';
import { channelPlanCommand } from './channelPlanCommand';
import { accountAdd, accountsList, sendOutbox, syncOnce } from './mailCommands';
import { createServices, DATABASE_FILE, type Services } from '../services/app/createServices';
import { storeCommand } from './storeCommands';
import path from 'node:path';
import { processClock } from '../../shared/domain/clock';
import { generateCases } from '../services/demo/generateCases';
import { seedDemo } from '../services/demo/seedDemo';
import { exportCases } from '../services/export/exportCases';
import { consoleLogger } from '../services/logger';
import { defaultDataDir } from '../services/paths';

const USAGE = `Usage: npm run cli -- <command> [options] [--data-dir DIR]

Commands:
  cases list [--filter active|open|waiting|resolved|all] [--limit N] [--json]
  case show ID|#NUMBER [--json]      with the owner, the status and the notes
  case claim ID|#NUMBER [--as NAME]  take the case (the shop's other laptops see it after their sync)
  case status ID|#NUMBER open|waiting|resolved [--as NAME]
  case note ID|#NUMBER TEXT [--as NAME]   an internal note, shared with the shop's agents
  search QUERY [--limit N] [--json]
  export --out FILE                 all cases as one JSON file
  seed --demo | --count N [--seed S]  sample cases (demo) or many generated ones
  account add --address A --imap-host H --smtp-host H [--imap-port P] [--imap-security tls|starttls|none]
              [--smtp-port P] [--smtp-security tls|starttls|none] [--username U] [--label L]
              [--password-file FILE]  (or VAXEL_MAIL_PASSWORD) [--allow-plaintext] [--no-test]
  accounts list [--json]
  sync --once [--account ID|ADDRESS]   fetch new mail of every mailbox, then exchange the shared case log
  send                                 send what is due in the outbox
  callback book --phone NUMBER --at ISO-8601 [--note TEXT] [--name N] [--email E] [--no-confirm] [--json]
  callbacks list [--from ISO --to ISO] [--json]   instants in UTC and the shop's local time
  callbacks slots --date YYYY-MM-DD [--json]      the slots offered that day
  suggest --channel chat|email --text TEXT [--turns N] [--phone NUMBER] [--json]   suggestions with their signals
  channel-plan [--days N] [--json]     per kind of case: the channels used, how fast, and the one to offer (default 90 days)
  store check                          read every page of the store: is it whole?
  store recover                        (Växel quit) move a damaged store aside, keep what can be read;
                                       the next sync fetches the rest from the mailbox and the team log
  help

The data directory defaults to ${defaultDataDir()}.`;

type Out = { log(s: string): void; err(s: string): void };

/** Run one CLI command; returns the exit code (0 ok, 1 failed, 2 usage). */
export async function runCli(argv: string[], out: Out = { log: (s) => console.log(s), err: (s) => console.error(s) }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        filter: { type: 'string', default: 'active' },
        limit: { type: 'string' },
        out: { type: 'string' },
        demo: { type: 'boolean', default: false },
        count: { type: 'string' },
        seed: { type: 'string', default: '1' },
        help: { type: 'boolean', short: 'h', default: false },
        once: { type: 'boolean', default: false },
        account: { type: 'string' },
        address: { type: 'string' },
        label: { type: 'string' },
        'display-name': { type: 'string' },
        username: { type: 'string' },
        'password-file': { type: 'string' },
        'allow-plaintext': { type: 'boolean', default: false },
        'no-test': { type: 'boolean', default: false },
        'imap-host': { type: 'string' },
        'imap-port': { type: 'string' },
        'imap-security': { type: 'string' },
        'smtp-host': { type: 'string' },
        'smtp-port': { type: 'string' },
        'smtp-security': { type: 'string' },
        phone: { type: 'string' },
        at: { type: 'string' },
        note: { type: 'string' },
        name: { type: 'string' },
        email: { type: 'string' },
        'no-confirm': { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        date: { type: 'string' },
        channel: { type: 'string' },
        text: { type: 'string' },
        turns: { type: 'string' },
        as: { type: 'string' },
        days: { type: 'string' },
      },
    });
  } catch (e) {
    out.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals: [cmd, ...rest] } = parsed;
  if (!cmd || cmd === 'help' || o.help) {
    out.log(USAGE);
    return cmd || o.help ? 0 : 2;
  }
  const known = ['cases', 'case', 'search', 'export', 'seed', 'account', 'accounts', 'sync', 'send', 'callback', 'callbacks', 'suggest', 'store', 'channel-plan'];
  if (!known.includes(cmd)) {
    out.err(`Unknown command '${cmd}'. Commands: ${known.join(', ')}, help.`);
    return 2;
  }

  // the store commands work on a store the services could not open
  if (cmd === 'store') return storeCommand(rest[0], path.join(o['data-dir'] ?? defaultDataDir(), DATABASE_FILE), out);

  let services: Services | undefined;
  try {
    services = createServices({ dataDir: o['data-dir'] ?? defaultDataDir(), mode: 'test', logger: consoleLogger('cli'), clock: processClock(process.env.VAXEL_CLOCK_START) });
    const api = createInMemoryClient(services.endpoint);
    const limit = o.limit === undefined ? undefined : Number(o.limit);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new AppError('INVALID_INPUT', '--limit takes a positive whole number');

    switch (`${cmd} ${rest[0] ?? ''}`.trim()) {
      case 'cases list':
        return await listCases(api, o.filter!, limit ?? 200, o.json!, out);
      case 'case show':
        return await showCase(api, services, rest[1], o.json!, out);
      case 'case claim':
        return await caseClaim(api, services, rest[1], o, out);
      case 'case status':
        return await caseStatus(api, services, rest[1], rest[2], o, out);
      case 'case note':
        return await caseNote(api, services, rest[1], rest.slice(2).join(' '), o, out);
      case 'account add':
        return await accountAdd(api, o, out);
      case 'accounts list':
        return await accountsList(api, o.json!, out);
      case 'sync':
        if (!o.once) throw new AppError('INVALID_INPUT', 'sync runs with --once here; the app itself keeps syncing while it runs');
        return await syncOnce(services, o, out);
      case 'send':
        return await sendOutbox(services, out);
      case 'callback book':
        return await callbackBook(api, services, o, out);
      case 'callbacks list':
        return await callbacksList(api, o, out, services.clock.now());
      case 'callbacks slots':
        return await callbacksSlots(api, o, out);
      case 'suggest':
        return suggestCommand(services, o, out);
      case 'channel-plan':
        return await channelPlanCommand(api, services, o, out);
      default:
        break;
    }
    if (cmd === 'search') {
      const query = rest.join(' ');
      if (!query) throw new AppError('INVALID_INPUT', 'search needs a QUERY');
      const { hits } = await api.search({ query, limit: limit ?? 50 });
      if (o.json) out.log(JSON.stringify(hits, null, 2));
      else hits.forEach((h) => out.log(`${formatCaseLine(h.case, Date.now())}\n      ${h.snippet.replace(/[\u0002\u0003]/g, '')}`));
      return 0;
    }
    if (cmd === 'export') {
      if (!o.out) throw new AppError('INVALID_INPUT', 'export needs --out FILE');
      const r = exportCases(services, o.out);
      out.log(`Exported ${r.cases} cases (${r.bytes} bytes) to ${o.out}`);
      return 0;
    }
    if (cmd === 'seed') {
      if (o.demo) {
        const r = seedDemo(services);
        out.log(r.inserted ? `Added ${r.inserted} demo cases.` : 'The store already has cases; the demo was not added.');
        return 0;
      }
      const count = Number(o.count);
      if (!Number.isInteger(count) || count <= 0) throw new AppError('INVALID_INPUT', 'seed needs --demo or --count N');
      const started = Date.now();
      generateCases(services, count, Number(o.seed));
      out.log(`Generated ${count} cases in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    }
    out.err(`Unknown command '${[cmd, ...rest.slice(0, 1)].join(' ')}'.\n\n${USAGE}`);
    return 2;
  } catch (e) {
    out.err(e instanceof AppError ? `Error (${e.code}): ${e.message}` : `Error: ${(e as Error).message}`);
    return 1;
  } finally {
    await services?.close();
  }
}

async function listCases(api: AppApi, filter: string, limit: number, json: boolean, out: Out): Promise<number> {
  const page = await api.listCases({ filter: filter as 'active', limit: Math.min(limit, 1000) });
  if (json) out.log(JSON.stringify(page, null, 2));
  else {
    page.items.forEach((c: CaseSummary) => out.log(formatCaseLine(c, Date.now())));
    out.log(`${page.items.length} of ${page.total} cases`);
  }
  return 0;
}

async function showCase(api: AppApi, services: Services, ref: string | undefined, json: boolean, out: Out): Promise<number> {
  const id = caseIdOf(services, ref);
  const d = await api.getCase({ id });
  if (json) {
    const notes = d.messages.filter((m) => m.direction === 'note').map((m) => ({ author: m.author, body: m.bodyText, at: new Date(m.createdAt).toISOString() }));
    out.log(JSON.stringify({ ...d, owner: d.case.assignee, status: d.case.status, notes }, null, 2));
  }
  else {
    out.log(formatCaseLine(d.case, Date.now()));
    for (const m of d.messages) out.log(`\n[${new Date(m.createdAt).toISOString()}] ${m.direction} ${m.author}\n${m.bodyText}`);
  }
  return 0;
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
