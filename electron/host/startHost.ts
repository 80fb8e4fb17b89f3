import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/contract/errors';
import { createServices } from '../services/app/createServices';
import { processClock } from '../../shared/domain/clock';
import { connectDemoRelay } from '../services/demo/demoRelay';
import { seedDemo } from '../services/demo/seedDemo';
import { consoleLogger } from '../services/logger';
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
  const services = createServices({ dataDir, mode: 'browser', logger, startMail: true, startChat: true, startCallbacks: true, clock: processClock(process.env.VAXEL_CLOCK_START) });
  await connectDemoRelay(services, process.env);
  if (o.demo) {
    const { inserted } = seedDemo(services);
    if (inserted) console.log(`Added ${inserted} demo cases.`);
  }
  const host = await startWebHost({ endpoint: services.endpoint, staticDir, port: Number(o.port) || 0, logger });
  console.log(`Data directory: ${services.info.dataDir}`);
  console.log(`Växel is running in browser mode. Open this address in Chromium, Chrome, Edge or Firefox on this computer:\n\n  ${host.url}\n`);
  console.log('The address carries a one-time key for this launch; only this computer can connect. Press Ctrl+C to stop.');

  const stop = async () => {
    await host.close();
    await services.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (require.main === module) {
  runHost(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof AppError ? `Växel could not start (${e.code}): ${e.message}` : `Växel could not start: ${(e as Error).message}`);
    process.exit(1);
  });
}
