import { after } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createServices } from '../../electron/services/app/createServices';
import type { MethodInput } from '../../shared/contract/api';
import { startHostProcess, type HostProcess } from './hostProcess';
import { inProcessRelay } from './relay';
import { tempDir } from './tempDir';

/**
 * The end-to-end set-up the chat, callback and suggestion tests share: a relay in this process
 * with agent Maja, a Växel data directory with these settings, the built web host connected to
 * the relay as in demo mode, and Maja's window in Chromium, online (in Swedish). Page errors are
 * collected in `errors`; the host stops when the test ends.
 */
export async function chatWorkstation(browser: Browser, settings: MethodInput<'updateSettings'>, dirPrefix: string) {
  const { relay, store } = await inProcessRelay();
  const token = store.addAgent('Maja', Date.now()).token;
  const dataDir = tempDir(dirPrefix);
  const setup = createServices({ dataDir, mode: 'test' });
  await setup.endpoint.handlers.updateSettings(settings);
  await setup.close();
  const host: HostProcess = await startHostProcess(['--data-dir', dataDir], { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '', VAXEL_DEMO_RELAY_URL: relay.url, VAXEL_DEMO_RELAY_TOKEN: token });
  after(() => host.stop());
  const agent: Page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE' });
  const errors: string[] = [];
  agent.on('pageerror', (e) => errors.push(e.message));
  await agent.goto(host.url);
  await agent.getByTestId('chat-indicator').filter({ hasText: 'tillgänglig' }).waitFor({ timeout: 15_000 });
  return { relay, store, host, agent, errors };
}
