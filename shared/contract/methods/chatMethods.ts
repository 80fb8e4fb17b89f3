import { z } from 'zod';
import { isSecureOrLoopbackUrl } from '../../domain/transportSecurity';
import { CaseSummarySchema, ChatStatusSchema, Id, MessageSchema } from '../schemas';

/** Chat: the relay connection, presence, and a chat's lines, owner and end. */
export const chatMethods = {
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
} as const;
