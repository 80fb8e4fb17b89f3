import { randomUUID } from 'node:crypto';
import type { ConversationInfo, RelayMsg } from '../../../shared/contract/relayProtocol';
import { slaDueAt } from '../../../shared/domain/cases';
import type { Channel } from '../../../shared/domain/channels';
import { refreshActivity } from '../cases/caseActivity';
import { previewOf, type CaseDeps } from '../cases/caseCommands';
import type { AttachmentStore } from '../mail/attachmentStore';
import type { Identity } from '../store/customersRepo';
import { mirrorCallback } from '../callbacks/callbackMirror';

export interface ChatIngestDeps extends CaseDeps {
  attachments: AttachmentStore;
}

/** The local id of a relay message: the same frame received twice is one row. */
export const chatMessageUid = (conversation: string, clientId: string) => `chat:${conversation}:${clientId}`;

/** A chat is answered in chat; a message left on the site by e-mail; a callback request by phone. */
const CHANNEL_OF: Record<ConversationInfo['kind'], Channel> = { chat: 'chat', message: 'email', callback: 'phone' };
const SUBJECTS: Record<ConversationInfo['kind'], { sv: string; en: string }> = {
  chat: { sv: 'Chatt', en: 'Chat' },
  message: { sv: 'Meddelande via webbplatsen', en: 'Message from the website' },
  callback: { sv: 'Vill bli uppringd', en: 'Asks to be called back' },
};

/**
 * The customer behind a relay conversation: found by the relay's id for the visitor only. The
 * e-mail and phone typed in the widget are claims (anyone can type a known customer's address),
 * kept as unverified until an agent confirms them.
 */
function visitorOf(d: ChatIngestDeps, c: ConversationInfo, now: number): string {
  const identities: Identity[] = [{ kind: 'chat', value: c.customer.id }];
  const customerId = d.repos.customers.findOrCreate({ name: c.customer.name, identities }, now);
  if (c.customer.email) d.repos.customers.claim(customerId, 'email', c.customer.email, now);
  if (c.customer.phone) d.repos.customers.claim(customerId, 'phone', c.customer.phone, now);
  return customerId;
}

/**
 * A conversation the relay announced: its case is made the first time (for the case's customer
 * when an agent booked it from a case, else the visitor found by their chat id only), and later
 * announcements update who owns it and whether it ended.
 * Returns the case id and whether the case is new. Runs inside the caller's transaction.
 */
export function storeConversation(d: ChatIngestDeps, c: ConversationInfo): { caseId: string; isNew: boolean } {
  const now = d.clock.now();
  const known = d.repos.chat.conversation(c.id);
  const row = {
    conversation_id: c.id,
    kind: c.kind,
    state: c.state,
    owner_id: c.owner?.id ?? null,
    owner_name: c.owner?.name ?? null,
    relay_customer_id: c.customer.id,
    customer_page: c.customer.page,
    callback_at: c.callbackAt,
    lang: c.customer.lang,
  };
  // a callback an agent booked from a case belongs to that case's customer; anyone else is a visitor
  const fromCase = c.caseRef ? d.repos.cases.get(c.caseRef) : null;
  const customerId = fromCase?.customer_id ?? (known ? (d.repos.cases.get(known.case_id)?.customer_id ?? null) : null) ?? visitorOf(d, c, now);

  if (known) {
    d.repos.chat.upsert({ ...row, case_id: known.case_id }, now);
    if (c.kind === 'callback') mirrorCallback(d, c, known.case_id, customerId, now);
    const kase = d.repos.cases.get(known.case_id);
    if (kase && (c.owner?.name ?? null) !== kase.assignee && c.owner) {
      d.repos.cases.update(kase.id, { assignee: c.owner.name }, now);
      d.repos.caseEvents.append(kase.id, now, 'chat', 'assigned', { from: kase.assignee, to: c.owner.name });
    }
    if (known.state !== 'closed' && c.state === 'closed') d.repos.caseEvents.append(known.case_id, now, 'chat', 'chat_ended', {});
    return { caseId: known.case_id, isNew: false };
  }

  // a callback booked from a case belongs to that case (the same id on every laptop of the shop)
  if (c.caseRef && d.repos.cases.get(c.caseRef)) {
    d.repos.chat.upsert({ ...row, case_id: c.caseRef }, now);
    mirrorCallback(d, c, c.caseRef, customerId, now);
    return { caseId: c.caseRef, isNew: false };
  }
  const caseId = c.caseRef ?? randomUUID();
  const channel = CHANNEL_OF[c.kind];
  const settings = d.repos.settings.get();
  d.repos.cases.insert({
    id: caseId,
    channel,
    status: 'open',
    priority: 2,
    subject: SUBJECTS[c.kind][c.customer.lang],
    customerId,
    assignee: c.owner?.name ?? null,
    preview: '',
    now,
    waitingSince: c.createdAt,
    // a callback is due when it was booked for
    slaDueAt: c.kind === 'callback' && c.callbackAt ? c.callbackAt : slaDueAt(channel, c.createdAt, settings.slaTargets),
    accountId: 'relay',
    threadKey: c.id,
  });
  d.repos.chat.upsert({ ...row, case_id: caseId }, now);
  d.repos.caseEvents.append(caseId, now, 'chat', 'created', { channel, via: 'relay', kind: c.kind, page: c.customer.page, callbackAt: c.callbackAt });
  if (c.kind === 'callback') mirrorCallback(d, c, caseId, customerId, now);
  return { caseId, isNew: true };
}

/**
 * One relay message into its case, once. The agent's own lines were stored when written (under the
 * same uid), so their echo only moves the case's cursor. Runs inside the caller's transaction.
 */
export function storeRelayMessage(d: ChatIngestDeps, m: RelayMsg): { caseId: string; messageId: number | null; fresh: boolean } | null {
  const conv = d.repos.chat.conversation(m.conversation);
  if (!conv) return null;
  d.repos.chat.setSeq(m.conversation, m.seq);
  const uid = chatMessageUid(m.conversation, m.clientId);
  const existing = d.repos.messages.idByUid(uid);
  if (existing !== null) return { caseId: conv.case_id, messageId: existing, fresh: false };

  const kase = d.repos.cases.get(conv.case_id);
  if (!kase) return null;
  const direction = m.from === 'customer' ? 'in' : m.from === 'agent' ? 'out' : 'note';
  const customerName = kase.customer_name || '';
  const author = m.from === 'customer' ? customerName : m.from === 'agent' ? (m.agent?.name ?? '') : 'Växel';
  const message = d.repos.messages.insert({
    uid,
    caseId: conv.case_id,
    direction,
    channel: kase.channel,
    author,
    bodyText: m.text,
    createdAt: m.at,
  });
  if (m.image) {
    const bytes = Buffer.from(m.image.data, 'base64');
    const sha = d.attachments.put(bytes);
    d.repos.mail.addAttachment({ messageId: message.id, sha256: sha, size: bytes.length, mimeType: m.image.type, filename: m.image.name || 'image', contentId: null, inline: false });
  }
  if (conv.kind === 'callback' && m.text.trim()) d.repos.callbacks.noteIfEmpty(conv.conversation_id, m.text.trim());
  // a chat's subject is what the customer first asked
  if (m.from === 'customer' && conv.kind === 'chat' && kase.preview === '' && m.text.trim()) {
    d.repos.cases.update(kase.id, { subject: previewOf(m.text).slice(0, 120) }, d.clock.now());
  }
  refreshActivity(d, conv.case_id, { reopenOnInbound: direction === 'in', at: m.at, actor: 'chat' });
  return { caseId: conv.case_id, messageId: message.id, fresh: true };
}
