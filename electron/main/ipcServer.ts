import { ipcMain, type WebContents } from 'electron';
import { IPC_CALL, IPC_EVENT } from '../../shared/contract/ipcChannels';
import { checkEvent, handleCall, type CallResult, type ServiceEndpoint } from '../../shared/contract/wire';
import type { Logger } from '../services/logger';
import { isAppUrl } from './urlPolicy';

/**
 * Serve the AppApi over Electron IPC. Every call's sender frame must be a page of the app itself;
 * anything else (a frame showing an e-mail, a page navigated elsewhere) is refused.
 */
export function serveIpc(endpoint: ServiceEndpoint, logger: Logger): () => void {
  ipcMain.handle(IPC_CALL, async (event, method: unknown, input: unknown): Promise<CallResult> => {
    const url = event.senderFrame?.url;
    if (!isAppUrl(url) || event.senderFrame?.parent) {
      logger.warn('refused an IPC call from an untrusted frame', { url });
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'this frame may not call Växel' } };
    }
    return handleCall(endpoint.handlers, method, input);
  });
  return () => ipcMain.removeHandler(IPC_CALL);
}

/** Forward service events to one window while it lives. */
export function forwardEvents(endpoint: ServiceEndpoint, contents: WebContents): void {
  const off = endpoint.events.subscribe((name, payload) => {
    const ev = checkEvent(name, payload);
    if (ev && !contents.isDestroyed()) contents.send(IPC_EVENT, ev.name, ev.payload);
  });
  contents.once('destroyed', off);
}
