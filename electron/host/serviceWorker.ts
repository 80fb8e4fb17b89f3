import { parentPort } from 'node:worker_threads';
import { nodePort } from '../services/app/nodePort';
import { runServicesOnPort } from '../services/app/servicesOverPort';

/**
 * Browser mode's services, in a worker thread of their own: SQL, IMAP, the relay and the timers
 * run here, so the web host's thread only carries frames to and from the window and is never
 * held up by a long query or a large sync. The desktop app runs the same in a utilityProcess.
 */
runServicesOnPort(nodePort(parentPort!));
