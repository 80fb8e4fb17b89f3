/**
 * Push for the shared case log: one IMAP connection sits in IDLE on the log folder, and a new entry
 * there ("EXISTS") wakes an exchange at once, so a colleague's change shows within a second or so
 * rather than at the next poll. The poll stays as the fallback; this connection reconnects with
 * growing pauses when the server or the network goes away.
 */
import type { ImapFlow } from 'imapflow';
import type { Logger } from '../logger';
import type { MailAccount } from '../mail/mailAccounts';
import type { ConnectionTuning } from '../mail/mailConnection';
import { connectImap } from '../mail/mailSync';
import { openLogFolder } from './teamMailbox';

export interface TeamWatcher {
  stop(): Promise<void>;
}

export function watchTeamLog(o: { account: () => MailAccount | null; onChange(): void; logger: Logger; tuning?: ConnectionTuning; backoffMs?: [number, number] }): TeamWatcher {
  let running = true;
  let client: ImapFlow | null = null;
  let wake: (() => void) | null = null;
  const [minWait, maxWait] = o.backoffMs ?? [1_000, 60_000];

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  const loop = (async () => {
    let wait = minWait;
    while (running) {
      const account = o.account();
      if (!account) {
        await pause(30_000);
        continue;
      }
      try {
        const c = connectImap(account, o.tuning);
        client = c;
        await c.connect();
        await openLogFolder(c);
        c.on('exists', () => o.onChange());
        wait = minWait;
        // IDLE ends now and then (the server's or imapflow's limit); start it again while usable
        while (running && c.usable) await c.idle();
      } catch (e) {
        if (running) o.logger.warn('shared case log: no push from the mailbox for now; polling meanwhile', { error: String(e) });
      } finally {
        await client?.logout().catch(() => client?.close());
        client = null;
      }
      if (!running) break;
      await pause(wait);
      wait = Math.min(maxWait, wait * 2);
    }
  })();

  return {
    async stop() {
      running = false;
      wake?.();
      client?.close();
      await loop;
    },
  };
}
