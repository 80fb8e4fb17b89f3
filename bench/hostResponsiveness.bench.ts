import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createServices } from '../electron/services/app/createServices';
import { generateCases } from '../electron/services/demo/generateCases';
import { ms, ratio, summarize, table } from './stats';
import { shiftDays } from '../shared/domain/calendar';

const ROOT = path.resolve(__dirname, '..');
const COUNT = 30_000;

/** The built host on this store, with its services in a worker (the default) or on its own thread (the peer). */
async function startHost(dataDir: string, inProcess: boolean): Promise<{ url: string; token: string; stop(): void }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'host.cjs'), '--data-dir', dataDir], { env: { ...process.env, VAXEL_SERVICES_IN_PROCESS: inProcess ? '1' : '' }, stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  const m = await new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const hit = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(out);
      if (hit) resolve(hit);
    });
    child.once('exit', () => reject(new Error(`the host stopped:\n${out}`)));
  });
  return { url: m[1]!, token: m[2]!, stop: () => void child.kill('SIGKILL') };
}

/** How long the host takes to answer a plain HTTP request, every 10 ms, while `busy` runs. */
async function latenciesWhile(url: string, busy: Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  let done = false;
  void busy.finally(() => (done = true));
  while (!done) {
    const t = performance.now();
    await new Promise<void>((resolve) => http.get(`${url}/health-of-the-host`, (res) => (res.resume(), res.on('end', resolve))).on('error', () => resolve()));
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 10));
  }
  return out;
}

/** One API call over the host's WebSocket, as the window makes it. */
function callOverSocket(url: string, token: string, method: string, input: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api?token=${token}`, { headers: { origin: url } });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'call', id: 1, method, input })));
    ws.on('message', (d) => {
      const f = JSON.parse(String(d)) as { type: string; id?: number };
      if (f.type === 'result' && f.id === 1) {
        ws.close();
        resolve();
      }
    });
    ws.on('error', reject);
  });
}

/**
 * Browser mode's host while the services run a heavy call (the channel plan of a year at 30,000
 * cases): how fast the host still answers the window, with the services in their worker thread,
 * beside the peer with the services on the host's own thread, in the same run on the same store.
 */
export async function benchHostResponsiveness(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'serviceWorker.cjs'))) throw new Error('dist/ is missing: run npm run build');
  const dir = path.join(os.tmpdir(), `vaxel-bench-host-${COUNT}`);
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    const s = createServices({ dataDir: dir, mode: 'test' });
    generateCases(s, COUNT, 7);
    await s.close();
    fs.writeFileSync(path.join(dir, '.complete'), '');
  }
  const now = Date.now();
  const year = { from: shiftDays(now, -365, 'Europe/Stockholm'), to: now };
  const rows = [['services', 'host answers, p50', 'p95', 'max', 'requests during the call']];
  const results: Record<string, ReturnType<typeof summarize>> = {};
  for (const [name, inProcess] of [['in a worker thread (Växel)', false], ['on the host’s thread (peer)', true]] as const) {
    const host = await startHost(dir, inProcess);
    try {
      // once before measuring: the first plan also sorts the cases into kinds and stores them
      await callOverSocket(host.url, host.token, 'channelPlan', year);
      const lat = await latenciesWhile(host.url, callOverSocket(host.url, host.token, 'channelPlan', year));
      const s = summarize(lat);
      results[name] = s;
      rows.push([name, ms(s.p50), ms(s.p95), ms(Math.max(...lat)), String(s.n)]);
    } finally {
      host.stop();
    }
  }
  console.log(`\n## Browser-mode host while the services compute a channel plan over ${COUNT.toLocaleString('en')} cases`);
  console.log(table(rows));
  const [worker, peer] = Object.values(results);
  console.log(`the host's p95 with the services in a worker: ${ratio(worker!.p95, peer!.p95)} of the peer's (${(peer!.p95 / worker!.p95).toFixed(0)} times lower); aim: the host answers within about 50 ms throughout (${worker!.p95 < 50 ? 'met' : 'not met'} at p95)`);
}
