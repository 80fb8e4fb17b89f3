#!/usr/bin/env node
// npm test: every check and every test suite, then one line "N passed, N failed" over all of them.
//   npm test                      everything
//   npm test -- --only unit,e2e   some suites (static, unit, e2e)
// As root it installs what the tests need from Debian (Chromium, Dovecot); otherwise it says what
// is missing and the suites that need it fail rather than pass silently.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const onlyArg = argv.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',') : null;
const wants = (suite) => !only || only.includes(suite);
const isRoot = process.getuid?.() === 0;
const results = [];

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
}
function record(name, passed, failed, note = '') {
  results.push({ name, passed, failed, note });
}
function heading(text) {
  console.log(`\n=== ${text} ===`);
}

// ---- prerequisites -------------------------------------------------------------------------
const NEEDS = [
  { what: 'Chromium (end-to-end tests)', bin: '/usr/bin/chromium', debs: ['chromium'], suites: ['e2e'] },
  // the e-mail tests start their own private Dovecot (IMAP + LMTP) on 127.0.0.1
  { what: 'Dovecot (e-mail integration and end-to-end tests)', bin: '/usr/sbin/dovecot', debs: ['dovecot-imapd', 'dovecot-lmtpd'], suites: ['unit', 'e2e'], flag: 'dovecot' },
  { what: 'OpenSSL (a test certificate for the TLS tests)', bin: '/usr/bin/openssl', debs: ['openssl'], suites: ['unit'], flag: 'openssl' },
  // the unit suite runs a second time with the clock moved to an awkward instant (see CLOCK_INSTANTS)
  { what: 'faketime (the unit tests at a moved clock)', bin: '/usr/bin/faketime', debs: ['faketime'], suites: ['unit'], flag: 'faketime' },
];
let aptUpdated = false;
function aptInstall(debs) {
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq']);
    aptUpdated = true;
  }
  // keep Debian from starting system services (a system Dovecot on port 143) during the install
  const policy = '/usr/sbin/policy-rc.d';
  const hadPolicy = fs.existsSync(policy);
  if (!hadPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    return run('apt-get', ['install', '-y', '-qq', ...debs], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  } finally {
    if (!hadPolicy) fs.rmSync(policy, { force: true });
  }
}
const missing = new Set();
for (const need of NEEDS) {
  if (!need.suites.some(wants) || fs.existsSync(need.bin)) continue;
  if (isRoot) {
    console.log(`Installing ${need.what}: apt-get install ${need.debs.join(' ')}`);
    aptInstall(need.debs);
  }
  if (!fs.existsSync(need.bin)) {
    console.log(`MISSING: ${need.what} at ${need.bin}. Install it with: sudo apt-get install -y ${need.debs.join(' ')}`);
    if (need.flag) missing.add(need.flag);
    else need.suites.forEach((s) => missing.add(s));
  }
}

// better-sqlite3 is native; after `npm start` built it for Electron it must be rebuilt for Node.
const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, encoding: 'utf8' });
if (probe.status !== 0) {
  console.log('better-sqlite3 is not built for this Node; rebuilding it (about a minute)…');
  run('npm', ['rebuild', 'better-sqlite3']);
}

// ---- static checks -------------------------------------------------------------------------
if (wants('static')) {
  heading('ESLint (import layers, features apart, no day arithmetic outside the calendar, hooks)');
  const lint = run(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.']);
  console.log(`eslint: ${lint.status === 0 ? 'ok' : 'FAILED'}`);
  record('eslint', lint.status === 0 ? 1 : 0, lint.status === 0 ? 0 : 1);
  heading('Type checks (strict)');
  for (const project of ['tsconfig.json', 'renderer/tsconfig.json', 'shared/tsconfig.json', 'tests/e2e/tsconfig.json', 'relay/tsconfig.widget.json']) {
    const tsc = run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', project, '--noEmit']);
    console.log(`tsc -p ${project}: ${tsc.status === 0 ? 'ok' : 'FAILED'}`);
    record(`typecheck ${project}`, tsc.status === 0 ? 1 : 0, tsc.status === 0 ? 0 : 1);
  }
}

// ---- build (the e2e tests run the built app) -------------------------------------------------
if (wants('e2e') || wants('static')) {
  heading('Build');
  const b = run(process.execPath, ['scripts/build.mjs', '--quiet']);
  record('build', b.status === 0 ? 1 : 0, b.status === 0 ? 0 : 1);
}

// ---- node test runner suites -------------------------------------------------------------------
function findTests(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findTests(p, out);
    else if (/\.test\.tsx?$/.test(e.name)) out.push(path.relative(root, p));
  }
  return out;
}

function nodeSuite(name, files, extra = [], clock = null) {
  heading(`${name}: ${files.length} files`);
  if (files.length === 0) {
    record(name, 0, 1, 'no test files found');
    return;
  }
  const tap = path.join(os.tmpdir(), `vaxel-${name}-${process.pid}.tap`);
  const nodeArgs = [
    '--import', 'tsx', '--test', ...extra,
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ];
  // with a clock: libfaketime starts the process's clock (and its children's) at that local instant
  const r = clock
    ? run('faketime', ['-f', `@${clock}`, process.execPath, ...nodeArgs], { env: { ...process.env, TZ: 'Europe/Stockholm' } })
    : run(process.execPath, nodeArgs);
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  fs.rmSync(tap, { force: true });
  const count = (k) => Number((new RegExp(`^# ${k} (\\d+)$`, 'm').exec(text) ?? [])[1] ?? 0);
  const passed = count('pass');
  let failed = count('fail') + count('cancelled');
  if (r.status !== 0 && failed === 0) failed = 1; // the runner itself failed
  record(name, passed, failed);
}

/**
 * Instants in Stockholm where date code breaks: just before midnight in winter, the spring change
 * (02:00 → 03:00), inside the repeated autumn hour, a Sunday afternoon while the shop is open, and
 * New Year's Eve. Each run takes the next one, so the suite meets every one of them within a week of
 * landings; VAXEL_TEST_CLOCK names one (or 'off').
 */
const CLOCK_INSTANTS = ['2026-12-01 23:45:00', '2027-03-28 01:56:00', '2026-10-25 02:50:00', '2026-11-29 13:40:00', '2026-12-31 23:50:00'];
function movedClock() {
  const asked = process.env.VAXEL_TEST_CLOCK;
  if (asked === 'off') return null;
  if (asked) return asked;
  return CLOCK_INSTANTS[Math.floor(Date.now() / 3_600_000) % CLOCK_INSTANTS.length];
}

if (wants('unit')) {
  const files = ['shared', 'electron', 'renderer', 'relay', 'tests/integration'].flatMap((d) => findTests(path.join(root, d)));
  nodeSuite('unit', files);
  const clock = movedClock();
  if (clock && !missing.has('faketime')) nodeSuite(`unit at ${clock}`, files, [], clock);
  if (missing.has('faketime')) record('unit tests at a moved clock', 0, 1, 'faketime is missing');
  // their tests skip themselves without the server; the summary must not look green for it
  if (missing.has('dovecot')) record('e-mail tests (Dovecot)', 0, 1, 'Dovecot is missing: the e-mail tests were skipped');
  if (missing.has('openssl')) record('TLS tests (OpenSSL)', 0, 1, 'openssl is missing: the TLS tests failed');
}
if (wants('e2e')) {
  if (missing.has('e2e')) record('e2e', 0, 1, 'Chromium is missing');
  else nodeSuite('e2e', findTests(path.join(root, 'tests/e2e')), ['--test-concurrency=1']);
}

// ---- summary ---------------------------------------------------------------------------------
heading('Summary');
for (const r of results) console.log(`${r.name.padEnd(34)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${r.note ? `  (${r.note})` : ''}`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
