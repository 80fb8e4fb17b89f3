import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { manualClock } from '../../../shared/domain/clock';
import { composeMail } from '../../../tests/fixtures/rawMail';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { ingestEmail } from './ingestEmail';
import { fetchRemoteImage, isPublicAddress, remoteImageUrls } from './remoteImages';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 3)]);

async function imageServer() {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/p.png') return res.end(PNG);
    if (req.url === '/fake.png') return res.writeHead(200, { 'content-type': 'image/png' }).end('<script>alert(1)</script>');
    if (req.url === '/big.png') return res.end(Buffer.concat([PNG, Buffer.alloc(300_000)]));
    if (req.url === '/moved') return res.writeHead(302, { location: '/p.png' }).end();
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  after(() => new Promise<void>((r) => server.close(() => r())));
  return { base, hits };
}

test('only public addresses are fetched from: not this computer, the local network, link-local or metadata addresses', () => {
  for (const ip of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', '::ffff:127.0.0.1', 'fe80::1', 'fd00::1']) {
    assert.equal(isPublicAddress(ip), false, ip);
  }
  for (const ip of ['8.8.8.8', '193.10.5.1', '2a00:1450:4001::1']) assert.equal(isPublicAddress(ip), true, ip);
});

test('a remote image is fetched only when it is an image, small enough, on a public address, after few redirects', async () => {
  const s = await imageServer();
  const loopbackToo = { allowAddress: () => true, maxBytes: 100_000 };
  assert.equal(await fetchRemoteImage(`${s.base}/p.png`), null, 'this computer is refused by default');
  assert.equal(s.hits.length, 0, 'not even asked');
  assert.deepEqual((await fetchRemoteImage(`${s.base}/p.png`, loopbackToo))?.mimeType, 'image/png');
  assert.equal(await fetchRemoteImage(`${s.base}/fake.png`, loopbackToo), null, 'bytes that are no image');
  assert.equal(await fetchRemoteImage(`${s.base}/big.png`, loopbackToo), null, 'too large');
  assert.equal((await fetchRemoteImage(`${s.base}/moved`, loopbackToo))?.data.length, PNG.length, 'a redirect is followed');
  assert.equal(await fetchRemoteImage(`${s.base}/loop`, loopbackToo), null, 'but not for ever');
  assert.equal(await fetchRemoteImage('ftp://example.test/a.png', loopbackToo), null);
  assert.deepEqual(remoteImageUrls('<img src=" https://a.test/x.png"><img src="//b.test/y.png"><img src="cid:z"><img src="http://c.test/w.gif">'), ['https://a.test/x.png', 'http://c.test/w.gif']);
});

test('“always show images from this sender” shows them, inline, fetched once by the services', async () => {
  const s = await imageServer();
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.parse('2026-11-21T10:00:00+01:00')), remoteImages: { allowAddress: () => true } });
  const api = createInMemoryClient(services.endpoint);
  const raw = await composeMail({ from: 'Nyhetsbrev <news@butik.test>', to: 'butik@shop.test', subject: 'Bild', html: `<p>Se här</p><img src="${s.base}/p.png" alt="produkt"><img src="${s.base}/missing.png">`, text: 'Se här' });
  const r = await ingestEmail(services, { account: { id: 'acc', address: 'butik@shop.test' }, folder: 'INBOX', role: 'inbox', uidvalidity: 1, uid: 1, flags: [], raw, internalDate: null });
  assert.equal(r.kind, 'stored');
  const id = r.kind === 'stored' ? r.messageId : 0;

  const before = await api.getMessageHtml({ id });
  assert.equal(before.blockedImages, 2);
  assert.equal(s.hits.length, 0, 'nothing is fetched before the agent allows it');
  await api.allowRemoteImages({ sender: 'news@butik.test' });
  const shown = await api.getMessageHtml({ id });
  assert.equal(shown.remoteAllowed, true);
  assert.match(shown.html, new RegExp(`<img alt="produkt" src="data:image/png;base64,${PNG.toString('base64').replace(/[+/]/g, '\\$&')}"`));
  assert.equal(shown.blockedImages, 1, 'the one that could not be fetched stays out');
  assert.doesNotMatch(shown.html, /127\.0\.0\.1/, 'the window is never given a URL to load');
  await api.getMessageHtml({ id });
  assert.equal(s.hits.filter((h) => h === '/p.png').length, 1, 'opened again: not fetched again');
  await services.close();
});
