import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain .mjs script without type declarations
import { checkFile, checkTree } from '../../scripts/check-imports.mjs';

const check = checkFile as (rel: string, src: string) => string[];

test('the tree follows the import rules', () => {
  const { files, problems } = checkTree() as { files: number; problems: string[] };
  assert.ok(files > 50);
  assert.deepEqual(problems, []);
});

test('wrong arrows are caught', () => {
  assert.equal(check('electron/services/x.ts', "import { app } from 'electron';").length, 1, 'services must not import electron');
  assert.equal(check('renderer/x.ts', "import fs from 'node:fs';").length, 1, 'renderer must not use node');
  assert.equal(check('renderer/x.ts', "import { db } from '../electron/services/store/database';").length, 1, 'renderer must not reach services');
  assert.equal(check('shared/contract/x.ts', "import React from 'react';").length, 1, 'shared takes only zod');
  assert.equal(check('shared/contract/x.ts', "import { x } from '../../renderer/api/y';").length, 1);
  assert.equal(check('electron/preload/p.ts', "import { createServices } from '../services/app/createServices';").length, 1);
  assert.equal(check('electron/host/h.ts', "import { x } from '../main/urlPolicy';").length, 1, 'host must not import the Electron main');
  assert.equal(check('electron/services/x.ts', "const m = await import('electron');").length, 1, 'dynamic imports count too');
});

test('allowed arrows pass', () => {
  assert.deepEqual(check('electron/main/m.ts', "import { app } from 'electron';\nimport { x } from '../services/app/createServices';"), []);
  assert.deepEqual(check('renderer/x.ts', "import { z } from '../shared/contract/api';\nimport { create } from 'zustand';"), []);
  assert.deepEqual(check('shared/domain/x.test.ts', "import { test } from 'node:test';"), []);
});

// The ESLint setup: the same layers, features apart, and no day arithmetic outside the calendar.
test('ESLint catches day arithmetic, a feature importing another, and a hook called in a callback', async () => {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint();
  const lint = async (filePath: string, code: string) => (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);
  assert.deepEqual(await lint('electron/services/x.ts', 'export const tomorrow = Date.now() + 86_400_000;\n'), ['no-restricted-syntax']);
  assert.deepEqual(await lint('relay/x.ts', 'export const d = new Date().toISOString().slice(0, 10);\n'), ['no-restricted-syntax']);
  assert.deepEqual(await lint('renderer/x.ts', 'const d = new Date();\nd.setHours(0, 0, 0, 0);\nexport default d;\n'), ['no-restricted-syntax']);
  assert.deepEqual(await lint('renderer/features/chat/X.ts', "import { Composer } from '../composer/Composer';\nexport default Composer;\n"), ['vaxel/features-apart']);
  assert.deepEqual(await lint('renderer/features/chat/X.ts', "import { useT } from '../../components/useT';\nexport default useT;\n"), []);
  assert.deepEqual(await lint('shared/domain/x.ts', "import fs from 'node:fs';\nexport default fs;\n"), ['vaxel/layering']);
  assert.deepEqual(
    await lint('renderer/features/chat/X.tsx', "import { useState } from 'react';\nexport function X() {\n  return [1].map(() => useState(0));\n}\n"),
    ['react-hooks/rules-of-hooks'],
  );
});
