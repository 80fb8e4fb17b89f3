import type { Services } from '../app/createServices';

/**
 * `npm start -- --demo` runs a chat relay beside the app and hands over its address and a fresh
 * agent token in VAXEL_DEMO_RELAY_URL / VAXEL_DEMO_RELAY_TOKEN: connect to it, so chatting from the
 * relay's demo page reaches this window with no setup.
 */
export async function connectDemoRelay(services: Services, env: NodeJS.ProcessEnv): Promise<void> {
  const url = env.VAXEL_DEMO_RELAY_URL;
  const token = env.VAXEL_DEMO_RELAY_TOKEN;
  if (!url || !token) return;
  await services.endpoint.handlers.saveChatRelay({ url, token, capacity: 3 });
}
