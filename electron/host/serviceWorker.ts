import { parentPort, workerData } from 'node:worker_threads';
import { toErrorPayload } from '../../shared/contract/errors';
import { servePort } from '../../shared/contract/portTransport';
import { processClock } from '../../shared/domain/clock';
import { createServices, type Services } from '../services/app/createServices';
import { connectDemoRelay } from '../services/demo/demoRelay';
import { seedDemo } from '../services/demo/seedDemo';
import { consoleLogger } from '../services/logger';
import { nodePort } from './nodePort';

/**
 * Browser mode's services, in a worker thread of their own: SQL, IMAP, the relay and the timers
 * run here, so the web host's thread only carries frames to and from the window and is never
 * held up by a long query or a large sync. Tells the host `ready` (or `failed`, with the reason),
 * answers calls over the port, and closes the store when told to stop.
 */
export interface ServiceWorkerData {
  dataDir: string;
  demo: boolean;
}

async function main(): Promise<void> {
  const port = parentPort!;
  const o = workerData as ServiceWorkerData;
  let services: Services;
  try {
    services = createServices({ dataDir: o.dataDir, mode: 'browser', logger: consoleLogger('host'), startMail: true, startChat: true, startCallbacks: true, clock: processClock(process.env.VAXEL_CLOCK_START) });
    await connectDemoRelay(services, process.env);
  } catch (e) {
    port.postMessage({ type: 'failed', error: toErrorPayload(e) });
    return;
  }
  const inserted = o.demo ? seedDemo(services).inserted : 0;
  servePort(nodePort(port), services.endpoint);
  port.on('message', (m: { type?: string }) => {
    if (m?.type === 'stop') void services.close().then(() => port.postMessage({ type: 'stopped' }));
  });
  port.postMessage({ type: 'ready', dataDir: services.info.dataDir, inserted });
}

void main();
