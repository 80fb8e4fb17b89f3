/** One SMS gateway, as Växel uses it. Each provider speaks its own documented HTTP API. */
export interface SmsProvider {
  readonly name: string;
  /** Whether it can send RCS (rich messages); when not, SMS is used. */
  readonly rcs: boolean;
  send(msg: { from: string; to: string; text: string }): Promise<{ providerId: string; status: SmsReceipt; parts: number | null }>;
  /** Where one sent message is now. */
  status(providerId: string): Promise<SmsReceipt>;
  /** Messages customers sent to the shop's number, newest first, after `since` (epoch ms). */
  incoming(since: number): Promise<Array<{ providerId: string; from: string; text: string; at: number }>>;
}

export type SmsReceipt = 'created' | 'sent' | 'delivered' | 'failed';

export type SmsProblemKind = 'auth' | 'credits' | 'invalid' | 'server' | 'network';

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
