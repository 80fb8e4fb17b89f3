import { z } from 'zod';
import { isSecureOrLoopbackUrl } from '../domain/transportSecurity';
import { CalendarDateField } from './calendarFields';
import {
  SMS_PROVIDERS,
  AccountSchema,
  AppInfoSchema,
  CaseDetailSchema,
  CaseStatusSchema,
  CallbackSchema,
  CaseSummarySchema,
  ChannelSchema,
  ChatStatusSchema,
  Id,
  Instant,
  MailServerSchema,
  MailStatusSchema,
  MessageSchema,
  ServerCheckSchema,
  PrioritySchema,
  SearchHitSchema,
  SettingsSchema,
  SlotSchema,
  StatusSchema,
} from './schemas';

const AccountInput = z.object({
  id: Id.optional(),
  label: z.string().trim().min(1).max(120),
  address: z.email(),
  displayName: z.string().trim().max(120).default(''),
  imap: MailServerSchema,
  smtp: MailServerSchema,
  allowPlaintext: z.boolean().default(false),
  pinnedCertificates: AccountSchema.shape.pinnedCertificates.default([]),
  /** Omitted to keep the stored password. Never sent back. */
  password: z.string().max(1000).optional(),
  /** Only when the SMTP server wants another password than IMAP. */
  smtpPassword: z.string().max(1000).optional(),
});

const Recipient = z.object({ name: z.string().max(200).optional(), address: z.email() });
const StagedAttachment = z.object({
  filename: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentType: z.string().max(200),
});

/**
 * The one API between the agent window and the services. Every transport (Electron IPC, the web
 * host's WebSocket, the in-memory pair used in tests) carries exactly these methods and events, and
 * validates every payload against these schemas on the receiving side.
 */
const TemplateSchema = z.object({
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
const FirstToAnswerSchema = z.array(z.object({ caseId: Id, number: z.number().int(), subject: z.string(), level: z.enum(['urgent', 'high', 'normal']), score: z.number(), reasons: z.array(ReasonSchema) }));

const scored = <T extends z.ZodType>(value: T) => z.object({ value, score: z.number(), reasons: z.array(ReasonSchema) });
const SuggestionsSchema = z.object({
  language: z.enum(['sv', 'en']),
  intent: z.object({ value: z.string(), words: z.array(z.string()) }),
  signals: z.array(z.object({ id: z.string(), strength: z.number(), evidence: z.array(z.string()) })),
  channel: z.array(scored(z.enum(['chat', 'email', 'callback', 'sms']))),
  templates: z.array(scored(z.string()).extend({ name: z.string() })),
  priority: scored(z.enum(['urgent', 'high', 'normal'])),
});
const ChannelPlanSchema = z.object({
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

const SmsGatewaySchema = z.object({
  /** 'demo': the demo's gateway, which sends nothing and reports each message delivered. */
  provider: z.enum([...SMS_PROVIDERS, 'demo']),
  baseUrl: z.string(),
  /** 46elks: the API username. Sinch: the access key id. */
  username: z.string(),
  sender: z.string(),
  /** Sinch sends RCS (with SMS as the fallback); 46elks sends SMS only. */
  rcs: z.boolean(),
  /** Sinch only. */
  projectId: z.string().nullable(),
  appId: z.string().nullable(),
});

export const apiMethods = {
  getInfo: { input: z.object({}), output: AppInfoSchema },
  getStatus: { input: z.object({}), output: StatusSchema },

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

  getSettings: { input: z.object({}), output: SettingsSchema },
  updateSettings: { input: SettingsSchema.partial(), output: SettingsSchema },

  listAccounts: { input: z.object({}), output: z.array(AccountSchema) },
  saveAccount: {
    input: AccountInput,
    output: AccountSchema,
  },
  removeAccount: { input: z.object({ id: Id }), output: z.object({ removed: z.boolean() }) },
  /** Try the IMAP and SMTP settings (a saved account's password is used when none is given). */
  testAccount: {
    input: AccountInput,
    output: z.object({ imap: ServerCheckSchema, smtp: ServerCheckSchema }),
  },
  getMailStatus: { input: z.object({}), output: z.array(MailStatusSchema) },
  /** Check the mailboxes now, and send what waits in the outbox. */
  syncMail: { input: z.object({ accountId: Id.optional() }), output: z.object({ started: z.number().int() }) },
  listMailFailures: {
    input: z.object({ accountId: Id }),
    output: z.array(z.object({ folder: z.string(), uid: z.number().int(), reason: z.string(), size: z.number().int(), createdAt: z.number() })),
  },

  /** Reply, reply-all, forward or a new e-mail in a case; queued for UNDO_MS before the first try. */
  sendEmail: {
    input: z.object({
      caseId: Id,
      replyToMessageId: z.number().int().nullable().default(null),
      mode: z.enum(['reply', 'replyAll', 'forward', 'new']).default('reply'),
      accountId: Id.optional(),
      to: z.array(Recipient).max(50).optional(),
      cc: z.array(Recipient).max(50).optional(),
      subject: z.string().max(300).optional(),
      body: z.string().trim().min(1).max(100_000),
      attachments: z.array(StagedAttachment).max(20).default([]),
    }),
    output: MessageSchema,
  },
  undoSend: {
    input: z.object({ outboxId: Id }),
    output: z.object({ undone: z.boolean(), caseId: Id.nullable(), body: z.string() }),
  },
  retrySend: { input: z.object({ outboxId: Id }), output: z.object({ retried: z.boolean() }) },
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
  /** An e-mail held because its thread changed: send it anyway, take it back to edit, or discard it. */
  resolveHeldEmail: {
    input: z.object({ outboxId: Id, action: z.enum(['send', 'edit', 'discard']) }),
    output: z.object({ done: z.boolean(), caseId: Id.nullable(), body: z.string() }),
  },
  /** A file for an e-mail being written, stored by content until it is sent. */
  stageAttachment: {
    input: z.object({ filename: z.string().trim().min(1).max(255), contentType: z.string().max(200).default('application/octet-stream'), dataBase64: z.string().max(34_000_000) }),
    output: StagedAttachment.extend({ size: z.number().int() }),
  },
  getAttachment: {
    input: z.object({ id: z.number().int() }),
    output: z.object({ filename: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  },
  /** The HTML body, sanitized, with cid: images inlined and remote images blocked unless allowed. */
  getMessageHtml: {
    input: z.object({ id: z.number().int() }),
    output: z.object({ html: z.string(), blockedImages: z.number().int(), sender: z.string().nullable(), remoteAllowed: z.boolean() }),
  },
  allowRemoteImages: { input: z.object({ sender: z.email() }), output: z.object({ allowed: z.array(z.string()) }) },
  /** The agent opened this e-mail case: flag its customer e-mails \\Seen on the server, if Settings say so. */
  markCaseRead: { input: z.object({ caseId: Id }), output: z.object({ flagged: z.number().int() }) },
  listTemplates: { input: z.object({}), output: z.array(TemplateSchema) },
  /** Create or change a template (a new one gets an id). */
  saveTemplate: { input: TemplateSchema.omit({ builtin: true }).extend({ id: z.string().max(100).optional() }), output: TemplateSchema },
  deleteTemplate: { input: z.object({ id: z.string().max(100) }), output: z.object({ removed: z.boolean() }) },

  // ---- decision support --------------------------------------------------------------------
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
  mergeCases: { input: z.object({ intoId: Id, fromId: Id }), output: CaseSummarySchema },

  // ---- chat --------------------------------------------------------------------------------
  getChatStatus: { input: z.object({}), output: ChatStatusSchema },
  /** Connect this laptop to the shop's chat relay with this agent's token (from `npm run relay -- agent add`). */
  saveChatRelay: {
    input: z.object({
      url: z.string().trim().min(1).max(500).refine(isSecureOrLoopbackUrl, 'an address starting with https:// or wss:// (http:// only for a relay on this computer)'),
      /** Omitted to keep the stored token. */
      token: z.string().trim().min(16).max(200).optional(),
      capacity: z.number().int().min(1).max(20).default(3),
    }),
    output: ChatStatusSchema,
  },
  removeChatRelay: { input: z.object({}), output: ChatStatusSchema },
  /** Online takes new chats (up to capacity at once); away keeps the current ones only. */
  setChatPresence: { input: z.object({ state: z.enum(['online', 'away']), capacity: z.number().int().min(1).max(20).optional() }), output: ChatStatusSchema },
  /** A line in a chat: stored at once, sent in order and once, now or when the relay is back. */
  sendChat: {
    input: z.object({
      caseId: Id,
      text: z.string().max(4000).default(''),
      image: z.object({ filename: z.string().min(1).max(255), contentType: z.string().max(100), dataBase64: z.string().max(2_100_000) }).optional(),
    }),
    output: MessageSchema,
  },
  /** Take a waiting chat; the first agent to claim it has it. */
  claimChat: { input: z.object({ caseId: Id }), output: CaseSummarySchema },
  transferChat: { input: z.object({ caseId: Id, toAgentId: z.string().min(1).max(64) }), output: CaseSummarySchema },
  endChat: { input: z.object({ caseId: Id }), output: CaseSummarySchema },
  chatTyping: { input: z.object({ caseId: Id, on: z.boolean() }), output: z.object({}) },
  /** Move a chat to e-mail: the transcript and a message go to the customer's address; the case keeps its history. */
  moveChatToEmail: {
    input: z.object({ caseId: Id, address: z.email(), body: z.string().trim().min(1).max(20_000), subject: z.string().trim().max(300).optional() }),
    output: MessageSchema,
  },
  splitMessage: { input: z.object({ messageId: z.number().int() }), output: CaseSummarySchema },

  // ---- callbacks ---------------------------------------------------------------------------
  /** The slots offered on one day of the shop's calendar, with places left. */
  callbackSlots: { input: z.object({ date: CalendarDateField }), output: z.object({ date: z.string(), timeZone: z.string(), slots: z.array(SlotSchema) }) },
  bookCallback: {
    input: z.object({
      caseId: Id.optional(),
      phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,20}$/, 'a phone number'),
      name: z.string().trim().max(200).optional(),
      email: z.email().optional(),
      at: Instant,
      note: z.string().max(1000).optional(),
      source: z.enum(['case', 'call', 'agent', 'cli']).default('agent'),
      assignee: z.string().max(120).nullable().optional(),
      /** Send the customer a confirmation (e-mail where there is an address and a mailbox, SMS where a gateway is set up). */
      confirm: z.boolean().default(true),
    }),
    output: CallbackSchema,
  },
  listCallbacks: {
    input: z.object({ from: Instant, to: Instant, assignee: z.string().max(120).optional() }),
    output: z.array(CallbackSchema),
  },
  changeCallback: {
    input: z.object({ id: Id, at: Instant.optional(), assignee: z.string().max(120).nullable().optional(), status: z.enum(['booked', 'cancelled']).optional() }),
    output: CallbackSchema,
  },
  /** After the call: what happened. Not reached suggests a new slot and a "we tried to reach you" message. */
  logCallbackOutcome: {
    input: z.object({ id: Id, outcome: z.enum(['reached', 'not_reached', 'voicemail', 'wrong_number']), note: z.string().max(2000).default('') }),
    output: z.object({
      callback: CallbackSchema,
      retry: SlotSchema.nullable(),
      /** The message to offer the customer, in their language, and by which channels it can go. */
      tryAgain: z.object({ text: z.string(), channels: z.array(z.enum(['email', 'sms'])) }).nullable(),
    }),
  },
  /** Send the customer a callback notice now: the confirmation, or "we tried to reach you" (with the new time, if booked). */
  sendCallbackNotice: {
    input: z.object({ id: Id, kind: z.enum(['confirm', 'tried']), retryAt: Instant.nullable().default(null), channels: z.array(z.enum(['email', 'sms'])).min(1).max(2) }),
    output: z.object({ sent: z.array(z.enum(['email', 'sms'])) }),
  },

  // ---- SMS ----------------------------------------------------------------------------------
  getSmsGateway: { input: z.object({}), output: SmsGatewaySchema.nullable() },
  /** The shop's SMS gateway (46elks): API username and password, and the sender customers see. */
  /**
   * The shop's messaging gateway: 46elks (SMS; API username and password) or Sinch (RCS with SMS
   * fallback; an access key's id and secret, the project and the Conversation API app), and the
   * sender customers see. The API address defaults to the provider's own (EU for Sinch).
   */
  saveSmsGateway: {
    input: z
      .object({
        provider: z.enum(SMS_PROVIDERS).default('46elks'),
        baseUrl: z.url().refine(isSecureOrLoopbackUrl, 'an https:// address (http:// only for a gateway on this computer)').optional(),
        authUrl: z.url().refine(isSecureOrLoopbackUrl, 'an https:// address (http:// only for a gateway on this computer)').optional(),
        username: z.string().trim().min(1).max(200),
        /** Omitted to keep the stored password or key secret. */
        password: z.string().trim().min(1).max(500).optional(),
        /** A phone number in E.164, or up to 11 letters and digits. */
        sender: z.string().trim().regex(/^(\+[1-9]\d{6,14}|[A-Za-z][A-Za-z0-9]{0,10})$/, 'a phone number (+46…) or up to 11 letters and digits'),
        projectId: z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, 'the Sinch project id').optional(),
        appId: z.string().trim().regex(/^[A-Za-z0-9]{1,64}$/, 'the Sinch app id').optional(),
      })
      .refine((g) => g.provider !== 'sinch' || (g.projectId && g.appId), { message: 'Sinch needs the project id and the app id', path: ['projectId'] }),
    output: SmsGatewaySchema,
  },
  removeSmsGateway: { input: z.object({}), output: z.object({ removed: z.boolean() }) },
  /**
   * An SMS (RCS with Sinch) from a case. With `tracking`, a delivery notice: RCS shows it as a card
   * with a button to the carrier's page, and the link is in the text for SMS.
   */
  sendSms: {
    input: z.object({
      caseId: Id,
      to: z.string().trim().min(5).max(30),
      text: z.string().trim().min(1).max(1600),
      tracking: z.url({ protocol: /^https$/ }).max(500).optional(),
    }),
    output: MessageSchema,
  },
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
