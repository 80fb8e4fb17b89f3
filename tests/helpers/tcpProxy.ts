import net from 'node:net';
import { after } from 'node:test';

/**
 * A TCP proxy on 127.0.0.1 that can take a laptop "off the network": while offline, new
 * connections are refused and bytes on open ones are held back (as a dead Wi-Fi link holds them),
 * then delivered when it comes back, unless the far end gave up in the meantime.
 */
export async function tcpProxy(targetPort: number) {
  let offline = false;
  const pairs = new Set<{ a: net.Socket; b: net.Socket; held: Array<[net.Socket, Buffer]>; closed: boolean }>();
  const server = net.createServer((a) => {
    if (offline) return void a.destroy();
    const b = net.connect(targetPort, '127.0.0.1');
    const pair = { a, b, held: [] as Array<[net.Socket, Buffer]>, closed: false };
    pairs.add(pair);
    const pipe = (from: net.Socket, to: net.Socket) =>
      from.on('data', (d) => {
        if (offline) pair.held.push([to, d]);
        else to.write(d);
      });
    pipe(a, b);
    pipe(b, a);
    const end = () => {
      pair.closed = true;
      if (offline) return; // nobody on the laptop side hears of it until the link is back
      a.destroy();
      b.destroy();
      pairs.delete(pair);
    };
    a.on('close', end);
    b.on('close', end);
    a.on('error', () => {});
    b.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as net.AddressInfo).port;
  const api = {
    port,
    goOffline: () => void (offline = true),
    goOnline() {
      offline = false;
      for (const p of pairs) {
        if (p.closed) {
          p.a.destroy();
          p.b.destroy();
          pairs.delete(p);
          continue;
        }
        for (const [to, d] of p.held) to.write(d);
        p.held = [];
      }
    },
    close: () =>
      new Promise<void>((r) => {
        for (const p of pairs) {
          p.a.destroy();
          p.b.destroy();
        }
        server.close(() => r());
      }),
  };
  after(() => api.close());
  return api;
}
