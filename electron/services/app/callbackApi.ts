import type { AppApiHandlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/errors';
import { slotsForDate, slotWindow } from '../../../shared/domain/callbackSlots';
import { bookCallback, changeCallback, slotRulesOf } from '../callbacks/callbackBooking';
import { sendNotice } from '../callbacks/callbackNotices';
import { logCallbackOutcome } from '../callbacks/callbackOutcome';
import type { CallbackScheduler } from '../callbacks/callbackScheduler';
import { toCallback } from '../callbacks/callbackView';
import type { ChatService } from '../chat/chatService';
import type { AttachmentStore } from '../mail/attachmentStore';
import type { MailService } from '../mail/mailService';
import { queueSms } from '../sms/queueSms';
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
    return g ? { provider: g.provider, baseUrl: g.base_url, username: g.username, sender: g.sender, rcs: false } : null;
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
      if (confirm) sendNotice(notice, row, 'confirm');
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
      const sent = sendNotice(notice, row, kind, retryAt, channels);
      if (sent.length === 0) throw new AppError('INVALID_INPUT', 'the notice could not be sent by e-mail or SMS: check the mailbox, the SMS gateway and the customer’s address and number');
      afterChange();
      return { sent };
    },
    getSmsGateway: async () => gatewayView(),
    saveSmsGateway: async ({ provider, baseUrl, username, password, sender }) => {
      const stored = d.repos.sms.gateway();
      if (!password && !stored) throw new AppError('INVALID_INPUT', 'enter the 46elks API password');
      d.repos.sms.saveGateway({ provider, base_url: baseUrl, username, sender, secret: password ? d.secrets.seal(password) : stored!.secret }, d.clock.now());
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
