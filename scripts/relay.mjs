#!/usr/bin/env node
// npm run relay: build the relay and the widget (a second or two), then run the relay.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { relayBuilds } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await Promise.all(relayBuilds());
const child = spawn(process.execPath, [path.join(root, 'dist', 'relay.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
