import path from 'node:path';
import Database from 'better-sqlite3';
import { benchStore, startHost } from './benchStore';
import { callOverSocket, pingsWhile } from './hostResponsiveness.bench';
import { ms, ratio, summarize, table, timeIt } from './stats';
import examples from '../resources/suggest/kind-examples.json';
import { shippedKindModel, trainKindModel } from '../electron/services/suggest/kindModel';

const COUNT = 30_000;
const STARTS = 3;
const NEXT = 10;

/**
 * The first suggestion after the services start, in the built browser-mode host: what is left of
 * its first-use work after the warm-up (warmUp.ts) made it ahead, and how long a ping waits
 * during the start and during the first suggestion, beside the median of the next
 * NEXT suggestions, each for another case, in the same host. Each start is a fresh host on the same store.
 */
export async function benchFirstSuggestion(): Promise<void> {
  const { dir } = await benchStore(COUNT, 7, `vaxel-bench-host-${COUNT}`);
  const db = new Database(path.join(dir, 'vaxel.db'), { readonly: true });
  // cases spread over the store, new ones for each start
  const ids = db.prepare<[], string>('SELECT id FROM cases ORDER BY number').pluck().all().filter((_, i) => i % 251 === 0);
  db.close();
  const rows = [['start', 'longest ping wait, first 1.5 s', 'first suggestion', 'longest ping wait during it', `the next ${NEXT}, p50 (peer)`, 'ratio']];
  const firsts: number[] = [];
  for (let run = 0; run < STARTS; run++) {
    const host = await startHost(dir);
    try {
      // the first 1.5 s after the host answers: its start and the suggestions made ready ahead
      // (warmUp.ts) run while a ping is made every 10 ms; then the first case the agent opens
      const startWaits = await pingsWhile(host.url, host.token, null, 1500);
      const timed = async (caseId: string) => {
        const t = performance.now();
        await callOverSocket(host.url, host.token, 'getSuggestions', { caseId, bothLanguages: false });
        return performance.now() - t;
      };
      const mine = ids.slice(run * (NEXT + 1), (run + 1) * (NEXT + 1));
      const first = timed(mine[0]!);
      const waits = await pingsWhile(host.url, host.token, first);
      const next: number[] = [];
      for (const id of mine.slice(1)) next.push(await timed(id));
      const peer = summarize(next).p50;
      firsts.push(await first);
      rows.push([String(run + 1), ms(Math.max(...startWaits)), ms(await first), ms(Math.max(...waits)), ms(peer), ratio(await first, peer)]);
    } finally {
      host.stop();
    }
  }
  console.log(`\n## The first suggestion after the services start (built browser-mode host, a store of ${COUNT.toLocaleString('en')} cases, ${STARTS} fresh starts)`);
  console.log(table(rows));
  console.log(`first suggestion, median of the starts: ${ms(summarize(firsts).p50)}`);
  // the kind model as it ships, read, beside training it from its examples at start (as before)
  const text = 'hej, paketet kom trasigt och jag vill ha pengarna tillbaka';
  const read = await timeIt(() => shippedKindModel().probabilities(text));
  const trained = await timeIt(() => trainKindModel(examples as Array<[string, string]>).probabilities(text));
  console.log(
    table([
      ['the built-in kind model, to its first answer', 'time'],
      ['read as shipped (resources/suggest/kind-model.json)', ms(read)],
      [`peer: trained from its ${examples.length.toLocaleString('en')} examples, as at each start before`, ms(trained)],
    ]),
  );
  console.log(`reading it costs ${ratio(read, trained)} of training it (in the bench's own process, the read first: where nothing ran before it, it also pays the first use of the folding both share)`);
}
