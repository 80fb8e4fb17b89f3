import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../electron/services/app/createServices';
import { generateCases } from '../electron/services/demo/generateCases';
import { timeIt } from './stats';

export const ROOT = path.resolve(__dirname, '..');

/**
 * A store of `count` generated cases in the temp directory, made once and kept for later runs
 * (150,000 cases take about a minute to generate). Says whether it was made or reused. Its cases
 * are sorted into their kinds, as the app's kind sorter does while they arrive over the years.
 */
export async function benchStore(count: number, seed: number, name = `vaxel-bench-${count}-seed${seed}`): Promise<{ dir: string; note: string }> {
  const dir = path.join(os.tmpdir(), name);
  const reused = fs.existsSync(path.join(dir, '.complete'));
  if (!reused) fs.rmSync(dir, { recursive: true, force: true });
  const s = createServices({ dataDir: dir, mode: 'test' });
  const made = reused ? 0 : await timeIt(() => generateCases(s, count, seed));
  const sorted = await timeIt(async () => {
    s.kinds.start();
    await s.kinds.idle();
  });
  await s.close();
  fs.writeFileSync(path.join(dir, '.complete'), '');
  const sorting = sorted > 1000 ? `; kinds sorted in ${(sorted / 1000).toFixed(1)} s` : '';
  return { dir, note: `${reused ? 'reused from an earlier run' : `generated in ${(made / 1000).toFixed(1)} s`}${sorting}` };
}

/** The built browser-mode host on a store, with its services in a worker (the default) or on its own thread. */
export async function startHost(dataDir: string, inProcess = false): Promise<{ url: string; token: string; pid: number; stop(): void }> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'serviceWorker.cjs'))) throw new Error('dist/ is missing: run npm run build');
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
  return { url: m[1]!, token: m[2]!, pid: child.pid!, stop: () => void child.kill('SIGKILL') };
}

/** A process's resident memory (Linux), in bytes. */
export function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}
