import type { MessagePort, Worker } from 'node:worker_threads';
import type { PortLike } from '../../../shared/contract/portTransport';

/** A worker thread's port (or the worker itself, from the parent's side) as the port transport wants it. */
export function nodePort(port: MessagePort | Worker): PortLike {
  return {
    post: (message) => port.postMessage(message),
    listen(onMessage) {
      port.on('message', onMessage);
      return () => void port.off('message', onMessage);
    },
  };
}
