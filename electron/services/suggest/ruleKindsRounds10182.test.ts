import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { computeSignals } from './signals';
import { cuesIn } from './cues';
import { wishesIn } from './wishes';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';
import { chatLine as base } from '../../../tests/helpers/suggestInput';

const ids = (text: string) => computeSignals({ ...base, text }).map((s) => s.id);

// The kinds and signals taught by the development round of lines 10182–10229 (opening hours and a
// delivery's way in everyday words, things no template answers about the shop itself); each test fails
// on the code before its rule.

test('the hours asked in other words: a premises open or shut, the till staffed, the minutes before closing, trading', () => {
  assert.equal(kind('är verkstaden öppen under sportlovet?'), 'opening_hours');
  assert.equal(kind('is the showroom open over the bank holiday weekend?'), 'opening_hours');
  assert.equal(kind('hinner jag före stängning om jag går nu?'), 'opening_hours');
  assert.equal(kind('are you guys trading on boxing day?'), 'opening_hours');
  assert.equal(kind('r u closed today, the shutters are down'), 'opening_hours');
  assert.equal(kind('sitter det någon i kassan nu? ska bara köpa en sak'), 'opening_hours');
  assert.equal(kind('is there anyone behind the counter right now?'), 'opening_hours');
  // 'brukar ni' asks what the shop usually does, not a job it does
  assert.equal(kind('brukar ni ha stängt under industrisemestern?'), 'opening_hours');
  // (a premises, not any thing open: a return's window still open is a return's)
  assert.notEqual(kind('is the return window still open for my order?'), 'opening_hours');
});

test('how soon a pick-up in the shop is ready is a delivery\'s time', () => {
  assert.equal(kind('om jag väljer hämta i butiken, när kan jag hämta den?'), 'delivery_time');
  assert.equal(kind('how quickly is click and collect ready usually'), 'delivery_time');
});

test('the way to the shop, its floor, a pram inside, a cash machine: no template\'s', () => {
  for (const text of [
    'vilken entré gäller när torget är avstängt?', 'the map pin on google sends people to the wrong street, where are you actually?',
    'ligger butiken en trappa upp eller på gatuplan?', 'får man ta med barnvagnen in i butiken?', 'finns det en uttagsautomat i närheten?', 'do we need to take the lift to get to you?',
  ]) assert.equal(cuesIn(text).has('visit'), true, text);
  assert.equal(advice('chat', 'is the studio on the first floor? my knee is bad with stairs').intent.value, 'general');
  assert.equal(advice('chat', 'which entrance is yours, the one by the bakery?').intent.value, 'general');
  // a door the driver left a parcel at is the order's
  assert.equal(cuesIn('it says delivered, which door did the driver leave it at?').has('visit'), false);
});

test('a picture of the shop\'s pointed at is no document to send; the customer\'s own picture of a fault still is', () => {
  assert.equal(ids('är lampan på bilden i mässing eller guld?').includes('documents'), false);
  assert.equal(ids('is the rug in the picture wool?').includes('documents'), false);
  assert.equal(ids('som ni ser på bilden är glaset sprucket').includes('documents'), true);
  assert.equal(ids('the cup in the photo arrived chipped').includes('documents'), true);
});

// The round of lines 10230–10277 (Swedish without å, ä and ö; English shorthand) scored 0.960 fresh; its two misses:

test("the return's own parcel asked after is the return's, not an order's tracking", () => {
  assert.equal(kind('har ni tagit emot min retur? spårningen har inte rört sig på en vecka'), 'returns');
  assert.equal(kind('the tracking on my return has been stuck since monday, did it reach you?'), 'returns');
  // an order's tracking, no return named, is still the order's
  assert.equal(kind('spårningen på mitt paket har inte rört sig på en vecka'), 'order_status');
});

test('which one to choose, asked without a size or a product word, is a thing\'s question', () => {
  assert.equal(kind('jag har 40 i de flesta märken, vilken ska jag ta hos er?'), 'product_advice');
  assert.equal(kind('torn on the two kettles, which one should i go for?'), 'product_advice');
});

// The round of lines 10278–10325 (opening hours and calls in words the set lacked) scored 0.815 fresh:

test('the hours asked as a visit that may be too late, the latest one can come, shorter or changed hours', () => {
  assert.equal(kind('tänkte kika in runt sex, är det för sent då?'), 'opening_hours');
  assert.equal(kind("what's the latest we can pop in on a thursday?"), 'opening_hours');
  assert.equal(kind('any late evenings before christmas?'), 'opening_hours');
  assert.equal(kind('är det ändrade tider under sommaren?'), 'opening_hours');
  assert.equal(kind('until what time are you there on saturdays?'), 'opening_hours');
  assert.equal(kind('are you on reduced hours while the street works go on?'), 'opening_hours');
  assert.equal(kind('stänger ni på annandagen?'), 'opening_hours');
  // a thing closed or switched off is no shop closing
  assert.equal(kind('stänger ni returperioden under julen?'), 'returns');
  assert.notEqual(kind('diskmaskinen stänger av sig mitt i programmet'), 'opening_hours');
  assert.notEqual(kind('slår strykjärnet av sig automatiskt om man glömmer det?'), 'complaint');
});

test('open to an idea is a proposal, not open for business; too late to order for a day is a delivery\'s time', () => {
  assert.equal(cuesIn('are you open to ideas for a pop-up with our bakery?').has('proposal'), true);
  assert.equal(cuesIn('are you open on sunday?').has('proposal'), false);
  assert.equal(cuesIn('vi säljer gärna era ljus på kommission i vår butik').has('proposal'), true);
  assert.equal(kind('is it too late to order engraved glasses for the wedding on the 14th?'), 'delivery_time');
});

test('a battery that bulges, a heater that crackles or smells of hot plastic, asked again day after day: a call', () => {
  assert.equal(ids('my phone battery has bulged and the back is lifting').includes('safety'), true);
  assert.equal(ids('laddaren sprakar när jag sätter i den i uttaget').includes('safety'), true);
  assert.equal(ids("it smells of hot plastic when it's on").includes('safety'), true);
  assert.equal(ids('den nya mattan luktar plast').includes('safety'), false);
  assert.equal(ids('I asked on friday and again this morning, where is the refund?').includes('repeatContact'), true);
  assert.equal(ids('jag frågade i fredags och igen idag om återbetalningen').includes('repeatContact'), true);
});

test('getting there at an hour, asked, is the hours; not when a booking, an order or trying on is what the visit is for', () => {
  assert.equal(kind('could we pop in around 5 on friday?'), 'opening_hours');
  assert.equal(kind('kan vi komma förbi i morgon vid tio?'), 'opening_hours');
  assert.equal(kind('hinner jag till butiken på lunchen om jag springer nu?'), 'opening_hours');
  assert.notEqual(kind('can I come in tomorrow for my fitting at 3?'), 'opening_hours');
  assert.notEqual(kind('kan jag komma in på fredag och prova kostymen?'), 'opening_hours');
  assert.notEqual(kind('can I drop by tomorrow to pick up my order?'), 'opening_hours');
});

// The round of lines 10326–10373 (issue 14's list in idioms and new voices) scored 0.902 / 0.870 fresh:

test('a text wished as "plinga ett sms"; writing told to be hard is no wish for it', () => {
  assert.equal(wishesIn('kan ni plinga ett sms när den är klar?').has('sms'), true);
  assert.equal(wishesIn('jag har svårt att formulera mig i skrift, ring hellre').has('writing'), false);
  assert.equal(wishesIn('it is hard to explain in writing, please phone').has('writing'), false);
  assert.equal(wishesIn('jag vill ha beskedet i skrift').has('writing'), true);
});

test('asked several times is a repeat contact and no quick question; one of the household hurt is a hazard', () => {
  assert.equal(ids('I have asked you three times about the refund').includes('repeatContact'), true);
  assert.equal(ids('jag har frågat er tre gånger om kvittot').includes('repeatContact'), true);
  assert.equal(ids('asked you twice where my parcel is?').includes('quickQuestion'), false);
  assert.equal(ids('the bed rail gave way and my son fell out').includes('safety'), true);
  assert.equal(ids('min dotter ramlade när stolsbenet gick av').includes('safety'), true);
  assert.equal(ids('my son fell in love with the lamp, do you have a smaller one?').includes('safety'), false);
});

test("the till still open is the hours; the shop's own pictures are no document to send", () => {
  assert.equal(kind('is the till still open?'), 'opening_hours');
  assert.equal(kind('have you cashed up already?'), 'opening_hours');
  assert.equal(ids('who takes your product photos? love them').includes('documents'), false);
});

// The round of lines 10374–10421 (a shop's day: long e-mails, later chat turns, SMS answers) scored 0.900 fresh:

test('a gift card instead of the money is a return; longer to a far place a delivery\'s time; anyone in on a day the hours', () => {
  assert.equal(kind('får jag ett presentkort på beloppet istället för pengarna?'), 'returns');
  assert.equal(kind('could I have a gift card instead of the refund?'), 'returns');
  assert.equal(kind('tar det längre tid ut till Öland?'), 'delivery_time');
  assert.equal(kind('does it take longer to get to Shetland?'), 'delivery_time');
  assert.equal(kind('will anyone be in on boxing day?'), 'opening_hours');
});

test('a day said to suit ("passar bra med torsdag") is no thing that fits', () => {
  assert.notEqual(kind('Passar bra med onsdag. Ungefär när på dagen?'), 'product_advice');
  assert.equal(cuesIn('fredag funkar fint för mig').has('daySuits'), true);
  // a thing that fits still is a thing's question
  assert.equal(kind('passar locket till den mindre grytan?'), 'product_advice');
});

// The round of lines 10422–10469 (the held-out parts' lowest classes) scored 0.929 fresh:

test('a thing left in the shop asked with the verb first, classes offered, a free offer "om ni vill", an answer taken: no template\'s', () => {
  assert.equal(cuesIn('glömde jag min mössa hos er igår?').has('visit'), true);
  assert.equal(cuesIn('do you offer any pottery courses in the spring?').has('visit'), true);
  assert.equal(cuesIn('vårt band spelar gärna i butiken på lördag om ni vill').has('proposal'), true);
  assert.equal(cuesIn("we'd be happy to hand out your flyers at the fair if you like").has('proposal'), true);
  assert.equal(cuesIn('Okej, då vet jag att ni hör av er på måndag').has('praise'), true);
  // (then not knowing what to do is no answer taken)
  assert.equal(cuesIn('ok, då vet jag inte vad jag ska göra med den trasiga stolen').has('praise'), false);
});

test('a thing that came with a slit in it is damage, not a fault', () => {
  assert.equal(kind('the rug came with a slit right through it, looks like a box cutter'), 'damaged');
});

// The round of lines 10470–10517 (a florist, a pet shop, a bicycle workshop, an optician, a bookshop, a toy shop, a hardware store) scored 0.947 fresh:

test('a job handed in asked after is the order\'s; where to unload a delivery its own; whether they work for someone a thing\'s', () => {
  assert.equal(kind('blir klockan färdig till helgen?'), 'order_status');
  assert.equal(kind('är datorn klar än? lämnade in den i måndags'), 'order_status');
  assert.equal(kind('kan chauffören lasta av pallen på uppfarten?'), 'delivery_time');
  assert.equal(kind('fungerar de för någon med stora fötter?'), 'product_advice');
});

// The round of lines 10518–10565 (the hours a third time) scored 0.933 fresh:

test('the hours as the doors opening, someone at the warehouse on a day, before the shop opens, the phones manned', () => {
  assert.equal(kind('när slår ni upp dörrarna på lördagar?'), 'opening_hours');
  assert.equal(kind('finns det folk på utlämningen på söndagar?'), 'opening_hours');
  assert.equal(kind('går det att hämta innan ni officiellt öppnar?'), 'opening_hours');
  assert.equal(kind('is anyone manning the desk over easter?'), 'opening_hours');
});

test("which pick-up point holds the parcel is the order's; the shop's founding is no template's", () => {
  assert.equal(kind('vilket utlämningsställe har paketet hamnat på?'), 'order_status');
  assert.equal(kind('which pick-up point is my parcel at?'), 'order_status');
  assert.equal(cuesIn('när grundades företaget egentligen?').has('aboutShop'), true);
  assert.equal(cuesIn('how long have you been in business?').has('aboutShop'), true);
});

test('from the last read: "atm" in a hurry is "at the moment", and a parcel opened before is no shop opening', () => {
  assert.equal(cuesIn('is the blue one in stock atm?').has('visit'), false);
  assert.equal(cuesIn('is there an atm near the shop?').has('visit'), true);
  assert.notEqual(kind('vill ni ha bilder innan ni öppnar returen?'), 'opening_hours');
});

test("a cabinet's doors that open by themselves are no shop's doors", () => {
  assert.notEqual(kind('the wardrobe doors open by themselves every night'), 'opening_hours');
  assert.equal(kind('what time do the doors open on black friday?'), 'opening_hours');
});

test('someone "in charge" is no one in the shop at an hour', () => {
  assert.notEqual(kind('is anyone in charge of complaints? the kettle leaks'), 'opening_hours');
});

// The round of lines 10566–10613 (things no template answers about the shop itself, a fourth time) scored 0.937 fresh:

test('packaging taken back is no return; a wholesale pack for other shops is no range asked', () => {
  assert.equal(cuesIn('do you take back empty jars for refilling?').has('mendingAsked'), true);
  assert.equal(cuesIn('tar ni emot tomma kartonger?').has('mendingAsked'), true);
  assert.equal(cuesIn('säljer ni tvålen i grossistförpackning till andra butiker?').has('rangeAsked'), false);
  assert.equal(cuesIn('säljer ni tvål?').has('rangeAsked'), true);
});

test('how many a dish serves, whether it keeps the heat, a post to a forces address', () => {
  assert.equal(kind('hur många personer räcker grytan till?'), 'product_advice');
  assert.equal(kind('håller den värmen länge efter att man stängt av?'), 'product_advice');
  assert.equal(kind('do you post to a BFPO address?'), 'delivery_time');
});

test("mould let out on a baby is a hazard", () => {
  assert.equal(ids('the bath toy squirted black gunk all over my toddler').includes('safety'), true);
  assert.equal(ids('mögel kom ut ur badleksaken rakt i bebisens badvatten').includes('safety'), true);
  assert.equal(ids('the shower curtain went mouldy in three weeks').includes('safety'), false);
});
