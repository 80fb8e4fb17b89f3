import type { SearchHit } from '../../shared/contract/api';
import type { SliceCreator } from './appState';

export interface SearchSlice {
  query: string;
  hits: SearchHit[];
  searched: string;
  /** The result the arrow keys are on (-1: none yet). */
  activeHit: number;
  setQuery(q: string): Promise<void>;
  clearSearch(): void;
  moveActiveHit(delta: 1 | -1): void;
  /** Enter in the search box: "#10" (or "10") opens case 10; otherwise the result the arrows are on, or the first. */
  openSearchHit(text: string): Promise<boolean>;
}

export const createSearchSlice: SliceCreator<SearchSlice> = (set, get, { api }) => {
  let seq = 0;
  return {
    query: '',
    hits: [],
    searched: '',
    activeHit: -1,
    setQuery: async (query) => {
      set({ query });
      const mine = ++seq;
      if (!query.trim()) {
        set({ hits: [], searched: '' });
        return;
      }
      try {
        const { hits } = await api.search({ query, limit: 50 });
        if (mine === seq) set({ hits, searched: query, activeHit: -1 });
      } catch (e) {
        if (mine === seq) get().showError(e);
      }
    },
    clearSearch: () => {
      seq++;
      set({ query: '', hits: [], searched: '', activeHit: -1 });
    },
    moveActiveHit: (delta) => {
      const n = get().hits.length;
      if (n === 0) return;
      set({ activeHit: (get().activeHit + delta + n) % n });
    },
    openSearchHit: async (text) => {
      const asked = /^\s*#?(\d{1,9})\s*$/.exec(text);
      try {
        if (asked) {
          const number = Number(asked[1]);
          const { hits } = await api.search({ query: `#${number}`, limit: 5 });
          const hit = hits.find((h) => h.case.number === number);
          if (hit) {
            await get().select(hit.case.id);
            return true;
          }
        }
        const { hits, activeHit } = get();
        const hit = hits[activeHit] ?? hits[0];
        if (!hit) return false;
        await get().select(hit.case.id);
        return true;
      } catch (e) {
        get().showError(e);
        return false;
      }
    },
  };
};
