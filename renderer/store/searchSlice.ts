import type { SearchHit } from '../../shared/contract/api';
import type { SliceCreator } from './appState';

export interface SearchSlice {
  query: string;
  hits: SearchHit[];
  searched: string;
  setQuery(q: string): Promise<void>;
  clearSearch(): void;
}

export const createSearchSlice: SliceCreator<SearchSlice> = (set, get, { api }) => {
  let seq = 0;
  return {
    query: '',
    hits: [],
    searched: '',
    setQuery: async (query) => {
      set({ query });
      const mine = ++seq;
      if (!query.trim()) {
        set({ hits: [], searched: '' });
        return;
      }
      try {
        const { hits } = await api.search({ query, limit: 50 });
        if (mine === seq) set({ hits, searched: query });
      } catch (e) {
        if (mine === seq) get().showError(e);
      }
    },
    clearSearch: () => {
      seq++;
      set({ query: '', hits: [], searched: '' });
    },
  };
};
