import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyIntents } from './engine';
import { ruleKind as kind, ruleIntents } from './ruleKinds';
import { computeSignals } from './signals';
import { chatLine } from '../../../tests/helpers/suggestInput';

// The rules the development rounds from line 5766 on taught (split from ruleKindsRounds.test.ts at
// ~300 lines); each test fails on the code before its rule.
const base = chatLine;

test("a word inside another kind's longer phrase is that phrase's: 'ute för leverans' is a parcel's status, not a delivery time", () => {
  assert.deepEqual(ruleIntents('okej, så den är ute för leverans idag?').map((x) => x.intent), ['order_status']);
  assert.equal(kind('the tracking says returned to sender, what happened'), 'order_status');
  assert.equal(kind('hur lång är leveranstiden till Umeå?'), 'delivery_time', 'a word of its own still counts');
});

test('one thing measured against another is asked before choosing it', () => {
  for (const t of ['och den i ek då, är den lika hög som den vita?', 'är den gröna större än den blå?', 'is the grey one bigger than the blue?']) assert.equal(kind(t), 'product_advice', t);
  assert.notEqual(kind('den är lite stor, kan jag byta till en mindre?'), 'product_advice', 'a thing of their own, told');
});

test('a link that has run out is a login case, unless it is a payment\'s or a parcel\'s', () => {
  for (const t of ['jag har provat länken två gånger nu men den säger att den gått ut', 'the link in your email has expired']) assert.equal(kind(t), 'password', t);
  assert.notEqual(kind('länken till betalningen har gått ut, kan ni skicka fakturan igen?'), 'password');
  assert.notEqual(kind('the tracking link has expired, where is my parcel?'), 'password');
});

test('the day an order was paid, told beside its question, asks after the order and is no payment matter for e-mail', () => {
  assert.equal(kind('hallå?? var är paketet, ni tog betalt för en vecka sen'), 'order_status');
  assert.equal(kind("where's the parcel? you took the money three days ago"), 'order_status');
  assert.equal(kind('ni tog betalt två gånger för min order'), 'invoice', 'money taken twice is a payment matter');
  const signals = (text: string) => computeSignals({ ...base, text }).map((s) => s.id);
  assert.equal(signals('var är paketet, ni tog betalt för en vecka sen').includes('sensitive'), false);
  assert.ok(signals('ni tog betalt två gånger').includes('sensitive'));
});

test('how sizes run, asked before choosing one, is a product question; a size that did not fit, told, is not', () => {
  for (const t of ['ar storlekarna sma i byxorna, ska jag ta en storre', 'kappan Elin, är den liten i storleken?', 'do the boots run small?', 'should i size up in the wool coat?']) assert.equal(kind(t), 'product_advice', t);
  for (const t of ['jag köpte byxorna men de är små i storleken, kan jag byta?', 'jag beställde kappan men är den liten i storleken? den stramar över axlarna']) assert.notEqual(kind(t), 'product_advice', t);
});

test('a vulnerable customer who ordered the same thing again and again is no fault to template; a return asked for still is one', () => {
  for (const t of ['min pappa har demens och har köpt tre likadana soffor hos er, kan någon ringa mig?', 'I care for my brother who has a learning disability. He has ordered the same headphones four times this month.']) {
    assert.equal(kind(t), 'general', t);
    assert.deepEqual(classifyIntents(t), [], `the kind model may not name a fault or a return either: ${t}`);
  }
  assert.equal(kind('min pappa har demens och har köpt tre likadana soffor, hur returnerar vi två av dem?'), 'returns');
  assert.equal(kind('jag har beställt tre likadana stolar, har ni skickat dem än?'), 'order_status', 'no one vulnerable');
});

test("'var paketet är' asks after an order; a seam that 'has come apart' is a fault", () => {
  assert.equal(kind('har ingen mejl just nu, kan du svara här var paketet är'), 'order_status');
  assert.equal(kind("The weighted blanket's stitching has come apart. Order 59920."), 'complaint');
});

test('"fungerar inte" said of a channel is no fault; a door that will not close is one; a thing "dags att hämta" is an order ready', () => {
  assert.equal(kind('Hej, ni kan ringa mig på lunchen så bokar vi om min tid. Fungerar inte på mejl, har för mycket att göra.'), 'rebooking');
  assert.equal(kind('kakelugnsdörren går inte att stänga'), 'complaint');
  assert.equal(kind('skickar ni sms när det är dags att hämta?'), 'order_status');
});

test('a thing shorter than stated is a fault; a box soaked with the things inside fine is no damage; "students" hold no "dents"', () => {
  assert.equal(kind('Hello, the curtains I ordered are 10 cm shorter than the length stated on your website. I measured twice.'), 'complaint');
  assert.equal(classifyIntents('Hi, your delivery driver left my parcel in the rain without knocking. The box was soaked but the cushions inside are fine.')[0]?.intent, 'complaint');
  assert.notEqual(kind('do you have any jobs going for students?'), 'damaged');
});

test("another customer's details sent to this one are a privacy matter; a thing paid for and not handed over is a fault; 'jk' takes back what came before", () => {
  assert.equal(kind("Hello, my online order came with someone else's packing slip and their address on it."), 'privacy');
  assert.equal(kind('Hi, the cashier forgot to give me one of the two candles I paid for.'), 'complaint');
  assert.deepEqual(classifyIntents('do you take returns from other stores lol jk. do you have gift cards though?'), []);
});

test('photos the customer means to take are no documents to send by e-mail; photos attached still are', () => {
  const signals = (text: string) => computeSignals({ ...base, text }).map((s) => s.id);
  assert.equal(signals('får man fotografera i butiken? vill ta bilder till min blogg').includes('documents'), false);
  assert.ok(signals('jag bifogar bilder på den trasiga lampan').includes('documents'));
});

test("an order's tracking that 'funkar inte' is no fault for e-mail; a rug's 'underlägg' is no document; 'supernöjd med klippningen' is thanks", () => {
  const signals = (text: string, intent: string) => computeSignals({ ...base, text }, { kind: { intent, words: [] } }).map((s) => s.id);
  assert.equal(signals('min order står som skickad men spårningen funkar inte', 'order_status').includes('complaint'), false);
  assert.ok(signals('lampan jag beställde funkar inte', 'complaint').includes('complaint'));
  assert.equal(signals('är mattan halkfri eller behövs underlägg?', 'product_advice').includes('documents'), false);
  assert.deepEqual(classifyIntents('tack för idag, supernöjd med klippningen!'), []);
});

test('lines 6486–6533: a number sent back is a return; a notice once a thing is put together is an order\'s status; a delivery moved is a rebooking; wool that is scratchy is no scratch', () => {
  assert.deepEqual(ruleIntents('he ordered four by mistake, so we can send three back').map((x) => x.intent), ['returns']);
  assert.equal(kind('kan jag skicka tre tillbaka och behålla en?'), 'returns');
  assert.equal(kind("once the table's been put together I'll swing by for it"), 'order_status');
  assert.equal(kind('I need to move the delivery of the wardrobe, any day the week after would suit'), 'rebooking');
  assert.notEqual(kind('the merino throw, is it scratchy at all?'), 'damaged');
  assert.equal(kind('the lid has a deep scratch across it'), 'damaged', 'a scratch is still damage');
});

test('a parcel the courier left in the rain is no question about rain; the contents ruined by it are damage in transport', () => {
  assert.equal(kind("Your courier left my parcel in the rain by the bins and the book inside is ruined. I'd like to know what you're going to do about it."), 'damaged');
  assert.equal(ruleIntents('the driver left it out in the rain all afternoon').some((x) => x.intent === 'product_advice'), false);
  assert.equal(kind('can the cushions stay out in the rain?'), 'product_advice', 'asked of the thing');
});

test('no case: "sorted, ta very much" thanks; a cheque asks a way to pay; a wish with "honestly" and the reason for it is no case', () => {
  for (const t of ['sorted, ta very much', 'lovely, cheers!']) assert.equal(kind(t), 'general', t);
  assert.notEqual(kind('ta bort min beställning'), 'general', '"ta" in Swedish');
  assert.deepEqual(classifyIntents('Good afternoon, may I still order by post and pay with a cheque? I do not use the computer much. Yours faithfully, Mrs E. Doyle'), []);
  assert.deepEqual(classifyIntents("honestly I can't type well on this phone, please just ring me"), []);
});

test('lines 6534–6581: a thing back from the workshop is an order\'s status; a visit told as the last word is no case', () => {
  assert.equal(kind("when the bike's back from the workshop"), 'order_status');
  assert.equal(kind('är symaskinen tillbaka från verkstaden än?'), 'order_status');
  for (const t of ["ok I'll pop in tomorrow then, thanks", 'okej, då kommer jag förbi imorgon, tack']) assert.equal(kind(t), 'general', t);
  assert.notEqual(kind("I'll pop in tomorrow to return the jacket, is that ok?"), 'general', 'a visit with a case after it');
});

test('"byta tid" is a time moved, not a thing exchanged', () => {
  assert.deepEqual(ruleIntents('kan jag byta tid igen eller tar ni betalt för det också?').map((x) => x.intent), ['rebooking']);
  assert.equal(kind('kan jag byta tröjan mot en större?'), 'returns');
});

test('lines 6630–6677, the fewest words: "sms när klar" asks after an order; "för stor i storleken?" asks how a size runs; "batteri ingår?" asks about the thing; "godmiddag" is a greeting', () => {
  assert.equal(kind('sms när klar'), 'order_status');
  assert.notEqual(kind('ring mig när ni är klara med utredningen om min reklamation'), 'order_status', '"ni" done with something');
  assert.equal(kind('för stor i storleken?'), 'product_advice');
  for (const t of ['batteri ingår?', 'are batteries included?']) assert.equal(kind(t), 'product_advice', t);
  for (const t of ['godmiddag', 'god middag!', 'halloj']) assert.equal(ruleIntents(t)[0]?.intent, 'general', t);
});

test('lines 6678–6725: "what gauge would you go for", "how many balls … for a scarf" ask about the thing; "push it to Sunday" moves a booking; "take my details off" is a privacy request; "residents" hold no "dents"', () => {
  assert.equal(kind('what gauge would you go for to play drop D on a strat?'), 'product_advice');
  assert.equal(kind('how many balls of the chunky merino for a scarf about 2m long?'), 'product_advice');
  assert.equal(kind('hur mycket färg går det åt till ett sovrum på tolv kvadrat?'), 'product_advice');
  assert.equal(kind('Could we push it to Sunday same time?'), 'rebooking');
  assert.equal(kind("please take my details off your loyalty database, I've moved overseas"), 'privacy');
  assert.equal(ruleIntents('is it ok to park in the lot behind the shop or is that residents only').some((x) => x.intent === 'damaged'), false);
  assert.equal(kind('the lid came with two dents in it'), 'damaged', 'dents still are');
});

test('lines 6678–6725, no case: the next class asked for, a service of the shop\'s hands asked anywhere in a text', () => {
  for (const t of ["when's the next knitting circle?", 'när är nästa kurs i krukmakeri?', 'Good day, I have an oil painting that needs a proper frame. Do you do conservation framing, and roughly how long does it take?']) assert.equal(ruleIntents(t)[0]?.intent, 'general', t);
});

test('a thing "getting really hot" is a danger, as one that "got" hot', () => {
  assert.ok(computeSignals({ ...base, text: "the phone you fixed is now getting really hot near the charging port, I'm scared to leave it plugged in" }).some((s) => s.id === 'safety'));
});

test('lines 6726–6773: an exchange for a warmer one is a return; what the shop\'s cameras keep is a privacy question; a service booked by its name is no case; "MIPS" is no shouting', () => {
  assert.equal(kind('kan jag byta sovsäcken mot en varmare?'), 'returns');
  assert.equal(kind('can I swap the jumper for a bigger one?'), 'returns');
  assert.equal(kind('Hej, jag såg att ni har kameror i butiken. Hur länge sparas filmerna och vem får titta på dem?'), 'privacy');
  assert.equal(kind('how long do you keep the CCTV footage from the shop?'), 'privacy');
  for (const t of ['kan man boka en cykelservice hos er?', 'can I book a bike service for next week?']) assert.equal(ruleIntents(t)[0]?.intent, 'general', t);
  assert.notEqual(ruleIntents('kan jag boka om min cykelservice till fredag?')[0]?.intent, 'general', 'a booking moved');
  const loud = (text: string) => computeSignals({ ...base, text }).some((s) => s.id === 'anger');
  assert.equal(loud('har cykelhjälmen MIPS?'), false);
  assert.equal(loud('var är mitt paket, jag har väntat i TRE veckor'), true, 'a word shouted still is');
});

test('a thing that "came in bits" is damaged', () => {
  assert.equal(kind('thanks for nothing, the mirror came in bits'), 'damaged');
});

test('lines 6822–6869, later turns: a parcel left with a neighbour or a time window is a delivery\'s; a return dropped at the post office; a text reminder the day before is a booking\'s; a payment split up and a gift receipt offered are no case', () => {
  assert.equal(kind("and if I'm not home, will they leave it with a neighbour?"), 'delivery_time');
  assert.equal(kind('a text on the morning with a time window would be handy'), 'delivery_time');
  assert.equal(kind('thanks, that makes sense. and I can drop it at any post office?'), 'returns');
  assert.equal(kind('yes friday works. send me a text reminder the day before please'), 'rebooking');
  for (const t of ['is there a fee if I split the payment into three?', 'do you do gift receipts?']) assert.equal(ruleIntents(t)[0]?.intent, 'general', t);
  assert.notEqual(ruleIntents('I lost the gift receipt, can I still return the scarf?')[0]?.intent, 'general', 'a gift receipt lost is a return\'s');
});

test('a refund asked after is a return\'s progress, no money matter to move to e-mail (since lines 7158–7253 no refund is one: the card it goes to is)', () => {
  const sensitive = (text: string) => computeSignals({ ...base, text }).some((s) => s.id === 'sensitive');
  assert.equal(sensitive('please no phone calls. has the refund for my return gone through yet?'), false);
  assert.equal(sensitive('har återbetalningen kommit?'), false);
  assert.equal(sensitive('I want a refund to a different card'), true, 'a card named still is');
});

test('lines 6870–6917, later turns in Swedish: a closing word is no case; "samma tider" asks the hours; a link that does not work is a login\'s; a parcel "landat hos ombudet" and an exchange "till en annan färg"', () => {
  for (const t of ['toppen, då är jag nöjd. ha en fin dag!', 'nej det var inget mer, tack ska du ha', 'ja det låter bra, vi gör så', 'okej, jag tänker på saken och återkommer', 'sounds good, have a nice weekend']) assert.equal(ruleIntents(t)[0]?.intent, 'general', t);
  assert.notEqual(ruleIntents('ja det låter bra, men när kommer den?')[0]?.intent, 'general', 'a question after it');
  assert.equal(kind('har ni samma tider på lördag då?'), 'opening_hours');
  assert.equal(kind('nu kom mejlet, men länken fungerar inte'), 'password');
  assert.notEqual(kind('spårningslänken fungerar inte, var är paketet?'), 'password', "a parcel's link");
  assert.equal(kind('schysst, skriv ett sms när den landat hos ombudet'), 'order_status');
  assert.equal(kind('kan jag byta till en annan färg istället för pengarna tillbaka?'), 'returns');
  assert.equal(kind('jag tog en bild på skadan nu, var ska jag skicka den?'), 'damaged');
});

test('lines 6918–6965: a thing sent to a hotel is a delivery\'s; legs "swapped for taller ones" and tips to get a mark out ask about the thing; a kids\' corner, packaging brought back to recycle and a trade-in are no case; "pieces" alone is no damage', () => {
  assert.equal(kind("can I have it sent to my hotel in Stockholm? I'm there for a conference"), 'delivery_time');
  assert.equal(kind('can the legs on the sofa be swapped for taller ones?'), 'product_advice');
  assert.equal(kind('my toddler drew on the pale linen chair with a felt tip, any tips to get it out?'), 'product_advice');
  for (const t of ["do you have a kids' corner in the shop? I'd be coming with two little ones", 'can I bring back the packaging for you to recycle?', "are you open to trading? I've got a vintage cabinet I'd swap for store credit"]) assert.equal(ruleIntents(t)[0]?.intent, 'general', t);
  assert.equal(ruleIntents('do you sell your display pieces off cheaper?').some((x) => x.intent === 'damaged'), false);
  assert.equal(kind('the vase arrived in pieces'), 'damaged', 'in pieces still is');
});

test('lines 6966–7013: "har blommorna levererats … än?" asks after an order; a visit told after the verb ("då kommer jag förbi efter jobbet") is no case; coffee that tasted burnt, the third time this month, is no fire and no repeat contact', () => {
  assert.equal(kind('inga samtal tack, är i ett möte. har blommorna levererats till kontoret än?'), 'order_status');
  assert.equal(ruleIntents('tack, då kommer jag förbi efter jobbet')[0]?.intent, 'general');
  const ids = (text: string) => computeSignals({ ...base, text }).map((s) => s.id);
  const coffee = ids('kaffet i caféet smakade bränt igen idag, tredje gången den här månaden');
  assert.equal(coffee.includes('safety'), false);
  assert.equal(coffee.includes('repeatContact'), false);
  assert.ok(ids('det luktar bränt från laddaren').includes('safety'), 'a smell of burning still is');
  assert.ok(ids('tredje gången den här månaden jag skriver om samma sak').includes('repeatContact'), 'a contact still is');
});

test('lines 7014–7061, text-speak: "reset pw not working" is a login; "got it in black?" asks about the thing; "klarna ok?" a way to pay; a refund\'s policy or how long it takes is no money matter to move to e-mail', () => {
  assert.equal(kind('reset pw not working'), 'password');
  assert.equal(kind('got it in black?'), 'product_advice');
  assert.notEqual(kind('it came in black, I ordered white'), 'product_advice', 'a colour told of a thing come');
  assert.equal(ruleIntents('klarna ok?')[0]?.intent, 'general');
  const sensitive = (text: string) => computeSignals({ ...base, text }).some((s) => s.id === 'sensitive');
  for (const t of ['refund policy?', 'how long for refund to show']) assert.equal(sensitive(t), false, t);
});

test('lines 7062–7109: "bokar vi om" moves a booking; "köpa till extra glaskannor" asks about the thing', () => {
  assert.equal(kind('kan ni ringa så bokar vi om direkt'), 'rebooking');
  assert.equal(kind('Kan man köpa till extra glaskannor till kaffebryggaren?'), 'product_advice');
});

test('lines 7110–7157, the borders in English: whole when it came, broken since, or broken at the first use, is a complaint; a tear on delivery is damage; another thing sent "instead of" the one ordered is a complaint; "swollen edges" are no danger', () => {
  assert.equal(kind('Hello, the bowl was fine when it came but cracked the first time I put hot soup in it.'), 'complaint');
  assert.equal(kind('the umbrella turned inside out and two spokes broke on the first use'), 'complaint');
  assert.equal(kind('the bowl arrived cracked, the box was dented'), 'damaged', 'broken when it came still is damage');
  assert.equal(kind('the sofa was delivered with a tear in the fabric on the back'), 'damaged');
  assert.equal(kind('you sent me the 140 cm table instead of the 160 cm I ordered. Order 41209.'), 'complaint');
  const ids = (text: string) => computeSignals({ ...base, text }).map((s) => s.id);
  assert.equal(ids('the table top arrived with water marks and swollen edges').includes('safety'), false);
  assert.ok(ids('my lips are swollen after using the lip balm').includes('safety'), 'a body swollen still is');
});
