#!/usr/bin/env node
// Enforce the layering of docs/architecture.md: which folder may import which. Every import in
// every .ts/.tsx file is read with TypeScript's own scanner and checked; a wrong arrow fails.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * Rules, first match wins. `local`: project folders it may import; `node`: node:* built-ins;
 * `packages`: npm packages (true = any; array = only these); `electron`: the electron package.
 */
const RULES = [
  { zone: 'shared/', local: ['shared/'], node: false, packages: ['zod', 'temporal-polyfill'], electron: false },
  { zone: 'electron/services/', local: ['shared/', 'electron/services/', 'resources/', 'package.json'], node: true, packages: true, electron: false },
  { zone: 'electron/host/', local: ['shared/', 'electron/services/', 'electron/host/'], node: true, packages: true, electron: false },
  { zone: 'electron/cli/', local: ['shared/', 'electron/services/', 'electron/cli/'], node: true, packages: true, electron: false },
  { zone: 'electron/main/', local: ['shared/', 'electron/services/', 'electron/main/'], node: true, packages: true, electron: true },
  { zone: 'electron/preload/', local: ['shared/contract/'], node: false, packages: [], electron: true },
  { zone: 'renderer/', local: ['shared/', 'renderer/'], node: false, packages: true, electron: false },
  { zone: 'relay/', local: ['shared/', 'relay/'], node: true, packages: true, electron: false },
];
// Tests may reach for test helpers and the services they drive, and use node:test/assert.
const TEST_EXTRA_LOCAL = ['tests/', 'electron/services/'];
const isTest = (f) => /\.test\.tsx?$/.test(f);

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export function checkFile(rel, source) {
  const rule = RULES.find((r) => rel.startsWith(r.zone));
  if (!rule) return [];
  const problems = [];
  const { importedFiles } = ts.preProcessFile(source, true, true);
  for (const { fileName: spec } of importedFiles) {
    const where = `${rel}: imports '${spec}'`;
    if (spec.startsWith('.')) {
      const target = path.relative(root, path.resolve(root, path.dirname(rel), spec)).split(path.sep).join('/');
      const allowed = [...rule.local, ...(isTest(rel) ? TEST_EXTRA_LOCAL : [])];
      if (!allowed.some((a) => target === a || target.startsWith(a))) problems.push(`${where} (${target}), but ${rule.zone} may import only ${allowed.join(', ')}`);
      continue;
    }
    if (spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0])) {
      if (!rule.node && !(isTest(rel) && /^node:(test|assert)/.test(spec))) problems.push(`${where}, but ${rule.zone} must not use Node built-ins`);
      continue;
    }
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (pkg === 'electron') {
      if (!rule.electron) problems.push(`${where}, but ${rule.zone} must not import electron`);
      continue;
    }
    if (rule.packages !== true && !rule.packages.includes(pkg)) problems.push(`${where}, but ${rule.zone} may use only the packages ${rule.packages.join(', ') || '(none)'}`);
  }
  return problems;
}

export function checkTree() {
  const files = ['shared', 'electron', 'renderer', 'relay'].filter((d) => fs.existsSync(path.join(root, d))).flatMap((d) => walk(path.join(root, d)));
  return { files: files.length, problems: files.flatMap((f) => checkFile(path.relative(root, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8'))) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, problems } = checkTree();
  for (const p of problems) console.error(`layering: ${p}`);
  console.log(problems.length ? `layering: ${problems.length} wrong imports in ${files} files` : `layering: ${files} files follow the import rules`);
  process.exit(problems.length ? 1 : 0);
}
