import { z } from 'zod';
import { AccountSchema, AppInfoSchema, CallbackSchema, CaseDetailSchema, CaseSummarySchema, ChannelSchema, ChatStatusSchema, Id, Instant, MailStatusSchema, MessageSchema, SearchHitSchema, SettingsSchema, StatusSchema } from './schemas';
import { appMethods } from './methods/appMethods';
import { callbackMethods } from './methods/callbackMethods';
import { caseMethods } from './methods/caseMethods';
import { chatMethods } from './methods/chatMethods';
import { mailMethods } from './methods/mailMethods';
import { smsMethods } from './methods/smsMethods';
import { ChannelPlanSchema, FirstToAnswerSchema, SuggestionsSchema, TemplateSchema, suggestMethods } from './methods/suggestMethods';
import { teamMethods } from './methods/teamMethods';

/**
 * The one API between the agent window and the services. Every transport (Electron IPC, the web
 * host's WebSocket, a worker's message port, the in-memory pair used in tests) carries exactly
 * these methods and events, and validates every payload against these schemas on the receiving
 * side. The methods are written by domain in ./methods/.
 */
export const apiMethods = {
  ...appMethods,
  ...caseMethods,
  ...mailMethods,
  ...teamMethods,
  ...suggestMethods,
  ...chatMethods,
  ...callbackMethods,
  ...smsMethods,
} as const;

export const apiEvents = {
  /**
   * Cases were created or changed. `cases` holds the summaries of those still there, as they are
   * now (a change record: the queue patches the rows it holds instead of fetching them again);
   * absent when too many changed at once, and a case without one was removed or merged away.
   */
  casesChanged: z.object({ ids: z.array(Id), cases: z.array(CaseSummarySchema).optional() }),
  /** What to answer first changed (a case came or went, or time moved someone past a target). */
  firstToAnswerChanged: FirstToAnswerSchema,
  settingsChanged: SettingsSchema,
  statusChanged: StatusSchema,
  mailStatusChanged: z.array(MailStatusSchema),
  chatStatusChanged: ChatStatusSchema,
  /** A customer wrote in a chat (or left a message): the window plays a sound and may notify. */
  chatArrived: z.object({ caseId: Id, number: z.number().int(), customerName: z.string(), text: z.string(), channel: ChannelSchema }),
  chatTyping: z.object({ caseId: Id, name: z.string(), on: z.boolean() }),
  /** A callback is near (kind before) or due now; late when Växel was closed or asleep at the time. */
  callbackReminder: z.object({ callbackId: Id, caseId: Id.nullable(), kind: z.enum(['before', 'due']), late: z.boolean(), dueAt: Instant, name: z.string(), phone: z.string() }),
  /**
   * A colleague's change won over this agent's on a case (both were made without seeing the other,
   * e.g. while offline): the window says so ("Ali marked this resolved while you were offline").
   */
  /** Colleagues on the shop's cases now: who views, replies or writes a note where (through the relay). */
  teamActivity: z.array(z.object({ caseId: Id, name: z.string(), activity: z.enum(['viewing', 'replying', 'noting']), at: Instant })),
  teamConflict: z.object({ caseId: Id, field: z.enum(['assignee', 'status', 'priority', 'subject', 'slaDueAt', 'mergedInto']), value: z.unknown(), by: z.string(), at: Instant }),
} as const;

export type ApiMethods = typeof apiMethods;
export type MethodName = keyof ApiMethods;
export type EventName = keyof typeof apiEvents;

/** What a caller passes (defaults may be left out). */
export type MethodInput<M extends MethodName> = z.input<ApiMethods[M]['input']>;
/** What an implementation receives after validation (defaults filled in). */
export type MethodArgs<M extends MethodName> = z.output<ApiMethods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<ApiMethods[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof apiEvents)[E]>;

export type Unsubscribe = () => void;

/** The renderer's view of the services: what window.vaxel and the web-host client both provide. */
export type AppApi = {
  // `{} extends Input`: every field of the input is optional, so the argument may be left out
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  [M in MethodName]: {} extends MethodInput<M>
    ? (input?: MethodInput<M>) => Promise<MethodOutput<M>>
    : (input: MethodInput<M>) => Promise<MethodOutput<M>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
};

/** What the services implement: inputs arrive validated, with defaults applied. */
export type AppApiHandlers = {
  [M in MethodName]: (input: MethodArgs<M>) => Promise<MethodOutput<M>>;
};

export const METHOD_NAMES = Object.keys(apiMethods) as MethodName[];
export const EVENT_NAMES = Object.keys(apiEvents) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiMethods, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiEvents, name);
}

export type CaseSummary = z.output<typeof CaseSummarySchema>;
export type CaseDetail = z.output<typeof CaseDetailSchema>;
export type Message = z.output<typeof MessageSchema>;
export type SearchHit = z.output<typeof SearchHitSchema>;
export type Account = z.output<typeof AccountSchema>;
export type AppStatus = z.output<typeof StatusSchema>;
export type MailStatus = z.output<typeof MailStatusSchema>;
export type ChatStatus = z.output<typeof ChatStatusSchema>;
export type Callback = z.output<typeof CallbackSchema>;
export type SuggestionsView = z.output<typeof SuggestionsSchema>;
export type Template = z.output<typeof TemplateSchema>;
export type ChannelPlan = z.output<typeof ChannelPlanSchema>;
export type AppInfo = z.output<typeof AppInfoSchema>;
export type SettingsPayload = z.output<typeof SettingsSchema>;
