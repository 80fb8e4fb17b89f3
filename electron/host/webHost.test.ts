import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import WebSocket from 'ws';
import { tempDir } from '../../tests/helpers/tempDir';
import { createServices } from '../services/app/createServices';
import { MAX_FRAME, startWebHost, type WebHost } from './webHost';

async function setup() {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Växel</title>');
  const services = createServices({ dataDir: tempDir(), mode: 'test' });
  const host = await startWebHost({ endpoint: services.endpoint, staticDir });
  after(async () => {
    await host.close();
    services.close();
  });
  return { host, services };
}

function connect(host: WebHost, opts: { token?: string; origin?: string; hostHeader?: string } = {}) {
  const url = `ws://127.0.0.1:${host.port}/api?token=${encodeURIComponent(opts.token ?? host.token)}`;
  return new WebSocket(url, {
    origin: opts.origin ?? host.origin,
    headers: opts.hostHeader ? { host: opts.hostHeader } : {},
  });
}

function refusedWith(ws: WebSocket): Promise<number> {
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => reject(new Error('the connection was accepted')));
    ws.on('error', () => {});
  });
}

function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
}

function nextFrame(ws: WebSocket, type: string, name?: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const on = (data: WebSocket.RawData) => {
      const f = JSON.parse(data.toString()) as Record<string, unknown>;
      if (f.type === type && (name === undefined || f.name === name)) {
        ws.off('message', on);
        resolve(f);
      }
    };
    ws.on('message', on);
  });
}

test('the renderer is served with a strict CSP, only under the loopback host name', async () => {
  const { host } = await setup();
  const res = await fetch(`${host.origin}/index.html`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  const rebound = await new Promise<number>((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: host.port, path: '/index.html', headers: { host: 'evil.example:80' } }, (r) => {
      r.resume();
      resolve(r.statusCode ?? 0);
    });
    req.on('error', () => resolve(-1));
  });
  assert.equal(rebound, 421);
});

test('a wrong token, a foreign page, a foreign host name and a wrong path are refused', async () => {
  const { host } = await setup();
  assert.equal(await refusedWith(connect(host, { token: 'x'.repeat(host.token.length) })), 401);
  assert.equal(await refusedWith(connect(host, { token: '' })), 401);
  assert.equal(await refusedWith(connect(host, { origin: 'http://evil.example' })), 403);
  assert.equal(await refusedWith(connect(host, { origin: `http://127.0.0.1:${host.port + 1}` })), 403);
  assert.equal(await refusedWith(connect(host, { hostHeader: `attacker.example:${host.port}` })), 421);
  const wrongPath = new WebSocket(`ws://127.0.0.1:${host.port}/other?token=${host.token}`, { origin: host.origin });
  assert.equal(await refusedWith(wrongPath), 404);
});

test('calls are answered, events are pushed, and bad frames get an error without effect', async () => {
  const { host, services } = await setup();
  const ws = connect(host);
  await opened(ws);

  ws.send('{not json');
  assert.deepEqual((await nextFrame(ws, 'protocol-error')).error, { code: 'INVALID_INPUT', message: 'a frame was not valid JSON text; it was ignored' });
  ws.send(JSON.stringify({ type: 'call', id: 'one', method: 'listCases' }));
  assert.equal(((await nextFrame(ws, 'protocol-error')).error as { code: string }).code, 'INVALID_INPUT');

  ws.send(JSON.stringify({ type: 'call', id: 1, method: 'dropTables', input: {} }));
  assert.equal(((await nextFrame(ws, 'result')).error as { code: string }).code, 'UNKNOWN_METHOD');
  ws.send(JSON.stringify({ type: 'call', id: 2, method: 'createCase', input: { channel: 'email', subject: '' } }));
  const bad = await nextFrame(ws, 'result');
  assert.equal(bad.ok, false);
  assert.equal((bad.error as { code: string }).code, 'INVALID_INPUT');
  assert.equal(services.repos.cases.list('all', 0, 10).total, 0, 'nothing stored');

  // the status (outbox, online) may be told too; the case change is what this call makes
  const event = nextFrame(ws, 'event', 'casesChanged');
  ws.send(JSON.stringify({ type: 'call', id: 3, method: 'createCase', input: { channel: 'walkin', subject: 'Retur av skor', customer: { name: 'Sara' } } }));
  const ok = await nextFrame(ws, 'result');
  assert.equal(ok.id, 3);
  assert.equal(ok.ok, true);
  const ev = await event;
  assert.equal(ev.name, 'casesChanged');
  assert.deepEqual((ev.payload as { ids: string[] }).ids, [(ok.value as { id: string }).id]);
  ws.close();
});

test('an oversized frame closes the connection with 1009 and stores nothing', async () => {
  const { host, services } = await setup();
  const ws = connect(host);
  await opened(ws);
  const code = new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
  ws.send(JSON.stringify({ type: 'call', id: 1, method: 'createCase', input: { channel: 'walkin', subject: 'x', customer: {}, note: 'a'.repeat(MAX_FRAME + 1) } }));
  assert.equal(await code, 1009);
  assert.equal(services.repos.cases.list('all', 0, 10).total, 0);
});
