import { z } from 'zod';
import { CHANNELS } from '../domain/channels';
import { CASE_STATUSES, PRIORITIES } from '../domain/cases';
import { LANGUAGES } from '../domain/settings';
import { MAIL_SECURITY } from '../domain/mailServers';
import { InvitationRuleSchema } from './relayProtocol';
import { CalendarDateField, DayHoursField, TimeZoneField } from './calendarFields';

/** Instants cross the API as UTC epoch milliseconds. */
export const Instant = z.number().int().nonnegative();
export const Id = z.string().min(1).max(200);

export const ChannelSchema = z.enum(CHANNELS);
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export const PrioritySchema = z.enum(PRIORITIES);
export const LanguageSchema = z.enum(LANGUAGES);

export const IdentitySchema = z.object({
  kind: z.enum(['email', 'chat', 'phone']),
  value: z.string(),
});

export const CustomerSchema = z.object({
  id: Id,
  name: z.string(),
  identities: z.array(IdentitySchema),
  /** Typed by the customer in the widget and not yet confirmed by an agent: never used to find their history. */
  unverified: z.array(IdentitySchema).default([]),
  createdAt: Instant,
});

export const CaseSummarySchema = z.object({
  id: Id,
  number: z.number().int().positive(),
  channel: ChannelSchema,
  status: CaseStatusSchema,
  priority: PrioritySchema,
  subject: z.string(),
  customerId: Id.nullable(),
  customerName: z.string(),
  assignee: z.string().nullable(),
  preview: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
  lastMessageAt: Instant.nullable(),
  /** Since when the customer has waited for an answer; null when nobody is waiting. */
  waitingSince: Instant.nullable(),
  slaDueAt: Instant.nullable(),
});

export const EmailAddressSchema = z.object({ name: z.string(), address: z.string() });

export const AttachmentSchema = z.object({
  id: z.number().int(),
  filename: z.string(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  inline: z.boolean(),
});

/** The messaging gateways Växel speaks: 46elks (SMS) and Sinch (RCS with SMS fallback). */
export const SMS_PROVIDERS = ['46elks', 'sinch'] as const;

/** What an SMS/RCS gateway reports about one message, in order. */
export const SMS_RECEIPTS = ['created', 'sent', 'delivered', 'read', 'failed'] as const;
export type SmsReceipt = (typeof SMS_RECEIPTS)[number];
/** Why a gateway could not deliver a message, in the terms an agent acts on. */
export const SMS_FAILURE_KINDS = ['invalid', 'noRcs', 'unreachable', 'rateLimit', 'refused', 'setup', 'other'] as const;
export type SmsFailureKind = (typeof SMS_FAILURE_KINDS)[number];

/**
 * Why an outgoing message could not go out yet, in terms the window words: the mail server's
 * problems (as MailProblemSchema), the SMS gateway's, and a mailbox that was removed.
 */
export const DELIVERY_PROBLEMS = ['auth', 'unavailable', 'hostNotFound', 'refused', 'timeout', 'untrustedCertificate', 'tls', 'server', 'network', 'diskFull', 'credits', 'invalid', 'rateLimit', 'mailboxGone'] as const;
export type DeliveryProblem = (typeof DELIVERY_PROBLEMS)[number];

/** Where an outgoing message is on its way out: the outbox row behind it. */
export const DeliverySchema = z.object({
  outboxId: Id,
  state: z.enum(['queued', 'sending', 'sent', 'failed', 'cancelled', 'held']),
  attempts: z.number().int().nonnegative(),
  /** Not sent before this instant: the undo window, or the next retry. */
  notBefore: Instant,
  /** English detail, for the log and support; the window words `problem`. */
  lastError: z.string().nullable(),
  /** Failed: why, when the services know it (the window's sentence). */
  problem: z.enum(DELIVERY_PROBLEMS).nullable().default(null),
  /** SMS/RCS: what the gateway last reported (delivered to the phone, read, or failed). */
  receipt: z.enum(SMS_RECEIPTS).nullable().default(null),
  /** SMS/RCS: the channel it went by, once the gateway says (RCS, or SMS when the phone had no RCS). */
  via: z.enum(['rcs', 'sms']).nullable().default(null),
  /** SMS/RCS: why the gateway could not deliver it (with `receipt` failed); `lastError` has its own words. */
  failure: z.enum(SMS_FAILURE_KINDS).nullable().default(null),
  /** Went out through the demo's mailbox or gateway: nothing left this computer. */
  demo: z.boolean().default(false),
  /** Held before leaving because the thread changed while it waited: what changed, who, when. */
  held: z
    .object({ kind: z.enum(['newerCustomerMessage', 'colleagueReplied', 'answered', 'claimed']), by: z.string().nullable(), at: z.number().nullable() })
    .nullable()
    .default(null),
});

export const MessageSchema = z.object({
  id: z.number().int(),
  caseId: Id,
  direction: z.enum(['in', 'out', 'note']),
  channel: ChannelSchema,
  author: z.string(),
  subject: z.string().nullable(),
  bodyText: z.string(),
  createdAt: Instant,
  /** E-mail only: the addresses as the message carried them. */
  email: z
    .object({
      from: EmailAddressSchema.nullable(),
      to: z.array(EmailAddressSchema),
      cc: z.array(EmailAddressSchema),
      replyTo: EmailAddressSchema.nullable(),
      messageId: z.string().nullable(),
    })
    .nullable()
    .default(null),
  /** The message has an HTML body, shown sanitized on request (getMessageHtml). */
  hasHtml: z.boolean().default(false),
  attachments: z.array(AttachmentSchema).default([]),
  delivery: DeliverySchema.nullable().default(null),
});

export const CaseEventSchema = z.object({
  id: z.number().int(),
  caseId: Id,
  at: Instant,
  actor: z.string(),
  kind: z.string(),
  data: z.record(z.string(), z.unknown()),
});

/** A case that holds a relay conversation: who has it and where it stands. */
export const ChatCaseSchema = z.object({
  conversationId: z.string(),
  kind: z.enum(['chat', 'message', 'callback']),
  state: z.enum(['queued', 'active', 'closed']),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Whether this laptop's agent has it. */
  mine: z.boolean(),
  customerPage: z.string().nullable(),
  callbackAt: Instant.nullable(),
});

/** A booked callback, with its time on the shop's wall clock (and the customer's, where it differs). */
export const CallbackSchema = z.object({
  id: Id,
  caseId: Id.nullable(),
  customerId: Id.nullable(),
  phone: z.string(),
  name: z.string(),
  dueAt: Instant,
  timeZone: z.string(),
  customerTimeZone: z.string().nullable(),
  /** 'YYYY-MM-DD HH:MM' in the shop's zone, and in the customer's when it differs. */
  local: z.object({ shop: z.string(), customer: z.string().nullable() }),
  durationMin: z.number().int(),
  note: z.string(),
  assignee: z.string().nullable(),
  status: z.enum(['booked', 'done', 'missed', 'cancelled']),
  outcome: z.enum(['reached', 'not_reached', 'voicemail', 'wrong_number']).nullable(),
  outcomeNote: z.string().nullable(),
  remindedAt: Instant.nullable(),
  dueNotifiedAt: Instant.nullable(),
  late: z.boolean(),
  attempt: z.number().int(),
  source: z.enum(['widget', 'case', 'call', 'agent', 'cli']),
  shared: z.boolean(),
  /** When the customer confirmed the time (tapped Bekräfta, or answered 1/JA); null until then. */
  confirmedAt: Instant.nullable().default(null),
  /** When the customer was reminded of the call (SMS/RCS or e-mail). */
  customerRemindedAt: Instant.nullable().default(null),
});

export const SlotSchema = z.object({ at: Instant, local: z.string(), free: z.number().int() });

export const CaseDetailSchema = z.object({
  case: CaseSummarySchema,
  customer: CustomerSchema.nullable(),
  messages: z.array(MessageSchema),
  events: z.array(CaseEventSchema),
  /** The customer's other cases, newest first. */
  otherCases: z.array(CaseSummarySchema),
  chat: ChatCaseSchema.nullable().default(null),
  callbacks: z.array(CallbackSchema).default([]),
  /** The language to write to the customer in (their widget's, or what they wrote in). */
  customerLanguage: LanguageSchema.default('sv'),
});

export const SearchHitSchema = z.object({
  case: CaseSummarySchema,
  /** Text around the match; matched words are wrapped in \u0002 … \u0003 (never HTML). */
  snippet: z.string(),
});

export const DayHoursSchema = DayHoursField.nullable();

export const SettingsSchema = z.object({
  agentName: z.string().max(120),
  /** Put under every e-mail the agent writes. */
  signature: z.string().max(2000),
  /** Mark a customer's e-mail \Seen on the server when the agent opens the case. */
  markSeenOnOpen: z.boolean(),
  /** The agent's first answer on a case nobody has takes the case (shared with the team). */
  firstReplyTakesCase: z.boolean(),
  /** Senders whose remote images the agent chose to load. */
  remoteImagesFrom: z.array(z.string().max(320)).max(5000),
  language: z.enum(['auto', ...LANGUAGES]),
  timeZone: TimeZoneField,
  openingHours: z.array(DayHoursSchema).length(7),
  /** Days the shop is closed (YYYY-MM-DD in its time zone). */
  holidays: z.array(CalendarDateField).max(400),
  /** Proactive chat invitations on the shop's site: page pattern, seconds on the page, text. */
  chatInvitations: z.array(InvitationRuleSchema).max(20),
  callbackSlotMinutes: z.number().int().min(5).max(120),
  callbackCapacity: z.number().int().min(1).max(20),
  callbackLeadMinutes: z.number().int().min(0).max(7 * 24 * 60),
  reminderMinutesBefore: z.number().int().min(0).max(120),
  slaTargets: z.object(
    Object.fromEntries(CHANNELS.map((c) => [c, z.number().int().positive().max(30 * 24 * 3600)])) as Record<
      (typeof CHANNELS)[number],
      z.ZodNumber
    >,
  ),
});

export const MailServerSchema = z.object({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  /** tls: implicit TLS (993/465); starttls: upgrade (143/587); none: only to localhost, when allowed. */
  security: z.enum(MAIL_SECURITY),
  username: z.string().max(320),
});

export const FingerprintSchema = z.string().regex(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/, 'a SHA-256 fingerprint');

export const PinnedCertificateSchema = z.object({
  fingerprint: FingerprintSchema,
  /** The certificate (PEM), trusted as its own authority when it is the one the server shows. */
  pem: z.string().max(20_000).startsWith('-----BEGIN CERTIFICATE-----'),
  subject: z.string().max(500).default(''),
});

/** Why a mail server could not be used, told apart so the agent knows what to fix. */
export const MailProblemKindSchema = z.enum(['auth', 'unavailable', 'hostNotFound', 'refused', 'timeout', 'untrustedCertificate', 'tls', 'server', 'network', 'diskFull']);

export const MailProblemSchema = z.object({
  kind: MailProblemKindSchema,
  server: z.enum(['imap', 'smtp']),
  /** English detail for logs; the window shows a sentence in the agent's language for `kind`. */
  message: z.string(),
  /** For an untrusted certificate: what the server showed, so the agent can compare and pin it. */
  certificate: PinnedCertificateSchema.extend({ issuer: z.string(), validTo: z.string() }).optional(),
});

/** A shop mailbox: one address, read over IMAP and sent from over SMTP. */
export const AccountSchema = z.object({
  id: Id,
  kind: z.literal('mail'),
  label: z.string(),
  address: z.string(),
  displayName: z.string(),
  imap: MailServerSchema,
  smtp: MailServerSchema,
  allowPlaintext: z.boolean(),
  /** Certificates the agent chose to trust after seeing their fingerprint (self-signed, private CA). */
  pinnedCertificates: z.array(PinnedCertificateSchema).max(10),
  hasSecret: z.boolean(),
  createdAt: Instant,
  /** The demo's mailbox: it reaches no server; what is "sent" stays on this computer, marked as a demo. */
  demo: z.boolean().default(false),
});

/** One mailbox's connection as the sync sees it. */
export const MailStatusSchema = z.object({
  accountId: Id,
  state: z.enum(['connecting', 'syncing', 'watching', 'offline', 'stopped']),
  push: z.boolean(),
  problem: MailProblemSchema.nullable(),
  nextRetryAt: Instant.nullable(),
  lastSyncAt: Instant.nullable(),
  /** The running sync of a folder, when there is one. */
  progress: z.object({ folder: z.string(), done: z.number().int(), total: z.number().int() }).nullable(),
});

export const ServerCheckSchema = z.object({ ok: z.boolean(), problem: MailProblemSchema.nullable() });

export const StatusSchema = z.object({
  outboxPending: z.number().int().nonnegative(),
  /** Whether the services can reach their networks; the renderer adds its own link state. */
  online: z.boolean(),
});

export const AppInfoSchema = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser', 'test']),
  dataDir: z.string(),
  osLocale: z.string(),
  secretStorage: z.enum(['safeStorage', 'keyfile', 'memory']),
});

export const ChatAgentSchema = z.object({ id: z.string(), name: z.string(), online: z.boolean(), state: z.enum(['online', 'away']), capacity: z.number().int(), load: z.number().int() });

/** The line to the chat relay as this laptop sees it. */
export const ChatStatusSchema = z.object({
  configured: z.boolean(),
  url: z.string().nullable(),
  state: z.enum(['off', 'connecting', 'online', 'offline', 'unauthorized', 'stopped']),
  /** Why it is not online, in English, for the detail line. */
  detail: z.string().nullable(),
  me: z.object({ id: z.string(), name: z.string() }).nullable(),
  presence: z.enum(['online', 'away']),
  capacity: z.number().int(),
  agents: z.array(ChatAgentSchema),
});
