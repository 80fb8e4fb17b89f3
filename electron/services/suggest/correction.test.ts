import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterCorrection } from './correction';
import { kindOf, suggest } from './engine';

test('what the customer took back is no case: the kind is read from what follows', () => {
  assert.equal(afterCorrection('kan ni se om min retur har kommit fram? nej förlåt, jag menar min nya order 77210'), 'min nya order 77210');
  assert.equal(afterCorrection('har ni rea? no wait, do you have it in blue?'), 'do you have it in blue?');
  assert.equal(kindOf('kan ni se om min retur har kommit fram? nej förlåt, jag menar min nya order 77210'), 'order_status');
});

test('no taking back, or nothing after it, leaves the text whole', () => {
  for (const t of ['jag menar att soffan är för liten', 'nej, den har inte kommit', 'var är paketet? nej förresten', 'no, I mean it: the lamp is broken']) assert.equal(afterCorrection(t), t, t);
});

test('"nä skit i det" and "never mind" take back too; a quote taken back gives no e-mail', () => {
  assert.equal(afterCorrection('hur gammal måste man vara för att handla på faktura? nä skit i det, har ni swish'), 'har ni swish');
  assert.equal(afterCorrection('is the sofa in stock? never mind, do you deliver to Åland?'), 'do you deliver to Åland?');
  const s = suggest({ channel: 'chat', text: 'kan man bli återförsäljare av era produkter? nej förresten, jag undrar om ni har rea snart', turns: 1, attachments: 0, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, hasPhone: false, hasEmail: false }, []);
  assert.equal(s.channel[0]!.value, 'chat');
});
