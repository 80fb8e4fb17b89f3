import { AppError, toErrorPayload, type ErrorPayload } from '../../../shared/contract/errors';
import { portEndpoint, servePort, type PortLike } from '../../../shared/contract/portTransport';
import type { AppInfo } from '../../../shared/contract/api';
import { processClock } from '../../../shared/domain/clock';
import { createServices, type ServiceOptions, type Services } from './createServices';
import { connectDemoRelay } from '../demo/demoRelay';
import { seedDemo } from '../demo/seedDemo';
import { consoleLogger } from '../logger';
import { aesGcmSecretBox } from '../secrets/aesGcmSecretBox';
import { SEALED_KEY_FILE } from '../secrets/sealedDataKey';

/**
 * The services in a thread or process of their own, and the host that starts them: browser
 * mode's worker thread and the desktop app's Electron utilityProcess speak the same few control
 * messages around the call frames of the port transport.
 *
 *   host → services   start {options}       services → host   ready {dataDir, inserted}
 *   host → services   stop                  services → host   failed {error} / stopped
 *
 * The start message carries what only the host can know: in the desktop app, the data key the
 * main process opened with the OS keychain (the services' process cannot reach it).
 */
export interface ServicesStart {
  dataDir: string;
  mode: AppInfo['mode'];
  demo: boolean;
  osLocale?: string;
  /** The 32-byte key for the account secrets; without it the key file in the data directory is used. */
  dataKey?: Uint8Array;
}

type Control =
  | { type: 'start'; start: ServicesStart }
  | { type: 'stop' }
  | { type: 'ready'; dataDir: string; inserted: number }
  | { type: 'failed'; error: ErrorPayload }
  | { type: 'stopped' };

const control = (m: unknown): Control | null => (m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string' ? (m as Control) : null);

/**
 * The services as every host starts them: with their channels running, the clock the environment
 * asks for (VAXEL_CLOCK_START), the demo relay when one is set, and the demo cases on request.
 * Returns how many demo cases were added. The in-process host (the bench's peer) calls it directly.
 */
export async function startServices(o: ServicesStart, make: (o: ServiceOptions) => Services = createServices): Promise<{ services: Services; inserted: number }> {
  const services = make({
    dataDir: o.dataDir,
    mode: o.mode,
    logger: consoleLogger('services'),
    startMail: true,
    startChat: true,
    startCallbacks: true,
    sortKinds: true,
    warmSuggestions: true,
    clock: processClock(process.env.VAXEL_CLOCK_START),
    ...(o.osLocale ? { osLocale: o.osLocale } : {}),
    ...(o.dataKey ? { secrets: aesGcmSecretBox(Buffer.from(o.dataKey), 'safeStorage', SEALED_KEY_FILE) } : {}),
  });
  try {
    await connectDemoRelay(services, process.env);
    return { services, inserted: o.demo ? seedDemo(services).inserted : 0 };
  } catch (e) {
    // the host reports the failure and stops: the store it opened is closed first, not left open
    await services.close();
    throw e;
  }
}

/** The services' side: wait for `start`, start the services, serve them until `stop`. */
export function runServicesOnPort(port: PortLike, make: (o: ServiceOptions) => Services = createServices): void {
  let services: Services | null = null;
  port.listen((message) => {
    const m = control(message);
    if (m?.type === 'start' && !services) void start(m.start);
    if (m?.type === 'stop') void (services?.close() ?? Promise.resolve()).then(() => port.post({ type: 'stopped' }));
  });

  async function start(o: ServicesStart): Promise<void> {
    let started: Awaited<ReturnType<typeof startServices>>;
    try {
      started = await startServices(o, make);
    } catch (e) {
      port.post({ type: 'failed', error: toErrorPayload(e) });
      return;
    }
    services = started.services;
    servePort(port, services.endpoint);
    port.post({ type: 'ready', dataDir: services.info.dataDir, inserted: started.inserted });
  }
}

/**
 * The host's side: send `start` and resolve once the store is open, with an endpoint that asks
 * across the port. A store that cannot be opened rejects with the services' own error; so does
 * the services' thread or process ending first. `exited` reports that end.
 */
export async function connectServices(port: PortLike, start: ServicesStart, exited: (listener: (code: number) => void) => void) {
  const endpoint = portEndpoint(port);
  let onEnd: (code: number) => void = () => {};
  exited((code) => onEnd(code));
  const ready = await new Promise<{ dataDir: string; inserted: number }>((resolve, reject) => {
    onEnd = (code) => reject(new AppError('INTERNAL', `the services stopped (exit ${code}) before they were ready`));
    const stop = port.listen((message) => {
      const m = control(message);
      if (m?.type === 'ready') resolve({ dataDir: m.dataDir, inserted: m.inserted });
      else if (m?.type === 'failed') reject(AppError.fromPayload(m.error));
      else return;
      stop();
    });
    port.post({ type: 'start', start });
  });
  let stopping = false;
  let whenGone: (code: number) => void = () => {};
  onEnd = (code) => {
    endpoint.fail('the services stopped');
    if (!stopping) whenGone(code);
  };
  return {
    ...ready,
    endpoint,
    /** Called once if the services end without being asked to. */
    onGone(listener: (code: number) => void) {
      whenGone = listener;
    },
    /** Ask the services to close the store; resolves when they have, or after `graceMs`. */
    stop: (graceMs = 5000) =>
      new Promise<void>((resolve) => {
        stopping = true;
        const timer = setTimeout(resolve, graceMs);
        const off = port.listen((message) => {
          if (control(message)?.type !== 'stopped') return;
          clearTimeout(timer);
          off();
          resolve();
        });
        port.post({ type: 'stop' });
      }),
  };
}
