import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices, DATABASE_FILE } from '../app/createServices';
import { openDatabase } from './database';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';

function store(t: { after(f: () => unknown): void }) {
  const dataDir = tempDir();
  const s = createServices({ dataDir, mode: 'test' });
  t.after(() => s.close());
  return { s, file: path.join(dataDir, DATABASE_FILE) };
}

test('settings: the defaults, then what was saved', (t) => {
  const { s } = store(t);
  assert.deepEqual(s.repos.settings.get().slaTargets, DEFAULT_SETTINGS.slaTargets);
  s.repos.settings.update({ agentName: 'Maja', remoteImagesFrom: ['kund@kund.example'] });
  assert.equal(s.repos.settings.get().agentName, 'Maja');
  assert.deepEqual(s.repos.settings.get().remoteImagesFrom, ['kund@kund.example']);
});

test('settings changed through another connection are read at once, though the last reading is remembered', (t) => {
  const { s, file } = store(t);
  assert.equal(s.repos.settings.get().agentName, '');
  const other = openDatabase(file);
  t.after(() => other.close());
  other.prepare("INSERT INTO settings (key, value) VALUES ('agentName', '\"Ola\"') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
  assert.equal(s.repos.settings.get().agentName, 'Ola');
  // a value that does not pass the check gives the default again, not the last good value
  other.prepare("UPDATE settings SET value = '42' WHERE key = 'agentName'").run();
  assert.equal(s.repos.settings.get().agentName, '');
  other.prepare("UPDATE settings SET value = '{not json' WHERE key = 'agentName'").run();
  assert.equal(s.repos.settings.get().agentName, '');
});

test('a caller that changes the settings it got changes nothing for the next caller', (t) => {
  const { s } = store(t);
  s.repos.settings.update({ remoteImagesFrom: ['a@kund.example'] });
  const first = s.repos.settings.get();
  first.remoteImagesFrom.push('b@kund.example');
  first.agentName = 'Någon';
  const again = s.repos.settings.get();
  assert.deepEqual(again.remoteImagesFrom, ['a@kund.example']);
  assert.equal(again.agentName, '');
});
