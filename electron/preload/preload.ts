import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL, IPC_EVENT } from '../../shared/contract/ipcChannels';
import type { CallResult, ClientTransport } from '../../shared/contract/wire';

/**
 * The only thing the window gets: window.vaxel, a transport with call() and subscribe(). Results
 * (errors included) travel as values, because contextBridge keeps only the message of a thrown
 * error; the renderer builds the validated AppApi on top (renderer/api/connectApi.ts), the same way
 * it does over the web host. The main process checks the sender and validates every call.
 */
const transport: ClientTransport = {
  call: async (method, input) => (await ipcRenderer.invoke(IPC_CALL, method, input ?? {})) as CallResult,
  subscribe: (listener) => {
    const handler = (_e: unknown, name: unknown, payload: unknown) => {
      if (typeof name === 'string') listener(name, payload);
    };
    ipcRenderer.on(IPC_EVENT, handler);
    return () => void ipcRenderer.off(IPC_EVENT, handler);
  },
};

contextBridge.exposeInMainWorld('vaxel', transport);
