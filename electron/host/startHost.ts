import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/contract/errors';
import { Worker } from 'node:worker_threads';
import { consoleLogger } from '../services/logger';
import { nodePort } from '../services/app/nodePort';
import { connectServices, startServices } from '../services/app/servicesOverPort';
import { defaultDataDir } from '../services/paths';
import { startWebHost } from './webHost';

/**
 * Browser mode: the same workstation served on 127.0.0.1, for machines without the Electron runtime
 * and for tests. Prints the address (with this launch's token) and runs until stopped.
 */
export async function runHost(argv: string[], staticDir = path.join(__dirname, 'renderer')): Promise<void> {
  const { values: o } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
    },
    strict: false,
  });
  const dataDir = typeof o['data-dir'] === 'string' ? o['data-dir'] : defaultDataDir();
  const logger = consoleLogger('host');
  // VAXEL_SERVICES_IN_PROCESS=1 keeps the services on the host's own thread: the bench's peer,
  // and a way to tell a worker problem from a service problem
  const services = process.env.VAXEL_SERVICES_IN_PROCESS === '1' ? await servicesInProcess({ dataDir, demo: o.demo === true }) : await startServiceWorker({ dataDir, demo: o.demo === true });
  if (services.inserted) console.log(`Added ${services.inserted} demo cases.`);
  const host = await startWebHost({ endpoint: services.endpoint, staticDir, port: Number(o.port) || 0, logger });
  console.log(`Data directory: ${services.dataDir}`);
  console.log(`Växel is running in browser mode. Open this address in Chromium, Chrome, Edge or Firefox on this computer:\n\n  ${host.url}\n`);
  console.log('The address carries a one-time key for this launch; only this computer can connect. Press Ctrl+C to stop.');

  const stop = async () => {
    await host.close();
    await services.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/**
 * The services in their worker thread (dist/serviceWorker.cjs beside this file), as an endpoint
 * the web host serves. Should the worker die, every waiting call is answered and the host stops:
 * it is nothing without its services.
 */
async function startServiceWorker(o: { dataDir: string; demo: boolean }) {
  const worker = new Worker(path.join(__dirname, 'serviceWorker.cjs'));
  worker.on('error', (e) => console.error(`Växel's services failed: ${e.message}`));
  const services = await connectServices(nodePort(worker), { ...o, mode: 'browser' }, (listener) => worker.once('exit', listener));
  services.onGone((code) => {
    console.error(`Växel's services stopped (exit ${code}); the host stops too.`);
    process.exit(1);
  });
  return { ...services, stop: () => services.stop().then(() => void worker.terminate()) };
}

/** The services on the host's thread, as before the worker: the same shape as startServiceWorker's. */
async function servicesInProcess(o: { dataDir: string; demo: boolean }) {
  const { services, inserted } = await startServices({ ...o, mode: 'browser' });
  return { dataDir: services.info.dataDir, inserted, endpoint: services.endpoint, stop: () => services.close() };
}

if (require.main === module) {
  runHost(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof AppError ? `Växel could not start (${e.code}): ${e.message}` : `Växel could not start: ${(e as Error).message}`);
    process.exit(1);
  });
}
