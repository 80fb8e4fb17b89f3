#!/usr/bin/env node
// npm start: build, then open the desktop window. Where the Electron runtime is missing and cannot
// be downloaded, serve the same workstation in the browser (the web host) and say so.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { freePort } from './freePort.mjs';



const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const electronDir = path.join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const bin = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(bin) ? bin : null;
}

function ensureElectron() {
  if (process.env.VAXEL_BROWSER === '1' || args.includes('--browser')) return null;
  let bin = electronBinary();
  if (!bin && fs.existsSync(path.join(electronDir, 'install.js'))) {
    spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
    bin = electronBinary();
  }
  return bin;
}

await buildAll();
const passOn = args.filter((a) => a !== '--browser');
const childEnv = { ...process.env };

// Demo mode: a chat relay beside the app, with a fresh agent, so the widget's demo page can chat
// with this window at once. Its database is a temp dir: demo chats end with the demo.
if (args.includes('--demo')) {
  const relayDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxel-demo-relay-'));
  const db = path.join(relayDir, 'relay.db');
  const added = spawnSync(process.execPath, [path.join(root, 'dist', 'relay.cjs'), 'agent', 'add', 'Demo', '--db', db, '--json'], { encoding: 'utf8' });
  const token = added.status === 0 ? JSON.parse(added.stdout).token : null;
  // the demo relay's own port: 8787 when free, else any free one (never a foreign relay on 8787)
  const asked = process.env.VAXEL_RELAY_PORT;
  const port = String(
    await freePort(Number(asked ?? 8787), !asked).catch((e) => {
      console.error(e.message);
      process.exit(1);
    }),
  );
  if (port !== (asked ?? '8787')) console.log(`Port ${asked ?? 8787} is taken by another program; the demo relay uses port ${port}.`);
  const relay = spawn(process.execPath, [path.join(root, 'dist', 'relay.cjs'), 'serve', '--port', port, '--db', db], { stdio: ['ignore', 'inherit', 'inherit'] });
  process.on('exit', () => relay.kill());
  if (token) {
    childEnv.VAXEL_DEMO_RELAY_URL = `http://127.0.0.1:${port}`;
    childEnv.VAXEL_DEMO_RELAY_TOKEN = token;
  } else console.warn(`The demo chat relay could not add its agent: ${added.stderr}`);
}
const bin = ensureElectron();
if (bin) {
  // better-sqlite3 is a native module: build it for Electron's ABI before the window opens.
  const rebuilt = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-builder', 'install-app-deps'], { cwd: root, stdio: 'inherit' });
  if (rebuilt.status !== 0) console.warn('Could not rebuild native modules for Electron; the window may fail to open its store.');
  const child = spawn(bin, [path.join(root, 'dist', 'main.cjs'), ...passOn], { stdio: 'inherit', env: childEnv });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('The Electron runtime is not installed here and could not be downloaded, so Växel opens as the same workstation in your browser instead.');
  const child = spawn(process.execPath, [path.join(root, 'dist', 'host.cjs'), ...passOn], { stdio: 'inherit', env: childEnv });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}
