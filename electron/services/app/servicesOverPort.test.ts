import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices, type ServiceOptions, type Services } from './createServices';
import { aesGcmSecretBox } from '../secrets/aesGcmSecretBox';
import { KEY_FILE } from '../secrets/keyFileSecretBox';
import { nodePort } from './nodePort';
import { connectServices, runServicesOnPort, startServices } from './servicesOverPort';

/**
 * Host and services on the two ends of a real MessagePort (structured clone, as between a host
 * and its worker thread or utilityProcess). `made` is the services' side, for looking behind the port.
 */
function pair() {
  const { port1, port2 } = new MessageChannel();
  const made: Services[] = [];
  let exit: (code: number) => void = () => {};
  const make = (o: ServiceOptions) => {
    const s = createServices({ ...o, startMail: false, startChat: false, startCallbacks: false, clock: manualClock(Date.parse('2026-12-01T10:00:00+01:00')) });
    made.push(s);
    return s;
  };
  runServicesOnPort(nodePort(port1), make);
  const close = () => {
    port1.close();
    port2.close();
  };
  return { host: nodePort(port2), made, exited: (l: (code: number) => void) => (exit = l), exit: (code: number) => exit(code), close };
}

test('the desktop host hands over the data key: the services seal with it, and keep no key file of their own', async () => {
  const dir = tempDir();
  const dataKey = Buffer.alloc(32, 5);
  const p = pair();
  const services = await connectServices(p.host, { dataDir: dir, mode: 'electron', demo: false, dataKey }, p.exited);
  assert.equal(services.dataDir, dir);
  assert.equal((await services.endpoint.handlers.getInfo({})).secretStorage, 'safeStorage');
  const behind = p.made[0]!;
  const sealed = behind.secrets.seal('imap-lösen');
  assert.equal(aesGcmSecretBox(dataKey, 'safeStorage', 'the handed key').open(sealed), 'imap-lösen', 'sealed with the key the host handed over');
  assert.equal(fs.existsSync(path.join(dir, KEY_FILE)), false);
  await services.stop();
  assert.equal(behind.db.open, false, 'the store was closed before stop resolved');
  p.close();
});

test('browser mode starts with no key (the key file), and a demo start says how many cases it added', async () => {
  const dir = tempDir();
  const p = pair();
  const services = await connectServices(p.host, { dataDir: dir, mode: 'browser', demo: true }, p.exited);
  assert.ok(services.inserted > 0);
  assert.equal((await services.endpoint.handlers.getInfo({})).secretStorage, 'keyfile');
  assert.ok(fs.existsSync(path.join(dir, KEY_FILE)));
  await services.stop();
  p.close();
});

test('a store that cannot be opened rejects with the services’ own error', async () => {
  const file = path.join(tempDir(), 'not-a-directory');
  fs.writeFileSync(file, 'x');
  const p = pair();
  await assert.rejects(connectServices(p.host, { dataDir: file, mode: 'browser', demo: false }, p.exited), (e) => e instanceof AppError && e.code === 'DATA_DIR_NOT_WRITABLE' && e.message.includes('not-a-directory'));
  p.close();
});

test('services that end before they are ready reject the start; ending later fails the calls and tells the host once', async () => {
  const { port1, port2 } = new MessageChannel(); // nobody runs services on port1
  let exit: (code: number) => void = () => {};
  const starting = connectServices(nodePort(port2), { dataDir: tempDir(), mode: 'browser', demo: false }, (l) => (exit = l));
  exit(3);
  await assert.rejects(starting, /the services stopped \(exit 3\) before they were ready/);
  port1.close();
  port2.close();

  const p = pair();
  const services = await connectServices(p.host, { dataDir: tempDir(), mode: 'browser', demo: false }, p.exited);
  const gone: number[] = [];
  services.onGone((code) => gone.push(code));
  p.exit(9);
  assert.deepEqual(gone, [9]);
  await assert.rejects(services.endpoint.handlers.getInfo({}), /the services stopped/);
  await p.made[0]!.close();
  p.close();
});

test('a demo relay that cannot be set up fails the start, and the store it opened is closed again', async (t) => {
  const before = { url: process.env.VAXEL_DEMO_RELAY_URL, token: process.env.VAXEL_DEMO_RELAY_TOKEN };
  t.after(() => {
    for (const [k, v] of [['VAXEL_DEMO_RELAY_URL', before.url], ['VAXEL_DEMO_RELAY_TOKEN', before.token]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  process.env.VAXEL_DEMO_RELAY_URL = 'ws://127.0.0.1:9/relay';
  process.env.VAXEL_DEMO_RELAY_TOKEN = 'agent-token';
  const made: Services[] = [];
  const make = (o: ServiceOptions) => {
    const s = createServices({ ...o, startMail: false, startChat: false, startCallbacks: false });
    // the relay's settings cannot be kept (a full disk, say)
    s.endpoint.handlers.saveChatRelay = async () => {
      throw new AppError('DISK_FULL', 'the disk is full');
    };
    made.push(s);
    return s;
  };
  await assert.rejects(startServices({ dataDir: tempDir(), mode: 'browser', demo: false }, make), AppError);
  assert.equal(made[0]!.db.open, false);
});
