import fs from 'node:fs';
import { checkStore, recoverStore } from '../services/store/storeRecovery';

type Out = { log(s: string): void; err(s: string): void };

/** `store check` and `store recover`: the store's health, and the way back from damage. */
export function storeCommand(sub: string | undefined, file: string, out: Out): number {
  if (!fs.existsSync(file)) {
    out.err(`There is no store at ${file}.`);
    return 1;
  }
  if (sub === 'check') {
    const r = checkStore(file);
    if (r.ok) out.log(`${file} is whole.`);
    else out.err(`${file} is damaged:\n  ${r.problems.join('\n  ')}\nQuit Växel and run: npm run cli -- store recover`);
    return r.ok ? 0 : 1;
  }
  if (sub === 'recover') {
    const before = checkStore(file);
    if (before.ok) {
      out.log(`${file} is whole; nothing to recover.`);
      return 0;
    }
    const r = recoverStore(file, Date.now());
    const cut = r.tables.filter((t) => t.cut);
    out.log(`The damaged store was moved to ${r.movedTo} (kept, not deleted).`);
    out.log(`A new store was made from what could be read: ${r.tables.reduce((s, t) => s + t.rows, 0)} rows in ${r.tables.length} tables.`);
    if (cut.length) out.log(`Damaged and cut short: ${cut.map((t) => `${t.table} (${t.rows} rows kept)`).join(', ')}.`);
    out.log('Start Växel: the next sync fetches the mail and the shop’s case log again, so what was lost comes back.');
    return 0;
  }
  out.err('Usage: npm run cli -- store check | store recover [--data-dir DIR]');
  return 2;
}
