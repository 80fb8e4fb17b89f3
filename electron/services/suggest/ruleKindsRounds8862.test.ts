import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { computeSignals } from './signals';
import { chatLine } from '../../../tests/helpers/suggestInput';

const base = chatLine;

// The kinds and signals taught by the development rounds from line 8862 on (split from ruleKinds.test.ts at
// ~300 lines); each test fails on the code before its rule.

test('paying later or the rest later is an invoice matter', () => {
  for (const t of ['kan jag betala senare om jag beställer nu?', 'is it possible to pay the remainder after delivery?', 'får jag betala nästa månad?'])
    assert.equal(kind(t), 'invoice', t);
});

test('the shop\'s usual hours asked for are opening hours; "where is it now?" asks about an order; an invoice not understood is an invoice matter', () => {
  for (const t of ['are you keeping regular hours over easter?', 'har ni vanliga tider under sportlovet?']) assert.equal(kind(t), 'opening_hours', t);
  for (const t of ['ok but where is it now??', 'Var är det nu då? Spårningen säger ingenting']) assert.equal(kind(t), 'order_status', t);
  assert.equal(kind('my father does not understand the invoice you sent him'), 'invoice');
});

test('a notice asked for when a thing is posted or out for delivery is an order\'s; a debt "hos er" an invoice matter; a thing come "split in two" damage', () => {
  assert.equal(kind('sms:a när kuddarna är postade'), 'order_status');
  assert.equal(kind('meddela mig när bordet går ut på leverans'), 'order_status');
  assert.equal(kind('Returen är postad idag, när får jag pengarna?'), 'returns', "the customer's own parcel");
  assert.equal(kind('inkassobolaget säger att jag har en skuld hos er'), 'invoice');
  assert.equal(kind('the tabletop arrived split in two'), 'damaged');
  assert.equal(kind('could you tell me if my order has been dispatched'), 'order_status');
});

test('a thing that burst "med en smäll" in use is a complaint; a pro forma invoice asked for is a quote; an order asked after by its number is an order\'s', () => {
  assert.equal(kind('tekannan sprack med en smäll när jag hällde i kokande vatten'), 'complaint');
  assert.equal(kind('could you send a pro forma invoice for 20 desk lamps?'), 'quote');
  assert.equal(kind('Was order 88120 shipped yet or not?'), 'order_status');
  assert.equal(kind('har order 4410 skickats än?'), 'order_status');
});

test('the customer\'s data shared with others is a privacy question; a declaration of performance a document about the thing; a thing "supposed to come" yesterday an order\'s; which day a thing will come a delivery\'s; a door that hangs crooked a complaint', () => {
  assert.equal(kind('do you pass on my address to the courier firm?'), 'privacy');
  assert.equal(kind('kan ni mejla prestandadeklarationen för isoleringsskivorna?'), 'product_advice');
  assert.equal(kind('the cushions were supposed to arrive on monday'), 'order_status');
  assert.equal(kind('could you tell me what day the rug is going to be delivered?'), 'delivery_time');
  assert.equal(kind('the wardrobe door hangs crooked'), 'complaint');
});

test('a name asked off a review is privacy; a tracking link an order\'s; a direct debit an invoice matter', () => {
  assert.equal(kind('please remove my name from the review, I want to stay anonymous'), 'privacy');
  assert.equal(kind('can you send me the tracking link again'), 'order_status');
  assert.equal(kind('the direct debit went out twice this month'), 'invoice');
});

test('a fault asked after before it happens gives no complaint signal; told, it does', () => {
  const ids = (text: string) => computeSignals({ ...base, text }, { kind: { intent: 'product_advice', words: [] } }).map((s) => s.id);
  assert.equal(ids('will the stoneware bowl crack in a hot oven?').includes('complaint'), false);
  assert.ok(computeSignals({ ...base, text: 'the stoneware bowl cracked in the oven' }, { kind: { intent: 'complaint', words: [] } }).some((s) => s.id === 'complaint'));
});

test('another version of a thing asked after is a question about it; a formal or written offer asked for is a quote', () => {
  assert.equal(kind('finns den i ett utförande med lock?'), 'product_advice');
  assert.equal(kind('does it come in a version with a longer cable?'), 'product_advice');
  assert.equal(kind('could we have a written quotation for the 12 chairs, for our board?'), 'quote');
  assert.equal(kind('can I get that as a proper offer for my manager'), 'quote');
});

test('trade terms asked are a quote; all one\'s data to download is privacy; a thing that cracked while lit is a complaint', () => {
  assert.equal(kind('could you send your trade terms for wholesale customers?'), 'quote');
  assert.equal(kind('I want to download all my data please'), 'privacy');
  assert.equal(kind('the lantern glass cracked while lit on the table'), 'complaint');
});

test('a CE certificate asked for in Swedish forms is a document about the thing; one\'s purchases asked not to be passed on is privacy', () => {
  assert.equal(kind('kan ni mejla CE-certifikatet för laddaren?'), 'product_advice');
  assert.equal(kind('sluta dela mina uppgifter med era samarbetspartners'), 'privacy');
});

test('what the shop does with its recordings or one\'s data is a privacy question', () => {
  assert.equal(kind('what happens with the CCTV footage from the shop?'), 'privacy');
  assert.equal(kind('vad händer med inspelningarna från kassan?'), 'privacy');
});

test('a fault named as the case a policy question is about gives no complaint signal; a fault told still does; the delivery address changed is an order\'s question', () => {
  const ids = (text: string) => computeSignals({ ...base, text }).map((s) => s.id);
  for (const t of ['what if it arrives broken, do you pay the return?', 'vem står för frakten ifall produkten är defekt?']) assert.equal(ids(t).includes('complaint'), false, t);
  assert.ok(ids('produkten är defekt, vem står för frakten?').includes('complaint'));
  assert.equal(kind('går det att byta leveransadress på ordern jag la igår?'), 'order_status');
});

test('a price per unit, or so many if we took them, asks a quote; money or days "if we took" do not', () => {
  assert.equal(kind('what is the price per unit for the mugs?'), 'quote');
  assert.equal(kind('blir styckpriset lägre om vi tar 60?'), 'quote');
  assert.equal(kind('if we ordered 30 of the lamps, could you deliver in April?'), 'quote');
  assert.notEqual(kind('if we took 14 days to return it, is that ok?'), 'quote');
});

test('the third parties one\'s data goes to is a privacy question', () => {
  assert.equal(kind('do you share my details with any third party for marketing?'), 'privacy');
  assert.equal(kind('vilka tredjeparter får mina personuppgifter?'), 'privacy');
});

test('the warranty asked before a fault is a question about the thing; a claim under it stays a complaint', () => {
  assert.equal(kind('how long is the warranty on the robot mower?'), 'product_advice');
  assert.equal(kind('vilken garanti har kaffemaskinen?'), 'product_advice');
  assert.equal(kind('the pump broke, is it covered by the warranty?'), 'complaint');
});

test('a thing that "was supposed to come with" a part is no order not come', () => {
  assert.notEqual(kind('the chair was supposed to come with two cushions but there was only one'), 'order_status');
});
