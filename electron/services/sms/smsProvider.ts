import type { SmsReceipt } from '../../../shared/contract/schemas';

export type { SmsReceipt };

/** One SMS gateway, as Växel uses it. Each provider speaks its own documented HTTP API. */
export interface SmsProvider {
  readonly name: string;
  /** Whether it can send RCS (rich messages); when not, SMS is used. */
  readonly rcs: boolean;
  /** Reports and replies come by webhook (through the relay), so there is nothing to poll. */
  readonly pushesReports?: boolean;
  /** The demo's gateway: nothing leaves the computer, and each message says so. */
  readonly demo?: boolean;
  /**
   * Choices are suggested replies under an RCS message (a postback, or a link to open); a card puts
   * the text under a title. A provider without RCS sends the text alone, which therefore always
   * says how to answer by SMS.
   */
  send(msg: { from: string; to: string; text: string; choices?: NoticeChoice[] | undefined; card?: { title: string } | undefined }): Promise<{ providerId: string; status: SmsReceipt; parts: number | null }>;
  /** Where one sent message is now. */
  status(providerId: string): Promise<SmsReceipt>;
  /** Messages customers sent to the shop's number, newest first, after `since` (epoch ms). */
  incoming(since: number): Promise<Array<{ providerId: string; from: string; text: string; at: number }>>;
}


/** One suggested reply: tapped, it either answers with its postback or opens its link. */
export interface NoticeChoice {
  title: string;
  postback?: string | undefined;
  url?: string | undefined;
}

/**
 * Why a send was refused at once. `rateLimit`: send more slowly (retried). A phone without RCS is
 * not an error here: Sinch falls back to SMS, and a delivery report says so (sinchEvents.ts).
 */
export type SmsProblemKind = 'auth' | 'credits' | 'invalid' | 'rateLimit' | 'server' | 'network';

/** A failure the agent can act on: what kind, and whether sending the same again can help. */
export class SmsError extends Error {
  constructor(
    readonly kind: SmsProblemKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'SmsError';
  }
  /** Wrong credentials, no credit or a bad number do not get better by retrying at once. */
  get permanent(): boolean {
    return this.kind === 'invalid' || this.kind === 'auth' || this.kind === 'credits';
  }
}

export { toE164 } from '../../../shared/domain/phone';

/** Words that end a customer's SMS notices (Swedish and English), alone in a message. */
export const OPT_OUT_WORDS = ['STOPP', 'STOP', 'AVSLUTA', 'UNSUBSCRIBE'];
export function optOutWord(text: string): string | null {
  const w = text.trim().toUpperCase().replace(/[.!]+$/, '');
  return OPT_OUT_WORDS.includes(w) ? w : null;
}
