import type { AppApiHandlers } from '../../../shared/contract/api';
import { AppError, refused } from '../../../shared/contract/errors';
import { slotsForDate, slotWindow } from '../../../shared/domain/callbackSlots';
import { bookCallback, changeCallback, slotRulesOf } from '../callbacks/callbackBooking';
import { sendNotice } from '../callbacks/callbackNotices';
import { notifyCustomer, selfServiceLink } from '../callbacks/customerNotices';
import { logCallbackOutcome } from '../callbacks/callbackOutcome';
import type { CallbackScheduler } from '../callbacks/callbackScheduler';
import { toCallback } from '../callbacks/callbackView';
import type { ChatService } from '../chat/chatService';
import type { AttachmentStore } from '../mail/attachmentStore';
import type { MailService } from '../mail/mailService';
import { queueSms } from '../sms/queueSms';
import { FORTY_SIX_ELKS_API } from '../sms/fortySixElks';
import { SINCH_AUTH, SINCH_EU_API } from '../sms/sinch';
import type { SmsService } from '../sms/smsService';
import type { AppApiDeps } from './appApi';

export interface CallbackApiDeps extends AppApiDeps {
  attachments: AttachmentStore;
  chat: ChatService;
  mail: MailService;
  sms: SmsService;
  scheduler: CallbackScheduler;
}

export type CallbackHandlers = Pick<
  AppApiHandlers,
  'callbackSlots' | 'bookCallback' | 'listCallbacks' | 'changeCallback' | 'logCallbackOutcome' | 'sendCallbackNotice' | 'getSmsGateway' | 'saveSmsGateway' | 'removeSmsGateway' | 'sendSms'
>;

/** Booked callbacks and SMS: the agenda, reminders' data, outcomes, notices. */
export function createCallbackApi(d: CallbackApiDeps): CallbackHandlers {
  const notice = { ...d, osLocale: d.info.osLocale };
  const afterChange = () => {
    d.scheduler.kick();
    d.mail.kickOutbox();
    d.sms.kick();
  };
  const gatewayView = () => {
    const g = d.repos.sms.gateway();
    return g ? { provider: g.provider, baseUrl: g.base_url, username: g.username, sender: g.sender, rcs: g.provider === 'sinch', projectId: g.project_id, appId: g.app_id } : null;
  };
  return {
    callbackSlots: async ({ date }) => {
      const s = d.repos.settings.get();
      const window = slotWindow([date], s.timeZone);
      const booked = d.repos.callbacks.bookedBetween(window.from, window.to);
      return { date, timeZone: s.timeZone, slots: slotsForDate(date, slotRulesOf(s), booked, d.clock.now()) };
    },
    bookCallback: async ({ confirm, ...input }) => {
      const row = await bookCallback(d, input);
      // this agent booked it: this laptop confirms, no claim needed
      if (confirm) await notifyCustomer(notice, row, 'confirm', { claim: false });
      afterChange();
      return toCallback(d.repos.callbacks.get(row.id)!);
    },
    listCallbacks: async ({ from, to, assignee }) =>
      d.repos.callbacks
        .between(from, to)
        .filter((c) => !assignee || c.assignee === assignee)
        .map(toCallback),
    changeCallback: async ({ id, ...change }) => {
      const row = await changeCallback(d, id, change);
      afterChange();
      return toCallback(row);
    },
    logCallbackOutcome: async ({ id, outcome, note }) => {
      const r = await logCallbackOutcome({ ...notice, chat: d.chat }, id, outcome, note);
      afterChange();
      return r;
    },
    sendCallbackNotice: async ({ id, kind, retryAt, channels }) => {
      const row = d.repos.callbacks.get(id);
      if (!row) throw new AppError('NOT_FOUND', `there is no callback ${id}`);
      const sent = sendNotice(notice, row, kind, retryAt, channels, kind === 'confirm' ? await selfServiceLink(notice, row) : null);
      if (sent.length === 0) throw refused('noticeNotSent', 'the notice could not be sent by e-mail or SMS: check the mailbox, the SMS gateway and the customer’s address and number');
      afterChange();
      return { sent };
    },
    getSmsGateway: async () => gatewayView(),
    saveSmsGateway: async ({ provider, baseUrl, authUrl, username, password, sender, projectId, appId }) => {
      const stored = d.repos.sms.gateway();
      // a secret is kept only for the same provider and account: it means nothing to another
      const keep = stored && stored.provider === provider && stored.username === username ? stored.secret : null;
      if (!password && !keep) throw refused('smsSecretNeeded', provider === 'sinch' ? 'enter the Sinch access key secret' : 'enter the 46elks API password', { provider });
      const sinchApp = provider === 'sinch' ? { project_id: projectId ?? null, app_id: appId ?? null, auth_url: authUrl ?? SINCH_AUTH } : {};
      d.repos.sms.saveGateway(
        { provider, base_url: baseUrl ?? (provider === 'sinch' ? SINCH_EU_API : FORTY_SIX_ELKS_API), username, sender, secret: password ? d.secrets.seal(password) : keep!, ...sinchApp },
        d.clock.now(),
      );
      d.sms.kick();
      return gatewayView()!;
    },
    removeSmsGateway: async () => {
      const had = !!d.repos.sms.gateway();
      d.repos.sms.removeGateway();
      return { removed: had };
    },
    sendSms: async (input) => {
      const m = queueSms(d, input);
      d.sms.kick();
      return m;
    },
  };
}
