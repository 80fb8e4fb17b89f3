import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Message } from '../../../shared/contract/api';
import { AppError, refused } from '../../../shared/contract/errors';
import { ImageSchema } from '../../../shared/contract/relayProtocol';
import { refreshActivity } from '../cases/caseActivity';
import type { ChatIngestDeps } from './chatIngest';
import { chatMessageUid } from './chatIngest';

export const CHAT_CHANNEL = 'chat';
/** A line the relay refused for good (the chat ended, a colleague has it) waits for the agent, not for a retry. */
export const PERMANENT_FAILURE_AT = Number.MAX_SAFE_INTEGER;

const PayloadSchema = z.object({ conversation: z.string(), clientId: z.string(), text: z.string(), image: ImageSchema.optional() });
export type ChatPayload = z.output<typeof PayloadSchema>;

export function chatPayload(raw: string): ChatPayload | null {
  try {
    const r = PayloadSchema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/**
 * The agent writes in a chat: the line joins the case at once and waits in the outbox, in the same
 * transaction, under a client id the relay uses to store it once however often it is sent.
 */
export function queueChat(d: ChatIngestDeps, input: { caseId: string; text: string; image?: { filename: string; contentType: string; dataBase64: string } | undefined }): Message {
  const conv = d.repos.chat.ofCase(input.caseId);
  if (!conv || conv.kind !== 'chat') throw refused('noChat', 'this case has no chat to write in');
  if (conv.state === 'closed') throw refused('chatEnded', 'this chat has ended; write to the customer by e-mail instead');
  const me = d.repos.chat.relay();
  if (conv.owner_id && me?.agent_id && conv.owner_id !== me.agent_id) throw new AppError('CONFLICT', `${conv.owner_name ?? 'a colleague'} has this chat`, conv.owner_name ? { reason: 'chatTakenBy', values: { name: conv.owner_name } } : { reason: 'chatClaimed' });
  const image = input.image ? ImageSchema.safeParse({ name: input.image.filename.slice(0, 200), type: input.image.contentType, data: input.image.dataBase64 }) : null;
  if (image && !image.success) throw refused('chatImageInvalid', 'chat images must be PNG, JPEG, GIF or WebP of at most 1.5 MB');
  if (!input.text.trim() && !image) throw refused('emptyMessage', 'the message is empty');

  const now = d.clock.now();
  const clientId = randomBytes(12).toString('base64url');
  const payload: ChatPayload = { conversation: conv.conversation_id, clientId, text: input.text, ...(image?.success ? { image: image.data } : {}) };
  const author = me?.agent_name || d.repos.settings.get().agentName || 'agent';
  const id = d.db.transaction(() => {
    const m = d.repos.messages.insert({ uid: chatMessageUid(conv.conversation_id, clientId), caseId: input.caseId, direction: 'out', channel: 'chat', author, bodyText: input.text, createdAt: now });
    if (image?.success) {
      const bytes = Buffer.from(image.data.data, 'base64');
      d.repos.mail.addAttachment({ messageId: m.id, sha256: d.attachments.put(bytes), size: bytes.length, mimeType: image.data.type, filename: image.data.name, contentId: null, inline: false });
    }
    d.repos.outbox.enqueue({ uid: clientId, caseId: input.caseId, messageId: m.id, channel: CHAT_CHANNEL, accountId: null, payload, notBefore: now, now });
    refreshActivity(d, input.caseId, { reopenOnInbound: false, at: now, actor: author });
    return m.id;
  })();
  return d.repos.messages.get(id)!;
}
