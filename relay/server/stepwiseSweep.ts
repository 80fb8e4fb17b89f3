/**
 * Forgets a map's stale entries a few at a time, one step on each use, instead of the whole map
 * every few hundred uses. That whole sweep held the relay's event loop for 2.4–5 ms once a thousand
 * visitors were remembered (measured 2026-12-05; a loop that runs that rarely also runs unoptimised),
 * and the chat lines arriving meanwhile waited: in every run of the chat bench, the same few lines
 * (those after the 512th, 1,024th … charge) were among its slowest.
 *
 * Each step looks at `perStep` entries, resuming where the last step stopped (a Map's iterator
 * stays valid while entries are deleted, and visits entries added after it started). A use adds at
 * most `perStep / 2` keys, so the walk goes round faster than the map grows, and an entry that went
 * stale is forgotten within one round of the map.
 */
export function stepwiseSweep<K, V>(map: Map<K, V>, isStale: (value: V, key: K) => boolean, perStep = 4): () => void {
  let cursor: Iterator<[K, V]> | null = null;
  return () => {
    // the end of a round starts the next (a fresh iterator of a map that is not empty has an entry)
    for (let looked = 0; looked < perStep && map.size > 0; ) {
      cursor ??= map.entries();
      const next = cursor.next();
      if (next.done) {
        cursor = null;
        continue;
      }
      looked++;
      const [key, value] = next.value;
      if (isStale(value, key)) map.delete(key);
    }
  };
}
