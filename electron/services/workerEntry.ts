import fs from 'node:fs';
import path from 'node:path';

/**
 * Where a worker thread's code is: beside the bundle (dist/NAME.cjs, every bundle sits there), or
 * the TypeScript source under tsx (tests, the CLI in development). `dir` is the caller's __dirname.
 */
export function workerEntry(dir: string, name: string): { file: string; execArgv: string[] } | null {
  const built = path.join(dir, `${name}.cjs`);
  if (fs.existsSync(built)) return { file: built, execArgv: [] };
  const source = path.join(dir, `${name}.ts`);
  if (fs.existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] };
  return null;
}
