import { randomUUID } from 'node:crypto';
import type { SmsProvider } from './smsProvider';

/**
 * The demo's gateway: nothing leaves the computer. Each message is taken and reported delivered,
 * so a newcomer can try the whole SMS flow (a reply from a case, a callback confirmation) without
 * an account; Settings says plainly that nothing is sent.
 */
export function demoSms(): SmsProvider {
  return {
    name: 'Demo',
    rcs: false,
    demo: true,
    async send() {
      return { providerId: `demo-${randomUUID()}`, status: 'delivered', parts: null };
    },
    async status() {
      return 'delivered';
    },
    async incoming() {
      return [];
    },
  };
}
