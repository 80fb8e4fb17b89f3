import type { MessageEvent } from 'electron';
import { runServicesOnPort } from '../services/app/servicesOverPort';

/**
 * The desktop app's services, in an Electron utilityProcess (dist/servicesProcess.cjs): SQL,
 * IMAP, the relay and the timers run here, so the main process that draws the windows and
 * answers IPC is never held up by a long query or a large sync. Browser mode runs the same in a
 * worker thread; only the port differs.
 */
const parent = process.parentPort;
runServicesOnPort({
  post: (message) => parent.postMessage(message),
  listen(onMessage) {
    const handler = (e: MessageEvent) => onMessage(e.data);
    parent.on('message', handler);
    return () => void parent.off('message', handler);
  },
});
