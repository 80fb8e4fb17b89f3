import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import WebSocket from 'ws';
import { RELAY_PROTOCOL_VERSION, type RelayFrame } from '../../shared/contract/relayProtocol';
import { startRelay, type RelayOptions, type RelayServer } from '../../relay/server/relayServer';
import { openRelayStore, type RelayStore } from '../../relay/store/relayStore';
import { freePort, waitForPort } from './freePort';
import { ROOT } from './hostProcess';

/** A shop open round the clock, so relay tests do not depend on when they run. */
export const ALWAYS_OPEN_SHOP = { name: 'Testbutiken', timeZone: 'Europe/Stockholm', openingHours: Array(7).fill({ open: '00:00', close: '24:00' }), holidays: [], invitations: [] };

/** A relay in this process with its own store in a temp dir; stopped when the test file ends. */
export async function inProcessRelay(o: Partial<RelayOptions> = {}): Promise<{ relay: RelayServer; store: RelayStore; dir: string }> {
  // one hook, in this order: stop the relay, close its store, then remove the directory
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxel-relay-'));
  const store = openRelayStore(path.join(dir, 'relay.db'));
  const relay = await startRelay({ store, widgetFile: path.join(ROOT, 'dist', 'widget.js'), ...o });
  after(async () => {
    await relay.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { relay, store, dir };
}

/** The built relay (dist/relay.cjs) as its own process, so a test can kill -9 it and start it again. */
export async function relayProcess(dir: string, port?: number, extra: string[] = []) {
  const p = port ?? (await freePort());
  const db = path.join(dir, 'relay.db');
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(process.execPath, [path.join(ROOT, 'dist', 'relay.cjs'), 'serve', '--port', String(p), '--db', db, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.once('exit', (code, sig) => {
      if (code && code !== 0) console.error(`relay exited ${code} ${sig}: ${err}`);
    });
    await waitForPort(p);
  };
  const api = {
    port: p,
    url: `http://127.0.0.1:${p}`,
    db,
    start,
    /** kill -9: no chance to flush or say goodbye */
    kill9: () =>
      new Promise<void>((resolve) => {
        const c = child;
        if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
        c.once('exit', () => resolve());
        c.kill('SIGKILL');
      }),
    addAgent(name: string): string {
      const s = openRelayStore(db);
      try {
        return s.addAgent(name, Date.now()).token;
      } finally {
        void s.close();
      }
    },
  };
  after(() => api.kill9());
  await start();
  return api;
}

/** A raw protocol client for tests: every frame it receives is kept and can be awaited. */
export class FrameClient {
  readonly frames: RelayFrame[] = [];
  readonly ws: WebSocket;
  closed: { code: number; reason: string } | null = null;
  private waiters: Array<() => void> = [];
  readonly opened: Promise<void>;

  constructor(url: string, headers: Record<string, string> = {}, tls: { ca?: string } = {}) {
    this.ws = new WebSocket(url.replace(/^http/, 'ws') + '/ws', { headers, ...tls });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
    this.ws.on('message', (d) => {
      this.frames.push(JSON.parse(String(d)) as RelayFrame);
      this.wake();
    });
    this.ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.wake();
    });
    this.ws.on('error', () => {});
  }
  private wake() {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }
  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }
  /** The first frame (from `from` on) that matches, waiting for it. */
  async next<T extends RelayFrame['type']>(type: T, match: (f: Extract<RelayFrame, { type: T }>) => boolean = () => true, timeoutMs = 5000, from = 0): Promise<Extract<RelayFrame, { type: T }>> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const f = this.frames.slice(from).find((x) => x.type === type && match(x as Extract<RelayFrame, { type: T }>));
      if (f) return f as Extract<RelayFrame, { type: T }>;
      if (this.closed) throw new Error(`closed (${this.closed.code} ${this.closed.reason}) while waiting for ${type}`);
      const left = until - Date.now();
      if (left <= 0) throw new Error(`no ${type} frame within ${timeoutMs} ms; got ${this.frames.map((x) => x.type).join(', ')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
  }
  async waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const until = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > until) throw new Error('the connection stayed open');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
    return this.closed;
  }
  close(): void {
    this.ws.close();
  }

  static async agent(url: string, token: string, extra: Record<string, unknown> = {}): Promise<FrameClient> {
    const c = new FrameClient(url);
    await c.opened;
    c.send({ type: 'hello', v: RELAY_PROTOCOL_VERSION, role: 'agent', token, ...extra });
    await c.next('welcome');
    return c;
  }
  static async customer(url: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}, tls: { ca?: string } = {}): Promise<FrameClient> {
    const c = new FrameClient(url, headers, tls);
    await c.opened;
    c.send({ type: 'hello', v: RELAY_PROTOCOL_VERSION, role: 'customer', lang: 'sv', ...extra });
    await c.next('welcome');
    return c;
  }
}
