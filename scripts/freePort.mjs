// The demo relay's port (npm start -- --demo): the one wanted when nothing listens there, else a
// free one from the system, so the app never connects to somebody else's relay on 8787.
import net from 'node:net';

/** `wanted` if nothing listens there; otherwise a free port from the system (or an error, when the port was asked for). */
export function freePort(wanted, fallback) {
  const tryPort = (p) =>
    new Promise((resolve, reject) => {
      const srv = net.createServer();
      srv.once('error', reject);
      srv.listen(p, '127.0.0.1', () => {
        const got = srv.address().port;
        srv.close(() => resolve(got));
      });
    });
  return tryPort(wanted).catch((e) => {
    if (e.code !== 'EADDRINUSE') throw e;
    if (!fallback) throw new Error(`VAXEL_RELAY_PORT=${wanted} is taken by another program: choose another port, or leave it out to use a free one.`);
    return tryPort(0);
  });
}
