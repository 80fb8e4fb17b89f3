import { benchChatRelay } from './chatRelay.bench';
import { machineLine } from './machine';
import { benchSuggest } from './suggest.bench';
import { benchMailSync } from './mailSync.bench';
import { benchQueueAndSearch } from './queueAndSearch.bench';
import { benchTeamLog } from './teamLog.bench';
import { benchHostResponsiveness, benchPingsDuringPlan } from './hostResponsiveness.bench';
import { benchMemory } from './memory.bench';
import { benchFirstSuggestion } from './firstSuggestion.bench';

const BENCHES: Record<string, () => Promise<void>> = {
  queue: benchQueueAndSearch,
  mail: benchMailSync,
  chat: benchChatRelay,
  suggest: benchSuggest,
  first: benchFirstSuggestion,
  team: benchTeamLog,
  host: benchHostResponsiveness,
  pings: benchPingsDuringPlan,
  memory: benchMemory,
};

async function main() {
  const onlyIdx = process.argv.indexOf('--only');
  const only = onlyIdx > 0 ? (process.argv[onlyIdx + 1]?.split(',') ?? []) : null;
  // a misspelt name would otherwise print the machine line and measure nothing
  const unknown = only?.filter((name) => !(name in BENCHES)) ?? [];
  if (only?.length === 0 || unknown.length > 0) throw new Error(`--only takes names from: ${Object.keys(BENCHES).join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`);
  console.log(`# Växel benchmarks, ${new Date().toISOString()}`);
  console.log(machineLine());
  for (const [name, run] of Object.entries(BENCHES)) {
    if (!only || only.includes(name)) await run();
  }
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
