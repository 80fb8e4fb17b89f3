import http from 'node:http';
import WebSocket from 'ws';
import { benchStore, startHost } from './benchStore';
import { ms, ratio, summarize, table } from './stats';
import { shiftDays } from '../shared/domain/calendar';

const COUNT = 30_000;

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
export function callOverSocket(url: string, token: string, method: string, input: unknown): Promise<void> {
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

/** A ping to the services (getStatus) over one WebSocket, as the window calls, every 10 ms while `busy` runs (or `forMs`). */
export async function pingsWhile(url: string, token: string, busy: Promise<unknown> | null, forMs = 3000): Promise<number[]> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/api?token=${token}`, { headers: { origin: url } });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const waiting = new Map<number, () => void>();
  ws.on('message', (d) => {
    const f = JSON.parse(String(d)) as { type: string; id?: number };
    if (f.type === 'result' && f.id !== undefined) waiting.get(f.id)?.();
  });
  const out: number[] = [];
  let done = false;
  if (busy) void busy.finally(() => (done = true));
  const end = performance.now() + forMs;
  for (let id = 1; busy ? !done : performance.now() < end; id++) {
    const t = performance.now();
    await new Promise<void>((resolve) => {
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ type: 'call', id, method: 'getStatus', input: {} }));
    });
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 10));
  }
  ws.close();
  return out;
}

/**
 * The services while they compute a channel plan over 150,000 cases: how long an unrelated call (a
 * ping, getStatus) waits, beside the same pings while the services are idle, in the same run. The
 * plan is read on the services' reader thread with its own read-only connection.
 */
export async function benchPingsDuringPlan(): Promise<void> {
  const { dir } = await benchStore(150_000, 1);
  const now = Date.now();
  const all = { from: shiftDays(now, -3650, 'Europe/Stockholm'), to: now };
  const host = await startHost(dir);
  try {
    // once before measuring: the first plan also sorts the cases into kinds and stores them
    await callOverSocket(host.url, host.token, 'channelPlan', all);
    const idle = summarize(await pingsWhile(host.url, host.token, null));
    const started = performance.now();
    const plan = callOverSocket(host.url, host.token, 'channelPlan', all).then(() => performance.now() - started);
    const during = await pingsWhile(host.url, host.token, plan);
    const busy = summarize(during);
    console.log(`\n## A call to the services while they compute a channel plan over 150,000 cases (the plan took ${ms(await plan)})`);
    console.log(
      table([
        ['pings (getStatus over the window’s WebSocket)', 'p50', 'p99', 'max', 'n'],
        ['during the plan (Växel: read on the reader thread)', ms(busy.p50), ms(busy.p99), ms(Math.max(...during)), String(busy.n)],
        ['the services idle (peer)', ms(idle.p50), ms(idle.p99), '', String(idle.n)],
      ]),
    );
    console.log(`p99 during the plan: ${ratio(busy.p99, idle.p99)} of idle; aim: at most 50 ms (${busy.p99 <= 50 ? 'met' : 'not met'})`);
  } finally {
    host.stop();
  }
}

/**
 * Browser mode's host while the services run a heavy call (the channel plan of a year at 30,000
 * cases): how fast the host still answers the window, with the services in their worker thread,
 * beside the peer with the services on the host's own thread, in the same run on the same store.
 */
export async function benchHostResponsiveness(): Promise<void> {
  const { dir } = await benchStore(COUNT, 7, `vaxel-bench-host-${COUNT}`);
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
