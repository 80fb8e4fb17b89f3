import { cuesIn, PATTERNS as CUE_PATTERNS } from './cues';
import { classifyIntents } from './engine';
import { builtInKindModel, warmKindModel } from './kindModel';
import { INTENTS, LEXICON, shopWordCounts, warmIndex } from './lexicon';
import { ruleIntents } from './ruleKinds';
import { wishesIn, WISHES_AND_CANNOT_CALL } from './wishes';
import { findWords } from './wordFinder';
import { nextTurn } from './inSlices';

const SAMPLE = 'Hej! Paketet kom trasigt, kan ni ringa mig? / Hi, the parcel arrived broken, could you call me?';

/**
 * What the first suggestion after a start would make on first use, made ahead while the services
 * are idle, in pieces with a turn of the event loop between them, so a call from the window waits
 * for one piece at most: the pattern tables' filters (their literals parsed by regexpp, about 0.3–0.5 s
 * in all) and each pattern's first run (V8 compiles it then), and the shipped kind model (its 126,000
 * counts and its table), all in slices of ~15 ms (inSlices.ts); then the model's first answer, the
 * wishes' and the cues' first run, each word list's index (the longest piece 31–38 ms on the bench
 * machine). Before, all of it fell on the first case the agent opened: about a second in one piece,
 * during which no other call was answered.
 */
export async function warmSuggestions(yieldNow: () => Promise<void> = nextTurn): Promise<void> {
  for (const table of [CUE_PATTERNS, WISHES_AND_CANNOT_CALL] as Array<Record<string, RegExp[]>>) await warmIndex(table, yieldNow);
  await warmKindModel(yieldNow);
  const steps = [
    () => shopWordCounts(),
    () => builtInKindModel().probabilities(SAMPLE),
    () => wishesIn(SAMPLE),
    () => cuesIn(SAMPLE),
    // each word list's index on its own (a kind's list may be a LEXICON list itself: once)
    ...[...new Set<readonly string[]>([...Object.values(INTENTS), ...Object.values(LEXICON)])].map((words) => () => findWords(SAMPLE, words)),
    () => ruleIntents(SAMPLE),
    () => classifyIntents(SAMPLE),
  ];
  for (const step of steps) {
    await yieldNow();
    step();
  }
}
