import type { AppApiHandlers, CaseSummary } from '../../../shared/contract/api';
import { AppError, refused } from '../../../shared/contract/errors';
import type { ShopConfig } from '../../../shared/contract/relayProtocol';
import type { Settings } from '../../../shared/domain/settings';
import type { ChatService } from '../chat/chatService';
import { queueChat } from '../chat/chatOutbox';
import { chatTranscript } from '../chat/chatTranscript';
import type { AttachmentStore } from '../mail/attachmentStore';
import type { MailService } from '../mail/mailService';
import { queueEmail } from '../mail/queueEmail';
import { toSummary } from '../store/casesRepo';
import { takeOnFirstReply } from '../cases/caseCommands';
import type { AppApiDeps } from './appApi';

export interface ChatApiDeps extends AppApiDeps {
  attachments: AttachmentStore;
  chat: ChatService;
  mail: MailService;
}

export type ChatHandlers = Pick<
  AppApiHandlers,
  'getChatStatus' | 'saveChatRelay' | 'removeChatRelay' | 'setChatPresence' | 'sendChat' | 'claimChat' | 'transferChat' | 'endChat' | 'chatTyping' | 'moveChatToEmail'
>;

/** What the relay tells the shop's site: hours, holidays, invitations, from this laptop's settings. */
export function shopConfigOf(s: Settings, name = ''): ShopConfig {
  return {
    name,
    timeZone: s.timeZone,
    openingHours: s.openingHours,
    holidays: s.holidays,
    invitations: s.chatInvitations,
    callbacks: { slotMinutes: s.callbackSlotMinutes, capacity: s.callbackCapacity, leadMinutes: s.callbackLeadMinutes },
  };
}

/** The chat channel's side of the contract. */
export function createChatApi(d: ChatApiDeps): ChatHandlers {
  const conversationOf = (caseId: string) => {
    const c = d.repos.chat.ofCase(caseId);
    if (!c) throw refused('noChat', 'this case has no chat');
    return c;
  };
  const summary = (caseId: string): CaseSummary => {
    const row = d.repos.cases.get(caseId);
    if (!row) throw new AppError('NOT_FOUND', `there is no case ${caseId}`);
    return toSummary(row);
  };

  return {
    getChatStatus: async () => d.chat.status(),
    saveChatRelay: async ({ url, token, capacity }) => {
      const stored = d.repos.chat.relay();
      if (!token && !stored) throw refused('agentTokenNeeded', 'paste the agent token the relay printed (npm run relay -- agent add NAME)');
      const secret = token ? d.secrets.seal(token) : stored!.secret;
      d.repos.chat.saveRelay({ url, secret, capacity }, d.clock.now());
      d.chat.reload();
      d.chat.pushShop(shopConfigOf(d.repos.settings.get()));
      return d.chat.status();
    },
    removeChatRelay: async () => {
      d.repos.chat.removeRelay();
      d.chat.reload();
      return d.chat.status();
    },
    setChatPresence: async ({ state, capacity }) => {
      d.chat.setPresence(state, capacity ?? d.chat.status().capacity);
      return d.chat.status();
    },
    sendChat: async (input) => {
      const m = queueChat(d, input);
      takeOnFirstReply(d, input.caseId);
      d.events.emit('casesChanged', { ids: [input.caseId] });
      d.chat.flush();
      return d.repos.messages.get(m.id) ?? m;
    },
    claimChat: async ({ caseId }) => {
      await d.chat.request({ type: 'claim', conversation: conversationOf(caseId).conversation_id });
      return summary(caseId);
    },
    transferChat: async ({ caseId, toAgentId }) => {
      await d.chat.request({ type: 'transfer', conversation: conversationOf(caseId).conversation_id, to: toAgentId });
      return summary(caseId);
    },
    endChat: async ({ caseId }) => {
      await d.chat.request({ type: 'close', conversation: conversationOf(caseId).conversation_id });
      return summary(caseId);
    },
    chatTyping: async ({ caseId, on }) => {
      const c = d.repos.chat.ofCase(caseId);
      if (c && c.state !== 'closed') d.chat.typing(c.conversation_id, on);
      return {};
    },
    moveChatToEmail: async ({ caseId, address, body, subject }) => {
      const c = conversationOf(caseId);
      const transcript = chatTranscript(d, caseId);
      const message = queueEmail(
        { ...d, osLocale: d.info.osLocale },
        { caseId, replyToMessageId: null, mode: 'new', to: [{ address }], subject, body: `${body}\n\n${transcript}`, attachments: [] },
      );
      d.repos.customers.findOrCreate({ name: '', identities: [{ kind: 'chat', value: c.relay_customer_id }, { kind: 'email', value: address }] }, d.clock.now());
      d.repos.caseEvents.append(caseId, d.clock.now(), d.repos.settings.get().agentName || 'agent', 'moved_channel', { to: 'email', address });
      if (c.state !== 'closed' && c.kind === 'chat') {
        try {
          queueChat(d, { caseId, text: body.split('\n')[0]!.slice(0, 500) });
          d.chat.flush();
        } catch {
          /* the chat may belong to a colleague or have ended: the e-mail still goes */
        }
      }
      d.mail.kickOutbox();
      d.events.emit('casesChanged', { ids: [caseId] });
      return message;
    },
  };
}
