import type { AppApiHandlers, MethodArgs } from '../../../shared/contract/api';
import { AppError, refused } from '../../../shared/contract/errors';
import { mergeCases, splitMessage } from '../cases/mergeSplit';
import type { AttachmentStore } from '../mail/attachmentStore';
import { assertTransportAllowed, loadMailAccount, saveMailAccount, storedSecretsFor, type MailAccount } from '../mail/mailAccounts';
import type { MailService } from '../mail/mailService';
import { markCaseSeen } from '../mail/markSeen';
import { safeEmailHtml } from '../mail/messageHtml';
import { remoteImageCache, remoteImageUrls, type ImageFetchOptions } from '../mail/remoteImages';
import { queueEmail, undoEmail } from '../mail/queueEmail';
import { testMailAccount } from '../mail/testAccount';
import type { AppApiDeps } from './appApi';

export interface MailApiDeps extends AppApiDeps {
  attachments: AttachmentStore;
  mail: MailService;
  /** How the images of senders the agent allowed are fetched (tests allow their loopback server). */
  remoteImages?: ImageFetchOptions;
}

export type MailHandlers = Pick<
  AppApiHandlers,
  | 'saveAccount' | 'removeAccount' | 'testAccount' | 'getMailStatus' | 'syncMail' | 'listMailFailures' | 'sendEmail' | 'undoSend' | 'retrySend' | 'resolveHeldEmail'
  | 'stageAttachment' | 'getAttachment' | 'getMessageHtml' | 'allowRemoteImages' | 'mergeCases' | 'splitMessage' | 'markCaseRead'
>;

/** The e-mail channel's side of the contract. */
export function createMailApi(d: MailApiDeps): MailHandlers {
  const changed = (...ids: Array<string | null>) => {
    const list = ids.filter((x): x is string => Boolean(x));
    if (list.length) d.events.emit('casesChanged', { ids: list });
    d.status.refresh();
  };
  const imageCache = remoteImageCache(d.remoteImages);
  /** The account as typed in the form, with the stored password when none was typed. */
  const draftAccount = (input: MethodArgs<'testAccount'>): MailAccount => {
    assertTransportAllowed(input);
    const stored = storedSecretsFor(d, input);
    const { password, smtpPassword, ...rest } = input;
    const imap = password ?? stored?.imap ?? '';
    const smtp = smtpPassword ?? stored?.smtp;
    return {
      ...rest,
      id: input.id ?? 'draft',
      kind: 'mail',
      hasSecret: Boolean(imap),
      createdAt: 0,
      demo: false,
      secrets: smtp === undefined ? { imap } : { imap, smtp },
    };
  };

  return {
    saveAccount: async (input) => {
      const account = saveMailAccount(d, input);
      d.mail.reload();
      return account;
    },
    removeAccount: async ({ id }) => {
      const removed = d.repos.accounts.remove(id);
      d.mail.reload();
      return { removed };
    },
    testAccount: async (input) => testMailAccount(draftAccount(input)),
    getMailStatus: async () => d.mail.statuses(),
    syncMail: async ({ accountId }) => ({ started: d.mail.kick(accountId) }),
    listMailFailures: async ({ accountId }) =>
      d.repos.mail.failures(accountId).map((f) => ({ folder: f.folder, uid: f.uid, reason: f.reason, size: f.size, createdAt: f.created_at })),

    sendEmail: async (input) => {
      const message = queueEmail({ ...d, osLocale: d.info.osLocale }, input);
      changed(input.caseId);
      d.mail.kickOutbox();
      return message;
    },
    undoSend: async ({ outboxId }) => {
      const r = undoEmail(d, outboxId);
      changed(r.caseId);
      return r;
    },
    retrySend: async ({ outboxId }) => {
      const row = d.repos.outbox.get(outboxId);
      if (!row) throw new AppError('NOT_FOUND', `there is nothing queued as ${outboxId}`);
      if (row.state !== 'failed') return { retried: false };
      d.repos.outbox.markFailed(outboxId, d.clock.now(), row.last_error ?? '', d.clock.now());
      d.mail.kickOutbox();
      changed(row.case_id);
      return { retried: true };
    },
    resolveHeldEmail: async ({ outboxId, action }) => {
      const row = d.repos.outbox.get(outboxId);
      if (!row) throw new AppError('NOT_FOUND', `there is nothing queued as ${outboxId}`);
      if (row.state !== 'held') return { done: false, caseId: row.case_id, body: '' };
      if (action === 'send') {
        const done = d.repos.outbox.release(outboxId, d.clock.now());
        if (row.case_id) d.repos.caseEvents.append(row.case_id, d.clock.now(), d.repos.settings.get().agentName || 'agent', 'email_sent_anyway', { outboxId });
        d.mail.kickOutbox();
        changed(row.case_id);
        return { done, caseId: row.case_id, body: '' };
      }
      // edit gives the text back to the composer, as undo does; discard drops it
      const r = undoEmail(d, outboxId);
      changed(r.caseId);
      return { done: r.undone, caseId: r.caseId, body: action === 'edit' ? r.body : '' };
    },
    stageAttachment: async ({ filename, contentType, dataBase64 }) => {
      const data = Buffer.from(dataBase64, 'base64');
      if (data.length > 25 * 1024 * 1024) throw refused('attachmentTooLarge', 'attachments are limited to 25 MB, as most mail servers refuse more', { mb: 25 });
      const sha256 = d.attachments.put(data);
      return { filename, contentType, sha256, size: data.length };
    },
    getAttachment: async ({ id }) => {
      const a = d.repos.messages.attachment(id);
      if (!a) throw new AppError('NOT_FOUND', `there is no attachment ${id}`);
      return { filename: a.filename, mimeType: a.mime_type, dataBase64: d.attachments.read(a.sha256).toString('base64') };
    },
    getMessageHtml: async ({ id }) => {
      const src = d.repos.messages.source(id);
      if (!src) throw new AppError('NOT_FOUND', `there is no message ${id}`);
      const sender = d.repos.messages.get(id)?.email?.from?.address ?? null;
      const remoteAllowed = sender !== null && d.repos.settings.get().remoteImagesFrom.includes(sender);
      if (!src.body_html) return { html: '', blockedImages: 0, sender, remoteAllowed };
      const inline = new Map(d.repos.messages.inlineParts(id).map((p) => [p.content_id, { mimeType: p.mime_type, data: d.attachments.read(p.sha256) }]));
      const remote = remoteAllowed ? await imageCache.get(remoteImageUrls(src.body_html)) : undefined;
      const safe = safeEmailHtml(src.body_html, { inline, ...(remote ? { remote } : {}) });
      return { ...safe, sender, remoteAllowed };
    },
    allowRemoteImages: async ({ sender }) => {
      const current = d.repos.settings.get().remoteImagesFrom;
      const allowed = current.includes(sender.toLowerCase()) ? current : [...current, sender.toLowerCase()];
      const settings = d.repos.settings.update({ remoteImagesFrom: allowed });
      d.events.emit('settingsChanged', settings);
      return { allowed };
    },
    markCaseRead: async ({ caseId }) => {
      const accountId = d.repos.cases.accountOf(caseId);
      if (!d.repos.settings.get().markSeenOnOpen || !accountId || !d.repos.accounts.get(accountId)) return { flagged: 0 };
      // best effort: offline, the flag is simply not set; the local case is read either way
      const flagged = await markCaseSeen(d.repos, loadMailAccount(d, accountId), caseId).catch(() => 0);
      return { flagged };
    },
    mergeCases: async ({ intoId, fromId }) => {
      const s = mergeCases(d, intoId, fromId);
      changed(intoId, fromId);
      return s;
    },
    splitMessage: async ({ messageId }) => {
      const before = d.repos.messages.source(messageId)?.case_id ?? null;
      const s = splitMessage(d, messageId);
      changed(before, s.id);
      return s;
    },
  };
}
