import { z } from 'zod';
import { isSecureOrLoopbackUrl } from '../../domain/transportSecurity';
import { Id, MessageSchema, SMS_PROVIDERS } from '../schemas';

const SmsGatewaySchema = z.object({
  /** 'demo': the demo's gateway, which sends nothing and reports each message delivered. */
  provider: z.enum([...SMS_PROVIDERS, 'demo']),
  baseUrl: z.string(),
  /** 46elks: the API username. Sinch: the access key id. */
  username: z.string(),
  sender: z.string(),
  /** Sinch sends RCS (with SMS as the fallback); 46elks sends SMS only. */
  rcs: z.boolean(),
  /** Sinch only. */
  projectId: z.string().nullable(),
  appId: z.string().nullable(),
});

/** SMS/RCS: the shop's gateway and messages from a case. */
export const smsMethods = {
  getSmsGateway: { input: z.object({}), output: SmsGatewaySchema.nullable() },
  /** The shop's SMS gateway (46elks): API username and password, and the sender customers see. */
  /**
   * The shop's messaging gateway: 46elks (SMS; API username and password) or Sinch (RCS with SMS
   * fallback; an access key's id and secret, the project and the Conversation API app), and the
   * sender customers see. The API address defaults to the provider's own (EU for Sinch).
   */
  saveSmsGateway: {
    input: z
      .object({
        provider: z.enum(SMS_PROVIDERS).default('46elks'),
        baseUrl: z.url().refine(isSecureOrLoopbackUrl, 'an https:// address (http:// only for a gateway on this computer)').optional(),
        authUrl: z.url().refine(isSecureOrLoopbackUrl, 'an https:// address (http:// only for a gateway on this computer)').optional(),
        username: z.string().trim().min(1).max(200),
        /** Omitted to keep the stored password or key secret. */
        password: z.string().trim().min(1).max(500).optional(),
        /** A phone number in E.164, or up to 11 letters and digits. */
        sender: z.string().trim().regex(/^(\+[1-9]\d{6,14}|[A-Za-z][A-Za-z0-9]{0,10})$/, 'a phone number (+46…) or up to 11 letters and digits'),
        projectId: z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, 'the Sinch project id').optional(),
        appId: z.string().trim().regex(/^[A-Za-z0-9]{1,64}$/, 'the Sinch app id').optional(),
      })
      .refine((g) => g.provider !== 'sinch' || (g.projectId && g.appId), { message: 'Sinch needs the project id and the app id', path: ['projectId'] }),
    output: SmsGatewaySchema,
  },
  removeSmsGateway: { input: z.object({}), output: z.object({ removed: z.boolean() }) },
  /**
   * An SMS (RCS with Sinch) from a case. With `tracking`, a delivery notice: RCS shows it as a card
   * with a button to the carrier's page, and the link is in the text for SMS.
   */
  sendSms: {
    input: z.object({
      caseId: Id,
      to: z.string().trim().min(5).max(30),
      text: z.string().trim().min(1).max(1600),
      tracking: z.url({ protocol: /^https$/ }).max(500).optional(),
    }),
    output: MessageSchema,
  },
} as const;
