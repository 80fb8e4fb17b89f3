#!/usr/bin/env node
// Build everything into dist/: the renderer (Vite), and the Node/Electron entry points (esbuild):
// main.cjs (Electron main), servicesProcess.cjs (its services, in a utilityProcess), preload.cjs (sandboxed preload, one CommonJS file), host.cjs (browser
// mode), serviceWorker.cjs (browser mode's services in their own thread), cli.cjs, parseWorker.cjs (e-mail parsing off the main thread), readWorker.cjs (heavy reads on a read-only connection), relay.cjs and widget.js (the chat relay); each store's SQL migrations are copied beside them (dist/migrations, dist/relay-migrations).
import { build as esbuild } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const quiet = process.argv.includes("--quiet") || process.env.VAXEL_QUIET_BUILD === "1";

/** Copy a store's numbered `.sql` migrations into a fresh dist/<folder>, beside the bundle that reads them. */
async function copyMigrations(from, folder) {
  const to = path.join(dist, folder);
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  const src = path.join(root, from);
  for (const f of fs.readdirSync(src).filter((f) => f.endsWith('.sql'))) fs.copyFileSync(path.join(src, f), path.join(to, f));
}

/** The chat relay (dist/relay.cjs with its migrations) and the customer widget (dist/widget.js, one small browser script). */
export function relayBuilds() {
  return [
    copyMigrations('relay/store/relay-migrations', 'relay-migrations'),
    esbuild({ bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning', absWorkingDir: root,
      external: ['better-sqlite3', 'bufferutil', 'utf-8-validate'], entryPoints: ['relay/main.ts'], outfile: 'dist/relay.cjs' }),
    esbuild({ bundle: true, platform: 'browser', format: 'iife', target: 'es2020', minify: true, logLevel: 'warning', absWorkingDir: root,
      entryPoints: ['relay/widget/widget.ts'], outfile: 'dist/widget.js' }),
  ];
}

export async function buildAll() {
  const started = Date.now();
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: quiet ? 'warn' : 'info' });

  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
    external: ['electron', 'better-sqlite3', 'bufferutil', 'utf-8-validate'],
  };
  await Promise.all([
    esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload.cjs', platform: 'browser', external: ['electron'] }),
    esbuild({ ...common, entryPoints: ['electron/host/startHost.ts'], outfile: 'dist/host.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/services/mail/parseWorker.ts'], outfile: 'dist/parseWorker.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/services/store/readWorker.ts'], outfile: 'dist/readWorker.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/host/serviceWorker.ts'], outfile: 'dist/serviceWorker.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/main/servicesProcess.ts'], outfile: 'dist/servicesProcess.cjs' }),
    ...relayBuilds(),
  ]);

  await copyMigrations('electron/services/store/migrations', 'migrations');
  fs.mkdirSync(path.join(dist, 'resources'), { recursive: true });
  for (const f of ['icon.png']) {
    const from = path.join(root, 'resources', f);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dist, 'resources', f));
  }
  if (!quiet) console.log(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll().catch((e) => {
    console.error(`Build failed: ${e.message}`);
    process.exit(1);
  });
}
