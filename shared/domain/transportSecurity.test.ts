import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSecureOrLoopbackUrl } from './transportSecurity';

test('clear text only to this computer: https and wss anywhere, http and ws on loopback only', () => {
  for (const ok of ['https://chat.butik.se', 'wss://chat.butik.se/ws', 'http://127.0.0.1:8787', 'ws://localhost:8787', 'http://[::1]:8787', 'http://127.5.6.7/a1'])
    assert.equal(isSecureOrLoopbackUrl(ok), true, ok);
  for (const bad of ['http://chat.butik.se', 'ws://chat.butik.se', 'http://192.168.1.10:8787', 'http://127.0.0.1.evil.example', 'ftp://127.0.0.1', 'javascript:alert(1)', 'not a url'])
    assert.equal(isSecureOrLoopbackUrl(bad), false, bad);
});
