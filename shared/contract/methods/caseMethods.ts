import { z } from 'zod';
import { CaseDetailSchema, CaseStatusSchema, CaseSummarySchema, ChannelSchema, Id, MessageSchema, PrioritySchema, SearchHitSchema } from '../schemas';

/** Cases: the queue, one case, creating and changing cases, notes, search, merge and split. */
export const caseMethods = {
  listCases: {
    input: z.object({
      /** 'active' = open and waiting; 'all' includes resolved. */
      filter: z.enum(['active', 'open', 'waiting', 'resolved', 'all']).default('active'),
      /** Whose: everyone's, the agent's own (by the name in Settings), or nobody's yet. */
      owner: z.enum(['everyone', 'mine', 'unassigned']).default('everyone'),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.object({ total: z.number().int().nonnegative(), items: z.array(CaseSummarySchema) }),
  },
  getCase: { input: z.object({ id: Id }), output: CaseDetailSchema },
  createCase: {
    input: z.object({
      channel: ChannelSchema,
      subject: z.string().trim().min(1).max(300),
      priority: PrioritySchema.default('normal'),
      customer: z.object({
        name: z.string().trim().max(200).default(''),
        email: z.email().optional(),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9 ()-]{5,20}$/, 'a phone number')
          .optional(),
      }),
      note: z.string().max(100_000).optional(),
    }),
    output: CaseSummarySchema,
  },
  updateCase: {
    input: z.object({
      id: Id,
      status: CaseStatusSchema.optional(),
      priority: PrioritySchema.optional(),
      subject: z.string().trim().min(1).max(300).optional(),
      assignee: z.string().max(120).nullable().optional(),
      /** Who acts, where not the agent in Settings (the CLI's --as). */
      as: z.string().trim().min(1).max(120).optional(),
    }),
    output: CaseSummarySchema,
  },
  addNote: {
    input: z.object({ caseId: Id, body: z.string().trim().min(1).max(100_000), as: z.string().trim().min(1).max(120).optional() }),
    output: MessageSchema,
  },
  /**
   * The agent confirms an e-mail or number the customer typed in the widget. When it belongs to a
   * known customer, the visitor becomes that customer (their history joins); otherwise it becomes
   * the customer's own. Returns the case as it is now.
   */
  confirmIdentity: {
    input: z.object({ caseId: Id, kind: z.enum(['email', 'phone']), value: z.string().trim().min(1).max(320) }),
    output: CaseDetailSchema,
  },
  /** Change an internal note's text, or delete it (shared: every laptop shows the same). */
  editNote: { input: z.object({ messageId: z.number().int(), body: z.string().trim().min(1).max(100_000) }), output: z.object({ ok: z.boolean() }) },
  deleteNote: { input: z.object({ messageId: z.number().int() }), output: z.object({ ok: z.boolean() }) },
  search: {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(50) }),
    output: z.object({ hits: z.array(SearchHitSchema) }),
  },

  mergeCases: { input: z.object({ intoId: Id, fromId: Id }), output: CaseSummarySchema },

  splitMessage: { input: z.object({ messageId: z.number().int() }), output: CaseSummarySchema },
} as const;
