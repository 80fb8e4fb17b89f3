import { randomUUID } from 'node:crypto';
import type { AppApiHandlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/errors';
import { channelPlanCsv, keepKinds } from '../suggest/channelPlan';
import type { ReadPool } from '../store/readPool';
import type { SuggestService } from '../suggest/suggestService';
import type { AppApiDeps } from './appApi';

export type SuggestHandlers = Pick<AppApiHandlers, 'saveTemplate' | 'deleteTemplate' | 'getSuggestions' | 'suggestionFeedback' | 'suggestFirst' | 'channelPlan' | 'channelPlanCsv'>;

/** Templates and decision support: suggestions with their reasons, feedback, the channel plan. */
export function createSuggestApi(d: AppApiDeps & { suggest: SuggestService; reads: ReadPool }): SuggestHandlers {
  // the plan reads every case of the period: on the reader thread, so other calls do not wait
  const plan = async (from: number, to: number) => {
    const { plan: p, sorted } = await d.reads.channelPlan(from, to);
    keepKinds(d, sorted);
    return p;
  };
  return {
    saveTemplate: async (t) => {
      const id = t.id ?? `tpl-${randomUUID().slice(0, 8)}`;
      const before = t.id ? d.repos.templates.get(t.id) : null;
      d.repos.templates.save({ ...t, id, builtin: before?.builtin ?? false }, d.clock.now());
      return d.repos.templates.get(id)!;
    },
    deleteTemplate: async ({ id }) => ({ removed: d.repos.templates.remove(id) }),
    getSuggestions: async ({ caseId, bothLanguages }) => {
      const s = d.suggest.forCase(caseId, bothLanguages);
      const names = new Map(d.repos.templates.list().map((t) => [t.id, t.name]));
      return { ...s, templates: s.templates.map((t) => ({ ...t, name: names.get(t.value) ?? t.value })) };
    },
    suggestionFeedback: async ({ caseId, kind, value, accepted }) => {
      if (!d.repos.cases.get(caseId)) throw new AppError('NOT_FOUND', `there is no case ${caseId}`);
      d.suggest.feedback(caseId, kind, value, accepted);
      return {};
    },
    suggestFirst: async ({ limit }) => d.suggest.firstToAnswer(limit),
    channelPlan: async ({ from, to }) => plan(from, to),
    channelPlanCsv: async ({ from, to }) => ({ csv: channelPlanCsv(await plan(from, to)) }),
  };
}
