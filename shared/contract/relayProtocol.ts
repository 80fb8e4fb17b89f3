import { z } from 'zod';

/**
 * The chat relay protocol, version 1: JSON text frames over one WebSocket per party. Both the relay
 * and its clients (Växel's chat service, the customer widget) validate every frame they receive
 * against these schemas. docs/relay-protocol.md explains the flow; this file is the authority.
 */
import { isValidTimeZone } from '../domain/calendar';
import { CalendarDateField, DayHoursField, TimeZoneField } from './calendarFields';
import { RELAY_CLOSE, RELAY_MAX_FRAME_BYTES, RELAY_MAX_IMAGE_BYTES, RELAY_MAX_TEXT, RELAY_PROTOCOL_VERSION, RELAY_WS_PATH } from './relayConstants';

export { RELAY_CLOSE, RELAY_MAX_FRAME_BYTES, RELAY_MAX_IMAGE_BYTES, RELAY_MAX_TEXT, RELAY_PROTOCOL_VERSION, RELAY_WS_PATH };

const ConversationId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** Chosen by the sender, unique per sender: a resent frame with the same id is stored once. */
const ClientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const Seq = z.number().int().nonnegative();
const Lang = z.enum(['sv', 'en']);
const Text = z.string().max(RELAY_MAX_TEXT);
const Ref = z.string().max(64).optional();

export const ImageSchema = z.object({
  name: z.string().max(200),
  type: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']),
  /** base64, at most RELAY_MAX_IMAGE_BYTES once decoded */
  data: z.string().max(Math.ceil(RELAY_MAX_IMAGE_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

export const DayHoursSchema = DayHoursField;
export const InvitationRuleSchema = z.object({
  /** A page URL pattern: * matches any run of characters, e.g. "*\/checkout*". */
  pattern: z.string().min(1).max(300),
  seconds: z.number().int().min(0).max(3600),
  text: z.object({ sv: z.string().max(300), en: z.string().max(300) }),
});
export const ShopConfigSchema = z.object({
  name: z.string().max(120).default(''),
  timeZone: TimeZoneField.default('Europe/Stockholm'),
  /** Monday first; null = closed that day. */
  openingHours: z.array(DayHoursSchema.nullable()).length(7),
  /** Dates (YYYY-MM-DD, shop time) when the shop is closed. */
  holidays: z.array(CalendarDateField).max(400).default([]),
  invitations: z.array(InvitationRuleSchema).max(20).default([]),
  /** Booked callbacks: slot length, places per slot (agents on callback duty), minimum notice. */
  callbacks: z.object({ slotMinutes: z.number().int().min(5).max(120), capacity: z.number().int().min(1).max(20), leadMinutes: z.number().int().min(0) }).default({ slotMinutes: 15, capacity: 1, leadMinutes: 30 }),
});
export type ShopConfig = z.output<typeof ShopConfigSchema>;
export type ShopConfigInput = z.input<typeof ShopConfigSchema>;
export type InvitationRule = z.output<typeof InvitationRuleSchema>;

// ---- client → relay ------------------------------------------------------------------------

export const AgentHelloSchema = z.object({
  type: z.literal('hello'),
  v: z.literal(RELAY_PROTOCOL_VERSION),
  role: z.literal('agent'),
  token: z.string().min(16).max(200),
  state: z.enum(['online', 'away']).default('online'),
  capacity: z.number().int().min(1).max(20).default(3),
  /** The name the agent chose in Växel's Settings: customers and colleagues see this one. */
  name: z.string().trim().min(1).max(120).optional(),
});
export const CustomerHelloSchema = z.object({
  type: z.literal('hello'),
  v: z.literal(RELAY_PROTOCOL_VERSION),
  role: z.literal('customer'),
  /** The session token the widget kept from an earlier welcome; absent for a new visitor. */
  session: z.string().min(16).max(200).optional(),
  lang: Lang.default('sv'),
  page: z.string().max(2000).optional(),
  /** The last seq the widget has shown in its current conversation; the relay resends what follows. */
  since: Seq.default(0),
});
export const HelloSchema = z.discriminatedUnion('role', [AgentHelloSchema, CustomerHelloSchema]);

export const SaySchema = z.object({
  type: z.literal('say'),
  /** Agents name the conversation; a customer speaks in their own. */
  conversation: ConversationId.optional(),
  clientId: ClientId,
  text: Text,
  image: ImageSchema.optional(),
});
export const AckSchema = z.object({ type: z.literal('ack'), conversation: ConversationId, seq: Seq });
export const TypingSchema = z.object({ type: z.literal('typing'), conversation: ConversationId.optional(), on: z.boolean() });

export const PresenceSchema = z.object({ type: z.literal('presence'), state: z.enum(['online', 'away']), capacity: z.number().int().min(1).max(20), name: z.string().trim().min(1).max(120).optional() });
/** What this agent is doing on a shared case now (repeated as a heartbeat); nulls: nothing. */
export const CASE_ACTIVITIES = ['viewing', 'replying', 'noting'] as const;
export const ActivitySchema = z.object({ type: z.literal('activity'), caseKey: z.string().max(998).nullable(), activity: z.enum(CASE_ACTIVITIES).nullable() });
export const ClaimSchema = z.object({ type: z.literal('claim'), conversation: ConversationId, ref: Ref });
export const TransferSchema = z.object({ type: z.literal('transfer'), conversation: ConversationId, to: z.string().max(64), ref: Ref });
export const CloseConversationSchema = z.object({ type: z.literal('close'), conversation: ConversationId, ref: Ref });
export const SetShopSchema = z.object({ type: z.literal('shop'), config: ShopConfigSchema, ref: Ref });

export const PageSchema = z.object({ type: z.literal('page'), url: z.string().max(2000) });
export const LeaveMessageSchema = z.object({
  type: z.literal('leave'),
  clientId: ClientId,
  name: z.string().trim().max(200),
  email: z.email().max(254),
  text: z.string().trim().min(1).max(RELAY_MAX_TEXT),
});
export const CallbackRequestSchema = z.object({
  type: z.literal('callback'),
  clientId: ClientId,
  name: z.string().trim().max(200),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,20}$/),
  /** The slot the customer chose, as an ISO 8601 instant. */
  at: z.iso.datetime({ offset: true }),
  note: z.string().trim().max(1000),
  /** The customer's own IANA time zone (from their browser), to show the time in theirs too. */
  // an unknown zone is dropped, not refused: the booking matters more than showing the customer's time
  timeZone: z.string().max(64).optional().transform((tz) => (tz && isValidTimeZone(tz) ? tz : undefined)),
});

/** The callback slots of one day (the shop's calendar date), asked by the widget. */
export const SlotsRequestSchema = z.object({ type: z.literal('slots'), date: CalendarDateField });
/** The days the widget may offer for a callback: the relay's calendar decides, not the customer's clock. */
export const DaysRequestSchema = z.object({ type: z.literal('days') });
/** An agent books a callback (from a case, during a call): the relay keeps the slot's capacity. */
export const BookSchema = z.object({
  type: z.literal('book'),
  ref: Ref,
  at: z.number().int(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,20}$/),
  name: z.string().max(200).default(''),
  email: z.string().max(254).nullable().default(null),
  note: z.string().max(1000).default(''),
  lang: Lang.default('sv'),
  caseRef: z.string().max(200).nullable().default(null),
  assignee: z.string().max(64).nullable().default(null),
});
/** Reschedule, reassign, or close a callback with its outcome. */
export const CallbackUpdateSchema = z.object({
  type: z.literal('callbackUpdate'),
  ref: Ref,
  conversation: ConversationId,
  at: z.number().int().optional(),
  assignee: z.string().max(64).nullable().optional(),
  status: z.enum(['booked', 'done', 'missed', 'cancelled']).optional(),
});

/** A laptop has taken the gateway callbacks up to this one. */
export const ProviderAckSchema = z.object({ type: z.literal('providerAck'), seq: z.number().int().positive() });
/**
 * Ask for the right to send a customer notice every laptop would otherwise send (a widget
 * booking's confirmation, the reminder before the call): `ok` to the first laptop, `already_claimed`
 * to the rest. The key names the notice and the call's time, e.g. "reminder@1764600000000".
 */
export const NoticeClaimSchema = z.object({ type: z.literal('noticeClaim'), conversation: ConversationId, notice: z.string().regex(/^[a-z]+@\d{1,15}$/), ref: z.string().max(64) });
/** Ask for the customer's self-service link to a booked callback (move or cancel it without writing). */
export const SelfServiceLinkSchema = z.object({ type: z.literal('selfServiceLink'), conversation: ConversationId, ref: z.string().max(100) });

export const AgentFrameSchema = z.discriminatedUnion('type', [
  SaySchema,
  AckSchema,
  TypingSchema,
  PresenceSchema,
  ClaimSchema,
  TransferSchema,
  CloseConversationSchema,
  SetShopSchema,
  BookSchema,
  CallbackUpdateSchema,
  ActivitySchema,
  ProviderAckSchema,
  SelfServiceLinkSchema,
  NoticeClaimSchema,
]);
export const CustomerFrameSchema = z.discriminatedUnion('type', [SaySchema, AckSchema, TypingSchema, PageSchema, LeaveMessageSchema, CallbackRequestSchema, SlotsRequestSchema, DaysRequestSchema]);
export type AgentFrame = z.output<typeof AgentFrameSchema>;
export type CustomerFrame = z.output<typeof CustomerFrameSchema>;
export type Hello = z.output<typeof HelloSchema>;

// ---- relay → client ------------------------------------------------------------------------

export const AgentInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  online: z.boolean(),
  state: z.enum(['online', 'away']),
  capacity: z.number().int(),
  load: z.number().int(),
});
export const ConversationInfoSchema = z.object({
  id: ConversationId,
  kind: z.enum(['chat', 'message', 'callback']),
  state: z.enum(['queued', 'active', 'closed']),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  customer: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    lang: Lang,
    page: z.string().nullable(),
    timeZone: z.string().nullable().default(null),
  }),
  createdAt: z.number(),
  lastSeq: Seq,
  /** For a callback: the instant booked, its status, and the Växel case it belongs to (booked from a case). */
  callbackAt: z.number().nullable(),
  callbackStatus: z.enum(['booked', 'done', 'missed', 'cancelled']).nullable().default(null),
  caseRef: z.string().nullable().default(null),
});
export const MsgSchema = z.object({
  type: z.literal('msg'),
  conversation: ConversationId,
  seq: z.number().int().positive(),
  from: z.enum(['customer', 'agent', 'system']),
  agent: z.object({ id: z.string(), name: z.string() }).nullable(),
  clientId: z.string(),
  text: Text,
  image: ImageSchema.nullable(),
  at: z.number(),
});
export const WelcomeSchema = z.object({
  type: z.literal('welcome'),
  v: z.literal(RELAY_PROTOCOL_VERSION),
  role: z.enum(['agent', 'customer']),
  you: z.object({ id: z.string(), name: z.string() }),
  serverTime: z.number(),
  /** customers: the token to keep for the next visit, and the open conversation if any */
  session: z.string().optional(),
  conversation: ConversationId.nullable().optional(),
  shop: ShopConfigSchema.optional(),
});
export const AcceptedSchema = z.object({ type: z.literal('accepted'), clientId: z.string(), conversation: ConversationId, seq: z.number().int().positive() });
export const ConversationFrameSchema = z.object({ type: z.literal('conversation'), conversation: ConversationInfoSchema });
export const TypingOutSchema = z.object({ type: z.literal('typing'), conversation: ConversationId, from: z.enum(['customer', 'agent']), name: z.string(), on: z.boolean() });
export const QueueSchema = z.object({
  type: z.literal('queue'),
  /** Whether a chat can be answered now: open hours and at least one agent online. */
  open: z.boolean(),
  reason: z.enum(['closed', 'noAgents']).nullable(),
  agentsOnline: z.number().int(),
  freeSlots: z.number().int(),
  /** 1 = next to be answered; null when not waiting. */
  position: z.number().int().positive().nullable(),
  waitSeconds: z.number().int().nonnegative().nullable(),
});
export const AgentsSchema = z.object({ type: z.literal('agents'), agents: z.array(AgentInfoSchema) });
export const OkSchema = z.object({ type: z.literal('ok'), ref: z.string(), conversation: z.string().optional(), link: z.string().optional() });
/**
 * A callback from a messaging gateway (Sinch: a delivery report, a reply, a tapped choice), as the
 * relay received and verified it: the raw JSON body, which the laptop reads. Kept until acknowledged.
 */
export const ProviderEventSchema = z.object({ type: z.literal('provider'), seq: z.number().int().positive(), provider: z.literal('sinch'), body: z.string(), at: z.number() });
export const SlotsSchema = z.object({
  type: z.literal('slots'),
  date: z.string(),
  slots: z.array(z.object({ at: z.number(), local: z.string(), free: z.number().int() })),
});
/** The shop's next days with a free callback time; `at` is the day's start, to format the date in the shop's zone. */
export const DaysSchema = z.object({
  type: z.literal('days'),
  days: z.array(z.object({ date: z.string(), at: z.number(), free: z.number().int() })),
});
/** Every agent's current activity on shared cases, sent to the agents when it changes and on connecting. */
export const CaseActivitySchema = z.object({ agent: z.object({ id: z.string(), name: z.string() }), caseKey: z.string(), activity: z.enum(CASE_ACTIVITIES), at: z.number() });
export const ActivityBoardSchema = z.object({ type: z.literal('activity'), entries: z.array(CaseActivitySchema) });
export type CaseActivity = z.output<typeof CaseActivitySchema>;
export const RELAY_ERROR_CODES = ['bad_frame', 'unauthorized', 'rate_limited', 'not_owner', 'already_claimed', 'not_found', 'closed', 'forbidden', 'too_large', 'unavailable', 'slot_full', 'over_quota', 'already_booked'] as const;
export const ErrorFrameSchema = z.object({
  type: z.literal('error'),
  code: z.enum(RELAY_ERROR_CODES),
  message: z.string(),
  ref: z.string().optional(),
});
export const ShopFrameSchema = z.object({ type: z.literal('shop'), config: ShopConfigSchema });

export const RelayFrameSchema = z.discriminatedUnion('type', [
  WelcomeSchema,
  AcceptedSchema,
  MsgSchema,
  ConversationFrameSchema,
  TypingOutSchema,
  QueueSchema,
  AgentsSchema,
  OkSchema,
  ErrorFrameSchema,
  ShopFrameSchema,
  SlotsSchema,
  DaysSchema,
  ActivityBoardSchema,
  ProviderEventSchema,
]);
export type RelayFrame = z.output<typeof RelayFrameSchema>;
export type RelayMsg = z.output<typeof MsgSchema>;
export type ConversationInfo = z.output<typeof ConversationInfoSchema>;
export type AgentInfo = z.output<typeof AgentInfoSchema>;
export type QueueInfo = z.output<typeof QueueSchema>;
export type RelayErrorCode = (typeof RELAY_ERROR_CODES)[number];

/** Parse one text frame: the value, or why it is not a valid frame. */
export function parseFrame<T>(schema: z.ZodType<T>, raw: string): { ok: true; frame: T } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'the frame is not JSON' };
  }
  const r = schema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, error: `invalid frame${issue ? `: ${issue.path.join('.') || 'frame'}: ${issue.message}` : ''}` };
  }
  return { ok: true, frame: r.data };
}
