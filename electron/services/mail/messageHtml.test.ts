import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeEmailHtml } from './messageHtml';

const inline = new Map([['logo@shop', { mimeType: 'image/png', data: Buffer.from('PNG') }]]);

test('scripts, handlers, frames and forms are removed; cid images are inlined', () => {
  const r = safeEmailHtml(
    `<p onclick="steal()">Hej <b>Åsa</b></p><script>alert(1)</script><iframe src="https://x.test"></iframe>
     <form action="https://x.test"><input name=p></form><img src="cid:logo@shop" alt="logo"><a href="javascript:alert(1)">x</a>`,
    { inline, allowRemote: false },
  );
  assert.doesNotMatch(r.html, /script|onclick|iframe|<form|<input|javascript:/i);
  assert.match(r.html, /Hej <b>Åsa<\/b>/);
  assert.match(r.html, /src="data:image\/png;base64,UE5H"/);
});

test('remote images and style urls stay blocked until allowed for the sender', () => {
  const html = `<img src="https://tracker.test/p.gif" width="1"><div style="background:url(https://x.test/bg.png)">x</div><style>@import url(https://x.test/a.css); .a{background:url('https://x.test/b.png')}</style>`;
  const blocked = safeEmailHtml(html, { inline, allowRemote: false });
  assert.equal(blocked.blockedImages, 4);
  assert.doesNotMatch(blocked.html, /https:\/\/(tracker|x)\.test/);
  const allowed = safeEmailHtml(html, { inline, allowRemote: true });
  assert.match(allowed.html, /src="https:\/\/tracker\.test\/p\.gif"/);
  assert.doesNotMatch(allowed.html, /@import/);
});
