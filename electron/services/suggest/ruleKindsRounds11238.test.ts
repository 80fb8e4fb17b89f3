import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { cuesIn } from './cues';
import { wishesIn } from './wishes';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';

// The kinds taught by the development rounds from line 11238 on (small talk and the human side of a
// shop's messages); each test fails on the code before its rule.

test('whether a live person answers, a pleasantry that ends the text, and a test of the chat are no case', () => {
  assert.ok(cuesIn('finns det en riktig människa som läser det här?').has('staffAsked'));
  assert.ok(cuesIn('kallt ute idag, hoppas ni har det mysigt där inne').has('greetingOnly'));
  assert.ok(cuesIn('testar bara om formuläret går fram').has('notFromCustomer'));
  // (a pleasantry before a case keeps the case)
  assert.equal(kind('hoppas ni har det bra! min beställning 4410 har inte kommit'), 'order_status');
});

test('staff short with the customer are the service at fault; the wrong colour owned as one\'s own mistake is an exchange, in the chat', () => {
  assert.equal(kind('the man at the till was very curt with me when I asked about the price'), 'complaint');
  assert.equal(kind('hon i telefon var så snäsig mot mig igår'), 'complaint');
  assert.ok(cuesIn('fel storlek, mitt misstag, kan jag byta till en medium?').has('boughtByMistake'));
  const mine = advice('chat', 'ordered the wrong colour, my mistake, could I swap it for the green one?');
  assert.equal(mine.intent.value, 'returns');
  assert.equal(mine.channel[0]?.value, 'chat');
});

test('answers to the shop\'s notices that ask nothing: a good rating, an offer declined, a pick-up told', () => {
  assert.ok(cuesIn('3 av 5. Bra grejer men lite dyr frakt').has('ratingGiven'));
  assert.equal(advice('sms', 'Rating 9/10, the driver was lovely').intent.value, 'general');
  // (a low rating is left to what it tells)
  assert.ok(!cuesIn('1/5 the parcel was soaked').has('ratingGiven'));
  assert.equal(advice('sms', 'Nej tack, jag behöver ingen ny tid').intent.value, 'general');
  assert.equal(advice('sms', "Thanks, we'll collect it on Friday").intent.value, 'general');
  assert.equal(advice('sms', 'Tack, jag hämtar kostymen på lördag').intent.value, 'general');
});

test('a warranty asked about before any fault is a question about the thing, answered where it was asked', () => {
  const asked = advice('sms', 'Does the warranty cover the charger as well?');
  assert.equal(asked.intent.value, 'product_advice');
  assert.equal(asked.channel[0]?.value, 'sms');
  assert.equal(kind('omfattar garantin även laddaren?'), 'product_advice');
  // (with a fault told it is the fault's)
  assert.equal(kind('laddaren har slutat fungera, gäller garantin?'), 'complaint');
});

test('a call the shop promised that never came is the service at fault, by a call; a delivery day the customer cannot be home for is a booking to move', () => {
  const promised = advice('sms', 'Nobody called me back like you said they would');
  assert.equal(promised.intent.value, 'complaint');
  assert.equal(promised.channel[0]?.value, 'callback');
  assert.equal(kind('ingen har ringt mig tillbaka än'), 'complaint');
  // (a call asked for is no call missed)
  assert.notEqual(kind('kan ni ringa upp mig på lördag?'), 'complaint');
  assert.equal(kind('jag kan inte vara hemma på måndag, kan ni ta leveransen på tisdag?'), 'rebooking');
});

test('an order told to be fine, or a complaint disowned, before another question leaves that question; a purchase still to come is no fraud', () => {
  assert.ok(cuesIn('No problem with the order at all, just wondering if you sell gift cards?').has('nothingWrongTold'));
  assert.ok(cuesIn('ingen reklamation, bara en fråga om färgerna').has('noComplaintMeant'));
  assert.notEqual(advice('email', 'Hej, jag har inte handlat något ännu men undrar om ni har öppet köp? /Leo').channel[0]?.value, 'callback');
});

test('damage found when the gift was unwrapped is damage on arrival; a table booked and a post about the shop are no case', () => {
  assert.equal(kind('the bowl was cracked when we unwrapped it'), 'damaged');
  assert.equal(advice('email', 'Hi, could we reserve the corner table for our knitting group on Thursday? Regards, Mo').intent.value, 'general');
  assert.ok(cuesIn("I'm writing an article on small shops in Lund and would love to mention you").has('proposal'));
});

test('a Norwegian or Danish customer\'s words for the commonest kinds are read as the Swedish ones', () => {
  assert.equal(kind('når har dere åpent i morgen?'), 'opening_hours');
  assert.equal(kind('hvor er pakken? bestilte for to uker siden'), 'order_status');
  assert.equal(kind('hvad er leveringstiden til Aarhus?'), 'delivery_time');
  assert.equal(kind('jeg er blevet trukket dobbelt for min ordre'), 'invoice');
  assert.equal(kind('jeg vil gerne have at I sletter alle oplysninger om mig'), 'privacy');
  assert.equal(kind('kan dere gi oss et pristilbud på 40 stoler?'), 'quote');
  assert.ok(wishesIn('ring gjerne meg i morgen').has('call'));
});
