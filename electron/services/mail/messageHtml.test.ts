import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeEmailHtml } from './messageHtml';

const inline = new Map([['logo@shop', { mimeType: 'image/png', data: Buffer.from('PNG') }]]);

test('scripts, handlers, frames and forms are removed; cid images are inlined', () => {
  const r = safeEmailHtml(
    `<p onclick="steal()">Hej <b>Åsa</b></p><script>alert(1)</script><iframe src="https://x.test"></iframe>
     <form action="https://x.test"><input name=p></form><img src="cid:logo@shop" alt="logo"><a href="javascript:alert(1)">x</a>`,
    { inline },
  );
  assert.doesNotMatch(r.html, /script|onclick|iframe|<form|<input|javascript:/i);
  assert.match(r.html, /Hej <b>Åsa<\/b>/);
  assert.match(r.html, /src="data:image\/png;base64,UE5H"/);
});

test('remote images stay blocked until allowed for the sender; styles never load anything', () => {
  const html = `<img src="https://tracker.test/p.gif" width="1"><div style="background:url(https://x.test/bg.png); color: red">x</div><style>@import url(https://x.test/a.css); .a{background:url('https://x.test/b.png')}</style>`;
  const blocked = safeEmailHtml(html, { inline });
  assert.equal(blocked.blockedImages, 1);
  assert.doesNotMatch(blocked.html, /https:\/\/(tracker|x)\.test|<style|@import|url\(/);
  assert.match(blocked.html, /color:red/, 'a harmless style stays');
  // allowed: the services fetched it, and it is inlined; the window itself never loads it
  const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
  const allowed = safeEmailHtml(html, { inline, remote: new Map([['https://tracker.test/p.gif', { mimeType: 'image/gif', data: gif }]]) });
  assert.match(allowed.html, new RegExp(`src="data:image/gif;base64,${gif.toString('base64')}"`));
  assert.equal(allowed.blockedImages, 0);
  assert.doesNotMatch(allowed.html, /https:\/\/tracker/);
  assert.doesNotMatch(allowed.html, /@import|url\(/);
});

test('the audit’s bypasses: markup inside <style>, escaped url and @import, protocol-relative and space-led sources, data:text/html links', () => {
  const attack = [
    '<p>@import</p><style>;<img src=x onerror=alert(1)><iframe src=//evil.test></iframe><form action=//evil.test><meta http-equiv=refresh content="0;url=//evil.test"></style>',
    '<div style="background: u\\72l(https://evil.test/a.png)">a</div>',
    '<div style="@\\69mport: x; color: blue">b</div>',
    '<img src="//evil.test/p.gif">',
    '<img src=" https://evil.test/q.gif">',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">c</a>',
    '<img src="data:text/html;base64,PHN2Zz4=">',
    '<a href=" https://butik.se/spara">d</a>',
  ].join('');
  const r = safeEmailHtml(attack, { inline });
  assert.doesNotMatch(r.html, /onerror|<iframe|<form|<meta|<style|evil\.test|u\\72l|\\69mport|data:text\/html/i);
  assert.equal(r.blockedImages, 2, 'the protocol-relative and the space-led image');
  assert.match(r.html, /<p>@import<\/p>/, 'text that looks like CSS is only text');
  // links keep the target and rel the sanitizer gives them
  assert.match(r.html, /<a href="https:\/\/butik\.se\/spara" target="_blank" rel="noopener noreferrer">d<\/a>/);
  assert.match(r.html, /<a target="_blank" rel="noopener noreferrer">c<\/a>/);
});
