import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cuesIn } from './cues';

// What calls for a voice, taught by the rounds of 2026-12-05 (split from voiceCues.test.ts at ~300
// lines); each test fails on the code before its rule.

test('a thing that gave way with someone against it or on it is a hazard; a price that collapsed is not', () => {
  for (const t of ['barnsängen har en skruv som lossnat och sidan rasade när min son lutade sig mot den', 'the chair collapsed under me at dinner']) assert.ok(cuesIn(t).has('safety'), t);
  assert.equal(cuesIn('priset rasade när jag väl hade köpt den, kan jag få mellanskillnaden?').has('safety'), false);
});

test('a bruise a person got is a hazard; a dent in a thing is not', () => {
  for (const t of ['hängmattan gick sönder och han fick ett blåmärke', 'the swing snapped and my son got a nasty bruise']) assert.ok(cuesIn(t).has('safety'), t);
  assert.equal(cuesIn('skålen fick en bula i transporten').has('safety'), false);
});

test('a child or a parent who fell is a hazard; a floor that swelled is no body', () => {
  for (const t of ['My son fell several times and was scared', 'min dotter ramlade två gånger']) assert.ok(cuesIn(t).has('safety'), t);
  assert.equal(cuesIn('Mattvätten läckte vatten över hela golvet och nu har parketten svällt.').has('safety'), false);
  assert.ok(cuesIn('läppen har svällt').has('safety'));
  // (nor flat-pack parts swollen by water: 'bokhyllans delar har svällt av vattnet')
  for (const t of ['kartongen var blöt och bokhyllans delar har svällt av vattnet', 'skåpet har svällt av fukten i badrummet']) assert.equal(cuesIn(t).has('safety'), false, t);
  assert.ok(cuesIn('ögat har svällt efter krämen').has('safety'));
});

test('a stomach made ill by something from the shop is a health problem; food that only tasted wrong is not', () => {
  for (const t of ['min unge fick ont i magen av godiset ni sålde', 'vi blev dåliga efter fisken, alla tre', 'the cake gave my son a stomach ache']) assert.ok(cuesIn(t).has('safety'), t);
  for (const t of ['kakorna smakade konstigt, lite beska', 'the cheese tasted off', 'I had a stomach ache so I missed my appointment, can I book a new one?']) assert.equal(cuesIn(t).has('safety'), false, t);
});

test('an account taken over ("nån har bytt lösenordet på mitt konto"), or orders made "inte jag", is a fraud', () => {
  for (const t of ['nån har bytt lösenordet på mitt konto och beställt saker, inte jag', 'someone changed the email on my account', 'det är beställt tre jackor, inte av mig']) assert.ok(cuesIn(t).has('fraud'), t);
  for (const t of ['jag har bytt lösenordet på mitt konto men kommer ändå inte in', 'jag beställde en blå, inte en grön']) assert.equal(cuesIn(t).has('fraud'), false, t);
});

test("a message in the shop's name, asking the customer to confirm a card, or a card given through its link, is a fraud", () => {
  for (const t of ['jag fick nedanstående mejl i ert namn', 'Ditt konto är spärrat, verifiera dina kortuppgifter här.', 'jag klickade på länken och fyllde i kortet']) assert.ok(cuesIn(t).has('fraud'), t);
  for (const t of ['jag kan inte verifiera mina kortuppgifter i kassan', 'jag skickade ett mejl till er i ert kundtjänstformulär', 'jag fyllde i kortet men betalningen gick inte igenom']) assert.equal(cuesIn(t).has('fraud'), false, t);
});

test('a cut that bled is an injury; colours that clash and a dye that ran are not', () => {
  for (const t of ['mitt barn skar sig på en vass kant på leksaksbilen, hon blödde mycket', 'my son cut his finger on the lid', 'hon blödde från fingret']) assert.ok(cuesIn(t).has('safety'), t);
  for (const t of ['färgerna skar sig mot soffan', 'the colour bled in the wash and stained the towels']) assert.equal(cuesIn(t).has('safety'), false, t);
});

test('a scalp that "has been itchy and red" since a treatment is a reaction', () => {
  assert.ok(cuesIn('Hi, I had a colour treatment on Friday and my scalp has been itchy and red since.').has('safety'));
  assert.equal(cuesIn('is the wool itchy?').has('safety'), false);
});

test('a burn given by someone ("frisören brände mig i nacken") is an injury; cakes burnt are not', () => {
  assert.ok(cuesIn('frisören brände mig i nacken med locktången, det gör fortfarande ont').has('safety'));
  assert.equal(cuesIn('jag brände kakorna i er nya ugnsform, hur diskar man den?').has('safety'), false);
});

test('a size or a model the customer did not order is a wrong thing sent, no fraud; an order they did not make still is one', () => {
  for (const t of ["i didn't order the blue one, can I swap it?", 'I did not order this size, it should be a 38', "I didn't order the premium version"]) assert.equal(cuesIn(t).has('fraud'), false, t);
  for (const t of ["I didn't order anything from you", "I didn't order this, who used my details?", 'I never placed these orders']) assert.ok(cuesIn(t).has('fraud'), t);
});

test('a small part found in a child\'s mouth and plastic that melts are hazards; a battery asked about is not', () => {
  for (const t of ['we found the little magnet in his mouth this morning', 'lillebror hade skruven från leksaken i munnen', 'laddaren luktar bränd plast', 'there is a smell of melting plastic from the lamp']) assert.ok(cuesIn(t).has('safety'), t);
  assert.equal(cuesIn('which button battery does the kitchen scale take?').has('safety'), false);
});

test('a card given where a message "from you" asked, a payment the customer never made and an account someone else logged in to are frauds', () => {
  for (const t of ['got an email claiming to be from you and I entered my card number', 'there is a charge of 899 kr I did not make', 'nån har loggat in på mitt kundkonto och beställt saker', 'I think someone has logged into my account, my address is different']) assert.ok(cuesIn(t).has('fraud'), t);
  assert.equal(cuesIn('I made the payment of 899 kr yesterday, has it arrived?').has('fraud'), false);
});

test('a burn on a child\'s hand, battery acid, a thing that buckled under someone and glass that burst are hazards; a dent is not', () => {
  for (const t of ['the kettle burnt my daughter\'s hand', 'fjärrkontrollens batterier läckte syra på soffbordet', 'the stool buckled under him', 'karaffen small med en knall i diskmaskinen']) assert.ok(cuesIn(t).has('safety'), t);
  for (const t of ['the lid came with a small dent', 'spegeln kom krossad, glassplitter i kartongen']) assert.equal(cuesIn(t).has('safety'), false, t);
});

test('a reaction a doctor saw or named is a health problem; a reaction to a price is not', () => {
  for (const t of ['the GP said it is probably the nickel in the buckle', 'my son had an allergic reaction to the face paint', 'vårdcentralen sa att det är kontakteksem från klockarmbandet', 'hon fick en kraftig reaktion av hårfärgen']) assert.ok(cuesIn(t).has('safety'), t);
  assert.equal(cuesIn('what was the reaction to the new colours in the shop?').has('safety'), false);
});

test('hazards in the words of this round: a child in a thing that tipped, a body that ails after a thing, a fall with an age told, a hospital stay, a pet under a thing, gas that leaks, a tooth, a burning scalp', () => {
  for (const t of [
    'the high chair tipped back with my daughter in it',
    'jag fick huvudvärk och yrsel efter att ha målat med färgen',
    'my husband gets headaches since we put the new rug down',
    'min mamma på 81 ramlade när pallen vek sig',
    'han blev inlagd på sjukhus efter olyckan med stegen',
    'the shelf came down on our kitten, she is limping',
    'det luktar gasolen runt slangen på grillen',
    'my daughter chipped a tooth on the metal clasp',
    'the shampoo left me with a burning scalp',
  ]) assert.ok(cuesIn(t).has('safety'), t);
  for (const t of ['the dog bed fits our puppy nicely', 'kan man ha gasolgrillen på balkongen?', 'is the toothbrush holder dishwasher safe?']) assert.equal(cuesIn(t).has('safety'), false, t);
});

test('a fee paid through a link a text sent, a bank that says someone tried, an address changed on one\'s account are frauds', () => {
  for (const t of ['fick ett sms om att betala frakten via en länk och gjorde det', 'my bank said someone tried to use my card after that', 'someone changed the address on my account without me knowing']) assert.ok(cuesIn(t).has('fraud'), t);
  assert.equal(cuesIn('can I pay through a link instead of the card form?').has('fraud'), false);
});

test('a baby chewing on a part, embers out of a stove, a caller who wanted an app installed, an old age told of oneself', () => {
  for (const t of ['the button came loose and my toddler was chewing on it', 'glöden ramlade ut på golvet när luckan sprack', 'embers came out onto the rug']) assert.ok(cuesIn(t).has('safety'), t);
  for (const t of ['a man rang and asked me to install an app so he could help with my order', 'that text with the link wasn\'t from you, was it?']) assert.ok(cuesIn(t).has('fraud'), t);
  for (const t of ["I'm 78 and the website confuses me", 'my dad is not very good with computers', 'min mamma är inte van vid datorer']) assert.ok(cuesIn(t).has('vulnerable'), t);
  for (const t of ["I'm 30 minutes away, can you hold it?", 'the puppy was chewing on the toy we bought, it is tough as promised']) assert.equal(cuesIn(t).has('vulnerable') || cuesIn(t).has('safety'), false, t);
});

test('hazards in everyday Swedish: plastic that bubbled, a thing one dares not use, a wound gone bad, a doctor seen, a part loose at speed, a near miss, a child\'s seat that tipped, bared wire, a dog that vomited', () => {
  for (const t of [
    'kontakten bubblade när den satt i',
    'jag vågar inte använda strykjärnet mer',
    "I don't dare plug it in again",
    'såret blev infekterat efter skärsåret från kniven',
    'vi fick åka till vårdcentralen med dottern',
    'sadelstolpen gick av medan jag cyklade',
    'det hade kunnat gå riktigt illa',
    'babysittern välte omkull med vår son i',
    'man ser ledningarna syns genom isoleringen, tradarna syns',
    'katten kräktes hela natten efter godiset',
  ]) assert.ok(cuesIn(t).has('safety'), t);
  for (const t of ['vågar inte beställa igen efter förra gången', 'the pram rolled smoothly downhill']) assert.equal(cuesIn(t).has('safety'), false, t);
});

test('an advert in the shop\'s name paid and nothing come, a password changed after a mail\'s link, are frauds', () => {
  for (const t of ['det ligger annonser på Facebook med era bilder men ett annat telefonnummer', 'my neighbour paid 900 kr and got nothing', 'och nu har lösenordet bytts utan att jag gjort det']) assert.ok(cuesIn(t).has('fraud'), t);
});

test('a gas canister that hisses, a thing\'s contents in a baby\'s mouth, an account someone opened are read; a gas hob asked about is not', () => {
  for (const t of ['the butane cartridge on the burner is leaking when I turn it', 'paint flakes got into my toddler\'s mouth']) assert.ok(cuesIn(t).has('safety'), t);
  for (const t of ['someone has created an account with my email and ordered a TV', 'jag får kvitton på varor som jag aldrig har beställt']) assert.ok(cuesIn(t).has('fraud'), t);
  assert.equal(cuesIn('is the wok ok on a gas hob?').has('safety'), false);
});

test('a card someone else used and purchases not recognised are frauds', () => {
  for (const t of ['my card has been used on your site by someone else', 'there are charges I don\'t recognise from your shop', 'det finns köp jag inte känner igen på kontot']) assert.ok(cuesIn(t).has('fraud'), t);
  assert.equal(cuesIn('my card was used for the wrong amount, I was charged twice').has('fraud'), false);
});

test('a thing swallowed, the poison line, stitches, a chin struck, a lid that burst while on, a cord gone black, a bang; someone ordering in one\'s name now, a text calling itself the shop', () => {
  for (const t of ['lillkillen fick i sig en bit av suddgummit', 'we rang poison control straight away', 'she needed three stitches in her lip', 'he banged his head on the shelf edge', 'the casserole dish burst in the oven while it was cooking', 'kontakten har blivit kolsvart', 'det small till när jag satte i laddaren']) assert.ok(cuesIn(t).has('safety'), t);
  for (const t of ['someone is using my card on your site', 'ett sms från ett nummer som kallade sig er butik bad mig betala frakt']) assert.ok(cuesIn(t).has('fraud'), t);
  for (const t of ['vi fick i oss lite kaffe och tittade runt, trevlig butik', 'the stitches on the cushion seam came undone', 'the jumper had dropped stitches', 'we got loose stitches on two of the napkins']) assert.equal(cuesIn(t).has('safety'), false, t);
});

test('a doctor or a dentist named only as where one will be, paint or wallpaper that bubbled, sweat, a head against a wall, a distance are no hazard', () => {
  for (const t of ['I have to go to the doctor tomorrow, can the delivery come after 3?', 'jag var hos läkaren när budet ringde', 'can you deliver after 4? at the dentist until then', 'tapeten bubblar i hörnen efter en vecka', 'jag blev svett av att bära upp soffan', "I've been banging my head against the wall trying to reach you", "I'm 70 km from the shop"]) {
    assert.equal(cuesIn(t).has('safety') || cuesIn(t).has('vulnerable'), false, t);
  }
});
