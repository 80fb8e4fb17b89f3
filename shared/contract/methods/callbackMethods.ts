import { z } from 'zod';
import { CalendarDateField } from '../calendarFields';
import { CallbackSchema, Id, Instant, SlotSchema } from '../schemas';

/** Booked callbacks: slots, booking, the agenda, outcomes and notices. */
export const callbackMethods = {
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
} as const;
