import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import type { AppApi } from '../../shared/contract/api';
import type { Clock } from '../../shared/domain/clock';
import { createServices, type Services } from '../../electron/services/app/createServices';
import { silentLogger } from '../../electron/services/logger';
import { loadMailAccount } from '../../electron/services/mail/mailAccounts';
import { syncAccountOnce } from '../../electron/services/mail/mailSync';
import { sendDueEmails, type SendReport } from '../../electron/services/mail/sendEmails';
import { PASSWORD, type MailServer } from './mailServer';
import { tempDir } from './tempDir';

export interface Laptop {
  name: string;
  services: Services;
  api: AppApi;
  /** Mail, then the shared log: what `sync --once` does. */
  sync(): Promise<void>;
  /** One round of the e-mail outbox. */
  send(): Promise<SendReport>;
}

/** One agent's laptop: its own data directory and store, on the shop's one mailbox. */
export async function laptop(mail: MailServer, name: string, o: { compactAfter?: number; clock?: Clock; pollMs?: number } = {}): Promise<Laptop> {
  const services = createServices({ dataDir: tempDir(), mode: 'test', osLocale: 'sv-SE', ...(o.clock ? { clock: o.clock } : {}), teamTuning: { compactAfter: o.compactAfter ?? 500, ...(o.pollMs ? { pollMs: o.pollMs } : {}) } });
  const api = createInMemoryClient(services.endpoint);
  const { id, hasSecret, createdAt, secrets, kind, ...form } = mail.account();
  const account = await api.saveAccount({ ...form, password: PASSWORD });
  await api.updateSettings({ agentName: name });
  const sync = async () => {
    await syncAccountOnce({ ...services, logger: silentLogger }, loadMailAccount(services, account.id), {
      onCases: (ids) => services.events.emit('casesChanged', { ids }),
    });
    await services.team.syncOnce();
  };
  const send = () => sendDueEmails({ ...services, logger: silentLogger, loadAccount: (x) => loadMailAccount(services, x) });
  return { name, services, api, sync, send };
}
