import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';
import { ruleKind as kind } from './ruleKinds';

// What the development round from line 11862 on taught (the channel in situations the set had in
// other words); each assertion fails on the code before.

test('a pet hurt by a thing is a hazard: a call', () => {
  assert.equal(advice('chat', 'kaninen hann skära sig på en vass kant i buren från er').channel[0]!.value, 'callback');
  assert.equal(advice('email', 'The new fence panel had a nail poking out and our puppy cut its paw badly.').channel[0]!.value, 'callback');
});

test('an order asked whether it has had time to leave the shop is an order-status question', () => {
  assert.equal(kind('har lampan hunnit lämna lagret än?'), 'order_status');
});

test('a safety sheet asked for a product is product advice', () => {
  assert.equal(kind('we need the safety sheet for your floor polish'), 'product_advice');
});

test('"svara här" in an answer to the shop\'s SMS asks for an answer by SMS; in the chat, for the chat', () => {
  assert.equal(advice('sms', 'Kudden kom i fel färg och har en fläck. Vad gör jag nu? Svara här').channel[0]!.value, 'sms');
  // a guard (holds on the code before too)
  assert.equal(advice('chat', 'vad kostar frakten till Gävle? svara här').channel[0]!.value, 'chat');
});

test('"svara här" / "answer here" in an e-mail asks for the answer by e-mail, and says so; the chat named is the chat', () => {
  const wantsWriting = (t: string) => advice('email', t).channel.find((c) => c.value === 'email')!.reasons.some((r) => r.en.startsWith('wants it in writing'));
  for (const t of ['Hej, när öppnar butiken på lördag? Svara här. /Mona', 'Hi, is the blue sofa back in stock? Just answer here, thanks']) {
    assert.equal(advice('email', t).channel[0]!.value, 'email', t);
    assert.equal(wantsWriting(t), true, t);
  }
  assert.equal(advice('chat', 'is the blue sofa back in stock? just answer here').channel[0]!.value, 'chat');
  assert.equal(wantsWriting('Hej, ni kan svara i chatten på hemsidan om det är enklare. Har ni rea i januari?'), false);
});

test('a receipt said to be gone is no document to send: the chat question stays in the chat', () => {
  assert.equal(advice('chat', 'kvittot kom bort i flytten, går det att lämna tillbaka lampan ändå?').channel[0]!.value, 'chat');
});

test('a thing to be sent back "åter" is a return; a pick-up to be moved a rebooking; "cal me" asks for a call', () => {
  assert.equal(kind('kan jag skicka den åter om den inte passar i hallen?'), 'returns');
  assert.equal(kind('vi måste flytta hämtningen av bordet, det krånglar med släpet'), 'rebooking');
  assert.equal(advice('chat', 'pls cal me about the broken chair').channel[0]!.value, 'callback');
});

test('a password or an address changed by someone else is possible fraud: a call', () => {
  assert.equal(advice('email', 'Hej, jag fick precis besked om att mejladressen på mitt konto har bytts men det var inte jag. Vad händer?').channel[0]!.value, 'callback');
  assert.equal(advice('chat', 'someone changed my password last night and now I cannot log in').channel[0]!.value, 'callback');
});

test('"ångertid" is a return\'s word; someone in the shop asked after is a question of its hours', () => {
  assert.equal(kind('hur lång ångertid har man på möbler?'), 'returns');
  assert.equal(kind('är det någon i butiken just nu? vill komma förbi'), 'opening_hours');
});
