import path from 'node:path';
import { utilityProcess } from 'electron';
import type { PortLike } from '../../shared/contract/portTransport';
import { connectServices, type ServicesStart } from '../services/app/servicesOverPort';

/**
 * Fork the services' utilityProcess (dist/servicesProcess.cjs beside main.cjs) and connect to it:
 * resolves once the store is open, with an endpoint that IPC serves to the window. The process
 * inherits the environment (the demo relay's address, VAXEL_CLOCK_START) and the console.
 */
export async function startServicesProcess(distDir: string, start: ServicesStart) {
  const child = utilityProcess.fork(path.join(distDir, 'servicesProcess.cjs'), [], { serviceName: 'Växel services', stdio: 'inherit' });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('exit', (code) => reject(new Error(`the services' process could not start (exit ${code})`)));
  });
  const port: PortLike = {
    post: (message) => child.postMessage(message),
    listen(onMessage) {
      child.on('message', onMessage);
      return () => void child.off('message', onMessage);
    },
  };
  const services = await connectServices(port, start, (listener) => child.once('exit', listener));
  return { ...services, stop: () => services.stop().then(() => void child.kill()) };
}
