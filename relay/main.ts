/**
 * npm run relay -- [serve] [--port 8787] [--host 127.0.0.1] [--db relay-data/relay.db]
 *                  [--origin https://shop.example]… [--cert cert.pem --key key.pem] [--trust-proxy]
 *                  [--sinch-secret-file FILE] [--public-url https://relay.shop.example]
 * npm run relay -- agent add NAME | agent list | agent remove NAME
 */
import { DEFAULT_LIMITS, type RelayLimits } from './server/limits';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startRelay } from './server/relayServer';
import { openRelayStore } from './store/relayStore';
import { processClock } from '../shared/domain/clock';

const USAGE = `Växel chat relay

  npm run relay -- serve [options]        run the relay (the default)
      --port N            port to listen on (default 8787)
      --host ADDRESS      address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
      --db FILE           the relay's database (default relay-data/relay.db)
      --origin URL        a shop site allowed to open the widget; repeat for more (default: any)
      --cert FILE --key FILE   serve https/wss with this PEM certificate and key
      --trust-proxy       take the client address from X-Forwarded-For (behind your reverse proxy)
      --max-connections-per-ip N   one address may stand for N visitors (an office behind one NAT);
                                   its connection limits and hourly quotas grow with it
      --sinch-secret-file FILE   the Sinch app's webhook secret: take Sinch's callbacks at
                          POST /sinch/callback (delivery reports, replies, taps)
      --public-url URL    the relay's address as customers reach it (behind a proxy), for the
                          links in callback reminders (default: the address it listens on)
  npm run relay -- agent add NAME         add an agent; prints the token to paste into Växel
  npm run relay -- agent list             the agents
  npm run relay -- agent remove NAME      revoke an agent's token`;

/**
 * `--max-connections-per-ip N`: one address may stand for up to N visitors (an office behind one
 * NAT, a load test). Its connection limits and its hourly quotas grow with it.
 */
function addressStandsFor(n: number): Partial<RelayLimits> {
  return {
    maxConnectionsPerIp: n,
    connectionsPerIpPerMinute: n * 4,
    conversationsPerAddress: Math.max(DEFAULT_LIMITS.conversationsPerAddress, n),
    bookingsPerAddress: Math.max(DEFAULT_LIMITS.bookingsPerAddress, Math.ceil(n / 8)),
    bytesPerAddress: Math.max(DEFAULT_LIMITS.bytesPerAddress, n * 1024 * 1024),
  };
}

export async function relayMain(argv: string[]): Promise<number> {
  const { values: o, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: process.env.VAXEL_RELAY_PORT ?? '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: process.env.VAXEL_RELAY_DB ?? 'relay-data/relay.db' },
      origin: { type: 'string', multiple: true, default: [] },
      cert: { type: 'string' },
      key: { type: 'string' },
      'trust-proxy': { type: 'boolean', default: false },
      'max-connections-per-ip': { type: 'string' },
      'sinch-secret-file': { type: 'string' },
      'public-url': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (o.help) {
    console.log(USAGE);
    return 0;
  }
  // customers' words, phone numbers and agent token hashes: readable by the relay's user only
  if (process.platform !== 'win32') process.umask(0o077);
  fs.mkdirSync(path.dirname(path.resolve(o.db)), { recursive: true, mode: 0o700 });
  const store = openRelayStore(o.db);
  if (process.platform !== 'win32') for (const f of [o.db, `${o.db}-wal`, `${o.db}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
  const [cmd = 'serve', sub, ...rest] = positionals;
  if (cmd === 'agent') {
    const name = rest.join(' ').trim();
    if (sub === 'add' && name) {
      const a = store.addAgent(name, Date.now());
      if (o.json) console.log(JSON.stringify(a));
      else console.log(`Added agent ${a.name} (${a.id}). Paste this token into Växel → Settings → Chat; it is shown only now:\n\n  ${a.token}\n`);
    } else if (sub === 'list') {
      for (const a of store.listAgents()) console.log(`${a.id}  ${a.name}${a.disabled ? '  (removed)' : ''}`);
    } else if (sub === 'remove' && name) {
      console.log(store.disableAgent(name) ? `Removed ${name}; their token no longer works.` : `There is no agent ${name}.`);
    } else {
      console.error(USAGE);
      return 2;
    }
    await store.close();
    return 0;
  }
  if (cmd !== 'serve') {
    console.error(USAGE);
    return 2;
  }
  if (!!o.cert !== !!o.key) {
    console.error('Give both --cert and --key for TLS.');
    return 2;
  }
  let sinchSecret: string | undefined;
  if (o['sinch-secret-file']) {
    sinchSecret = fs.readFileSync(o['sinch-secret-file'], 'utf8').trim();
    if (!sinchSecret) {
      console.error(`${o['sinch-secret-file']} is empty: put the Sinch app's webhook secret in it.`);
      return 2;
    }
  }
  const relay = await startRelay({
    ...(sinchSecret ? { sinchSecret } : {}),
    ...(o['public-url'] ? { publicUrl: o['public-url'] } : {}),
    store,
    port: Number(o.port),
    host: o.host,
    allowedOrigins: o.origin,
    trustProxy: o['trust-proxy'],
    tls: o.cert && o.key ? { cert: fs.readFileSync(o.cert), key: fs.readFileSync(o.key) } : undefined,
    limits: o['max-connections-per-ip'] ? addressStandsFor(Number(o['max-connections-per-ip'])) : {},
    widgetFile: path.join(__dirname, 'widget.js'),
    // tests start the relay at a chosen instant (VAXEL_CLOCK_START); otherwise the system clock
    now: processClock(process.env.VAXEL_CLOCK_START).now,
    log: (line) => console.log(`relay: ${line}`),
  });
  if (store.listAgents().length === 0) console.log('No agents yet: add one with  npm run relay -- agent add "Your Name"');
  console.log(`Växel chat relay listening on ${relay.url} (database ${path.resolve(o.db)})`);
  if (sinchSecret) console.log(`Sinch callbacks: ${o['public-url'] ?? relay.url}/sinch/callback (set it as the webhook target of the Sinch app)`);
  console.log(`Widget: <script src="${relay.url}/widget.js" data-lang="sv" async></script>   Demo page: ${relay.url}/demo`);
  const stop = async () => {
    await relay.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return -1;
}

if (require.main === module) {
  relayMain(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (e) => {
      console.error(`The relay could not start: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}
