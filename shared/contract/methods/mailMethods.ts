import { z } from 'zod';
import { AccountSchema, Id, MailServerSchema, MailStatusSchema, MessageSchema, ServerCheckSchema } from '../schemas';

const AccountInput = z.object({
  id: Id.optional(),
  label: z.string().trim().min(1).max(120),
  address: z.email(),
  displayName: z.string().trim().max(120).default(''),
  imap: MailServerSchema,
  smtp: MailServerSchema,
  allowPlaintext: z.boolean().default(false),
  pinnedCertificates: AccountSchema.shape.pinnedCertificates.default([]),
  /** Omitted to keep the stored password. Never sent back. */
  password: z.string().max(1000).optional(),
  /** Only when the SMTP server wants another password than IMAP. */
  smtpPassword: z.string().max(1000).optional(),
});

const Recipient = z.object({ name: z.string().max(200).optional(), address: z.email() });

const StagedAttachment = z.object({
  filename: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentType: z.string().max(200),
});

/** E-mail: the mailboxes, their sync, sending with undo and retries, attachments and HTML. */
export const mailMethods = {
  listAccounts: { input: z.object({}), output: z.array(AccountSchema) },
  saveAccount: {
    input: AccountInput,
    output: AccountSchema,
  },
  removeAccount: { input: z.object({ id: Id }), output: z.object({ removed: z.boolean() }) },
  /** Try the IMAP and SMTP settings (a saved account's password is used when none is given). */
  testAccount: {
    input: AccountInput,
    output: z.object({ imap: ServerCheckSchema, smtp: ServerCheckSchema }),
  },
  getMailStatus: { input: z.object({}), output: z.array(MailStatusSchema) },
  /** Check the mailboxes now, and send what waits in the outbox. */
  syncMail: { input: z.object({ accountId: Id.optional() }), output: z.object({ started: z.number().int() }) },
  listMailFailures: {
    input: z.object({ accountId: Id }),
    output: z.array(z.object({ folder: z.string(), uid: z.number().int(), reason: z.string(), size: z.number().int(), createdAt: z.number() })),
  },

  /** Reply, reply-all, forward or a new e-mail in a case; queued for UNDO_MS before the first try. */
  sendEmail: {
    input: z.object({
      caseId: Id,
      replyToMessageId: z.number().int().nullable().default(null),
      mode: z.enum(['reply', 'replyAll', 'forward', 'new']).default('reply'),
      accountId: Id.optional(),
      to: z.array(Recipient).max(50).optional(),
      cc: z.array(Recipient).max(50).optional(),
      subject: z.string().max(300).optional(),
      body: z.string().trim().min(1).max(100_000),
      attachments: z.array(StagedAttachment).max(20).default([]),
    }),
    output: MessageSchema,
  },
  undoSend: {
    input: z.object({ outboxId: Id }),
    output: z.object({ undone: z.boolean(), caseId: Id.nullable(), body: z.string() }),
  },
  retrySend: { input: z.object({ outboxId: Id }), output: z.object({ retried: z.boolean() }) },
  /** An e-mail held because its thread changed: send it anyway, take it back to edit, or discard it. */
  resolveHeldEmail: {
    input: z.object({ outboxId: Id, action: z.enum(['send', 'edit', 'discard']) }),
    output: z.object({ done: z.boolean(), caseId: Id.nullable(), body: z.string() }),
  },
  /** A file for an e-mail being written, stored by content until it is sent. */
  stageAttachment: {
    input: z.object({ filename: z.string().trim().min(1).max(255), contentType: z.string().max(200).default('application/octet-stream'), dataBase64: z.string().max(34_000_000) }),
    output: StagedAttachment.extend({ size: z.number().int() }),
  },
  getAttachment: {
    input: z.object({ id: z.number().int() }),
    output: z.object({ filename: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  },
  /** The HTML body, sanitized, with cid: images inlined and remote images blocked unless allowed. */
  getMessageHtml: {
    input: z.object({ id: z.number().int() }),
    output: z.object({ html: z.string(), blockedImages: z.number().int(), sender: z.string().nullable(), remoteAllowed: z.boolean() }),
  },
  allowRemoteImages: { input: z.object({ sender: z.email() }), output: z.object({ allowed: z.array(z.string()) }) },
  /** The agent opened this e-mail case: flag its customer e-mails \\Seen on the server, if Settings say so. */
  markCaseRead: { input: z.object({ caseId: Id }), output: z.object({ flagged: z.number().int() }) },
} as const;
