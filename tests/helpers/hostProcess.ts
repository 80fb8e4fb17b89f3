import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const HOST_BUNDLE = path.join(ROOT, 'dist', 'host.cjs');
export const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli.cjs');

export interface HostProcess {
  url: string;
  origin: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Start the built web host (dist/host.cjs) as a user would, and read the address it prints. */
export function startHostProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<HostProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HOST_BUNDLE, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the host did not print its address:\n${out}\n${err}`)), 20_000);
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=[\w-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[0],
          origin: m[1]!,
          child,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with ${code}:\n${out}\n${err}`));
    });
  });
}
