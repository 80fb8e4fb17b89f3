import { z } from 'zod';
import { Id, Instant } from '../schemas';

/** The shop's team: who is on which case now. */
export const teamMethods = {
  /** What this agent is doing on a case now, for colleagues to see ("Maja is replying"); null when none. */
  setCaseActivity: {
    input: z.object({ caseId: Id.nullable(), activity: z.enum(['viewing', 'replying', 'noting']).nullable() }),
    output: z.object({ ok: z.boolean() }),
  },
  /** The shop's agents (from the relay and the shared log) and who is on which case now. */
  getTeam: {
    input: z.object({}),
    output: z.object({
      agents: z.array(z.string()),
      activity: z.array(z.object({ caseId: Id, name: z.string(), activity: z.enum(['viewing', 'replying', 'noting']), at: Instant })),
    }),
  },
} as const;
