import type { EventPayload } from '../../shared/contract/api';
import type { SliceCreator } from './appState';

export type CaseActivityKind = 'viewing' | 'replying' | 'noting';
export type OwnerFilter = 'everyone' | 'mine' | 'unassigned';

/**
 * The shop's team in the window: who else is on which case now (through the relay), the agents to
 * hand a case over to, what this agent is doing (told to the others), and the colleague's change
 * that won over this agent's (shown once).
 */
export interface TeamSlice {
  activity: EventPayload<'teamActivity'>;
  agents: string[];
  conflict: EventPayload<'teamConflict'> | null;
  loadTeam(): Promise<void>;
  setActivity(activity: EventPayload<'teamActivity'>): void;
  /** This agent now views, replies to, or writes a note on the case (null: none). */
  reportActivity(caseId: string | null, activity: CaseActivityKind | null): void;
  showConflict(c: EventPayload<'teamConflict'>): void;
  dismissConflict(): void;
}

export const createTeamSlice: SliceCreator<TeamSlice> = (set, get, { api }) => {
  let last = '';
  return {
    activity: [],
    agents: [],
    conflict: null,
    loadTeam: async () => {
      try {
        const t = await api.getTeam();
        set({ agents: t.agents, activity: t.activity });
      } catch (e) {
        get().showError(e);
      }
    },
    setActivity: (activity) => set({ activity }),
    reportActivity: (caseId, activity) => {
      const key = `${caseId}:${activity}`;
      if (key === last) return;
      last = key;
      // presence is best effort: without a relay nobody sees it, and nothing else depends on it
      void api.setCaseActivity({ caseId, activity }).catch(() => {});
    },
    showConflict: (conflict) => set({ conflict }),
    dismissConflict: () => set({ conflict: null }),
  };
};
