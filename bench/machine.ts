import os from 'node:os';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';

const require = createRequire(__filename);

/** One paragraph that says what machine and versions a figure was measured on. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const sqlite = (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  const pkg = (name: string) => {
    try {
      return (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      return 'n/a';
    }
  };
  return [
    `machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
    `versions: node ${process.version}, SQLite ${sqlite}, better-sqlite3 ${pkg('better-sqlite3')}, zod ${pkg('zod')}`,
  ].join('\n');
}
