import { after } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createServices, type Services } from '../../electron/services/app/createServices';
import type { RelayOptions } from '../../relay/server/relayServer';
import type { MethodInput } from '../../shared/contract/api';
import { startHostProcess, type HostProcess } from './hostProcess';
import { inProcessRelay } from './relay';
import { tempDir } from './tempDir';
import { clockStartingAt } from '../../shared/domain/clock';

/** Where the e2e clocks start unless a test says otherwise: a Tuesday afternoon while the shop is open. */
export const E2E_START = Date.parse('2026-12-01T13:40:00+01:00');

/**
 * The end-to-end set-up the chat, callback and suggestion tests share: a relay in this process
 * with agent Maja, a Växel data directory with these settings, the built web host connected to
 * the relay as in demo mode, and Maja's window in Chromium, online (in Swedish). Page errors are
 * collected in `errors`; the host stops when the test ends.
 *
 * Every clock starts at `startAt` and runs on: the relay's, the web host's (VAXEL_CLOCK_START) and the
 * window's (Playwright's clock), so what the test sees does not depend on the hour it runs.
 */
export async function chatWorkstation(
  browser: Browser,
  settings: MethodInput<'updateSettings'>,
  dirPrefix: string,
  startAt = E2E_START,
  /** More for the relay (a Sinch secret), and more set up in Växel before the host starts (a gateway). */
  more: { relay?: Partial<RelayOptions>; prepare?: (handlers: Services['endpoint']['handlers']) => Promise<unknown> } = {},
) {
  const { relay, store } = await inProcessRelay({ now: clockStartingAt(startAt).now, ...more.relay });
  const token = store.addAgent('Maja', Date.now()).token;
  const dataDir = tempDir(dirPrefix);
  const setup = createServices({ dataDir, mode: 'test' });
  await setup.endpoint.handlers.updateSettings(settings);
  await more.prepare?.(setup.endpoint.handlers);
  await setup.close();
  const host: HostProcess = await startHostProcess(['--data-dir', dataDir], { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '', VAXEL_DEMO_RELAY_URL: relay.url, VAXEL_DEMO_RELAY_TOKEN: token, VAXEL_CLOCK_START: new Date(startAt).toISOString() });
  after(() => host.stop());
  const agent: Page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE' });
  const errors: string[] = [];
  agent.on('pageerror', (e) => errors.push(e.message));
  await agent.clock.install({ time: startAt });
  await agent.goto(host.url);
  await agent.getByTestId('chat-indicator').filter({ hasText: 'tillgänglig' }).waitFor({ timeout: 15_000 });
  return { relay, store, host, agent, errors, startAt };
}
