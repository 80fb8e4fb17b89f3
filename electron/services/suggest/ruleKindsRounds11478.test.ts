import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { cuesIn } from './cues';
import { wishesIn } from './wishes';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';

// The kinds taught by the development round from line 11478 on (answers by SMS to the shop's
// notices); each test fails on the code before its rule.

test('a notice acknowledged, a reminder thanked for with what is done, a pick-up told, the sender not known: no case', () => {
  assert.ok(cuesIn('Uppfattat, tack så mycket').has('praise'));
  assert.ok(cuesIn('noted, thanks').has('praise'));
  assert.equal(advice('sms', 'Tack för påminnelsen, vi har redan bokat tvätten').intent.value, 'general');
  assert.ok(cuesIn('toppen, kommer på fredag och hämtar').has('visit'));
  // (a pick-up told inside a wish is still the wish's: "sms:a mig när … så kommer jag och hämtar")
  assert.ok(!cuesIn('sms:a mig när klockan är lagad så kommer jag och hämtar').has('visit'));
  assert.ok(cuesIn('Vilka är ni? Känner inte igen numret').has('notMeantForMe'));
  assert.ok(cuesIn("Sorry, I don't recognise this number").has('notMeantForMe'));
});

test('a delivery asked for another day, and a booked call for another day, are rebookings; a call the shop should make', () => {
  assert.ok(cuesIn('kan ni leverera soffan på tisdag istället?').has('comeInstead'));
  assert.ok(cuesIn('could you deliver it on Friday instead').has('comeInstead'));
  assert.equal(kind('please ring me on Monday instead of today, the kids are ill'), 'rebooking');
  assert.ok(wishesIn('the fitter should call tomorrow instead of this afternoon').has('call'));
  assert.ok(cuesIn('Hinner inte 14-samtalet, kan ni ringa mig vid fem istället?').has('callMoved'));
  // (a call "instead", with no other time named, is most often instead of writing: no rebooking)
  assert.ok(!cuesIn('I have written three times now. Could someone call me this afternoon instead?').has('callMoved'));
});

test('when the couriers usually come is a delivery\'s time; the same fault again is a complaint; the thing called "the broken one" a fault, not damage in transport', () => {
  assert.equal(kind('brukar era bud höra av sig innan?'), 'delivery_time');
  assert.equal(kind('the new kettle has the same fault as the old one'), 'complaint');
  assert.equal(kind('vad händer med den trasiga diskmaskinen? ingen har svarat'), 'complaint');
  // (damage seen when it came stays damage)
  assert.equal(kind('den trasiga lampan kom krossad i kartongen'), 'damaged');
});

test('a parcel left in the rain with its contents wrinkled or swollen is damage in transport', () => {
  assert.ok(cuesIn('the posters inside are crumpled').has('contentsRuined'));
  assert.equal(kind('your driver left the box in the rain and the books inside are swollen'), 'damaged');
});
