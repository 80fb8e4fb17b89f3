#!/usr/bin/env node
// npm run bench [-- --only NAME]: every benchmark prints its figure beside a peer measured in the
// same run, as a ratio, with the machine and versions.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { relayBuilds } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// the chat bench runs the built relay in its own process: build it from the current source
await Promise.all(relayBuilds());
// --expose-gc: a bench that measures latency collects its own garbage before it starts timing (chatRelay.bench.ts)
const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(root, 'bench', 'run.ts'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
