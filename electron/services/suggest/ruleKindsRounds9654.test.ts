import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { computeSignals } from './signals';
import { suggest } from './engine';
import { cuesIn } from './cues';
import { evalInput } from './evaluate';
import templates from '../../../resources/templates/default-templates.json';
import { chatLine as base } from '../../../tests/helpers/suggestInput';

const TPL = templates as Parameters<typeof suggest>[1];
const ids = (text: string) => computeSignals({ ...base, channel: 'email', text }).map((s) => s.id);
/** An e-mail as the evaluation reads it (evalInput: the customer's own words apart from a quote), and the kind seen. */
const mailKind = (text: string) => suggest(evalInput({ channel: 'email', text, turns: 2, hasPhone: false, attachments: 0, expect: { channel: '', kind: '' } }), TPL).intent.value;

// The kinds and signals taught by the development round of lines 9654–9701 (e-mail threads); each
// test fails on the code before its rule.

test('a follow-up that asks and names no matter is about what it quotes; a thank-you that names none is not', () => {
  assert.equal(mailKind('Hallå, hur går det med detta? /Jonas > Den 30 nov. 2026 kl. 11:05 skrev Lampbutiken: > Din beställning 5512 är packad och lämnas till DHL i morgon.'), 'order_status');
  assert.equal(mailKind('Toppen, då är allt klart! /Jonas > Den 30 nov. 2026 kl. 11:05 skrev Lampbutiken: > Vi har skickat en ny länk för att byta lösenord.'), 'general');
});

test("a customer's own try at a link told is no scam's hurried link; a scam's still is", () => {
  assert.equal(cuesIn('när jag försökte logga in via länken i mejlet stod det att den var ogiltig, vad gör jag nu?').has('notFromCustomer'), false);
  assert.equal(kind('när jag försökte logga in via länken i mejlet stod det att den var ogiltig, vad gör jag nu?'), 'password');
  assert.equal(cuesIn('Logga in nu via länken nedan och bekräfta dina uppgifter, annars stängs kontot.').has('notFromCustomer'), true);
});

test('a discount code the checkout refuses is no fault and no template\'s; paid in full and asked back it is a payment', () => {
  assert.equal(kind('rabattkoden från ert instagraminlägg godkänns inte, står bara att den är felaktig'), 'general');
  assert.equal(kind('the promo code from your email won\'t apply in my basket'), 'general');
  assert.notEqual(kind('the voucher code did not work so I was charged the full amount, could you refund the difference?'), 'general');
});

test('an order placed now, asked when it comes, with "lägger" ("lägger jag ordern i kväll", "om jag lägger en order nu")', () => {
  assert.equal(kind('lägger jag ordern i kväll, är den här på lördag?'), 'delivery_time');
  assert.equal(kind('om jag lägger en order nu, skickas den i dag?'), 'delivery_time');
});

test('a thing the customer cannot put together is asked about the thing', () => {
  assert.equal(kind('vi får inte ihop spjälsängen, vilken skruv ska sitta i gaveln?'), 'product_advice');
});

test('water run into the electrics is a hazard', () => {
  assert.ok(ids('det har runnit vatten från kylen in i kontakten bakom').includes('safety'));
  assert.ok(ids('water from the aquarium dripped onto the power strip under it').includes('safety'));
});

test('a delivery told inside a stated complaint, nothing asked, is the complaint', () => {
  assert.equal(kind('Föraren kom två timmar för tidigt när ingen var hemma, så mattan står nu hos grannen. Inte okej.'), 'complaint');
  assert.equal(kind('The courier came at 8 am instead of the evening slot we paid extra for. Totally unacceptable.'), 'complaint');
});

test('a thing sent back by the customer, in English, is a return', () => {
  assert.equal(kind('we shipped the boots back last week, nothing heard since'), 'returns');
});
