import { z } from 'zod';
import { Id, Instant } from '../schemas';

export const TemplateSchema = z.object({
  id: z.string(),
  name: z.string().trim().min(1).max(120),
  category: z.string().trim().max(60),
  language: z.enum(['sv', 'en']),
  subject: z.string().max(300).nullable(),
  /** For chat and SMS: one SMS at most is best. */
  bodyShort: z.string().max(1000),
  bodyFull: z.string().max(20_000),
  keywords: z.array(z.string().trim().min(1).max(60)).max(40),
  builtin: z.boolean(),
});

const ReasonSchema = z.object({ signal: z.string(), sv: z.string(), en: z.string() });

/** The open cases to answer first, and why: asked for, and pushed by the services when it changes. */
export const FirstToAnswerSchema = z.array(z.object({ caseId: Id, number: z.number().int(), subject: z.string(), level: z.enum(['urgent', 'high', 'normal']), score: z.number(), reasons: z.array(ReasonSchema) }));

const scored = <T extends z.ZodType>(value: T) => z.object({ value, score: z.number(), reasons: z.array(ReasonSchema) });

export const SuggestionsSchema = z.object({
  language: z.enum(['sv', 'en']),
  // learned: the kind model named the kind where the rules had no word for it: this sure, from this many examples
  intent: z.object({ value: z.string(), words: z.array(z.string()), learned: z.object({ p: z.number(), examples: z.number().int() }).optional() }),
  signals: z.array(z.object({ id: z.string(), strength: z.number(), evidence: z.array(z.string()) })),
  channel: z.array(scored(z.enum(['chat', 'email', 'callback', 'sms']))),
  templates: z.array(scored(z.string()).extend({ name: z.string() })),
  priority: scored(z.enum(['urgent', 'high', 'normal'])),
});

export const ChannelPlanSchema = z.object({
  from: Instant,
  to: Instant,
  kinds: z.array(
    z.object({
      intent: z.string(),
      cases: z.number().int(),
      channels: z.array(z.object({ channel: z.string(), cases: z.number().int(), firstResponseMinutes: z.number().nullable(), resolutionHours: z.number().nullable(), reopenRate: z.number().nullable() })),
      recommendation: z.object({ channel: z.string(), basis: z.enum(['history', 'rule']), sv: z.string(), en: z.string() }),
    }),
  ),
});

/** Templates and decision support: suggestions with reasons, feedback, answer-first, the channel plan. */
export const suggestMethods = {
  listTemplates: { input: z.object({}), output: z.array(TemplateSchema) },
  /** Create or change a template (a new one gets an id). */
  saveTemplate: { input: TemplateSchema.omit({ builtin: true }).extend({ id: z.string().max(100).optional() }), output: TemplateSchema },
  deleteTemplate: { input: z.object({ id: z.string().max(100) }), output: z.object({ removed: z.boolean() }) },

  /** Channel, templates and priority for a case, each with the signals behind it. */
  /** Templates come in the customer's language; `bothLanguages` when the agent asks for both. */
  getSuggestions: { input: z.object({ caseId: Id, bothLanguages: z.boolean().default(false) }), output: SuggestionsSchema },
  /** The agent took or dismissed a suggestion; kept so the shop's own choices weigh in. */
  suggestionFeedback: {
    input: z.object({ caseId: Id, kind: z.enum(['channel', 'template', 'priority']), value: z.string().max(100), accepted: z.boolean() }),
    output: z.object({}),
  },
  /** The open cases to answer first, with why. */
  suggestFirst: {
    input: z.object({ limit: z.number().int().min(1).max(20).default(3) }),
    output: FirstToAnswerSchema,
  },
  /** For each kind of case in a period: volume per channel, response and resolution times, reopen rate, and the channel to offer. */
  channelPlan: { input: z.object({ from: Instant, to: Instant }), output: ChannelPlanSchema },
  channelPlanCsv: { input: z.object({ from: Instant, to: Instant }), output: z.object({ csv: z.string() }) },
} as const;
