import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cuesIn } from './cues';
import { ruleKind as kind } from './ruleKinds';
import { computeSignals } from './signals';
import { chatLine } from '../../../tests/helpers/suggestInput';

const base = chatLine;

test('what a thing does, told without a question, leans to a complaint; asked, it stays a question', () => {
  assert.equal(kind('högtalaren tystnar efter en stund'), 'complaint');
  assert.equal(kind('the blender leaves bits of ice everywhere'), 'complaint');
  assert.notEqual(kind('låter högtalaren bra på hög volym?'), 'complaint');
  assert.notEqual(kind('the tracking says it was delivered'), 'complaint', 'the tracking is no thing the customer has');
});

test('a thing that has cracked or split since is worn, a complaint; one that came cracked is damage', () => {
  assert.equal(kind('koppens öra har spruckit'), 'complaint');
  assert.equal(kind('the handle has cracked'), 'complaint');
  assert.equal(kind('koppen kom sprucken'), 'damaged');
  assert.equal(kind('vasen har spruckit under frakten'), 'damaged', 'cracked in transit is damage');
});

test('how the customer was treated, told as bad, is a complaint; told as good, it is not', () => {
  assert.equal(kind('jag bemöttes otrevligt i kassan'), 'complaint');
  assert.equal(kind('they treated us like criminals at the till'), 'complaint');
  assert.notEqual(kind('jag bemöttes så trevligt i butiken, tack!'), 'complaint');
  assert.notEqual(kind('you treated us like royalty, thank you'), 'complaint');
});

test('the shop named at fault, a shade that does not match, a thing that does not hold: complaints', () => {
  assert.equal(kind('The engraving is misspelled, which was your mistake, not mine.'), 'complaint');
  assert.equal(kind('Gardinerna har en annan nyans än på bilden'), 'complaint');
  assert.equal(kind('kroken håller inte för en vanlig handduk'), 'complaint');
});

test('words the lists lacked: closed at lunch, an unpaid order, a cheaper price for more, a receipt sent to someone else', () => {
  assert.equal(kind('har ni stängt på söndag?'), 'opening_hours');
  assert.equal(kind('ordern står som obetald fast pengarna är dragna'), 'invoice');
  assert.equal(kind('blir det billigare om vi tar 30 st?'), 'quote');
  assert.equal(kind('ni har mejlat mitt kvitto till fel person'), 'privacy');
  assert.equal(kind('bär ni in soffan i lägenheten?'), 'delivery_time');
  assert.equal(kind('skålen kom i två bitar'), 'damaged');
  assert.equal(kind('jag väntade hemma hela dagen på leveransen men ingen kom'), 'complaint', 'a no-show is a complaint, not a delivery question');
});

test('a kind read in words the lists lack still gives its signal: a payment, a privacy request, a quote', () => {
  const ids = (text: string, intent: string) => computeSignals({ ...base, text }, { kind: { intent, words: ['ord'] } }).map((s) => s.id);
  assert.ok(ids('varför står ordern som ej betald?', 'invoice').includes('sensitive'));
  assert.ok(!ids('varför står ordern som ej betald?', 'invoice').includes('quickQuestion'), 'a payment is no quick question');
  assert.ok(ids('får ni ens spara mitt nummer?', 'privacy').includes('privacy'));
  // which ways to pay there are is a quick question, not a payment of this customer's
  assert.deepEqual(ids('kan man betala med klarna?', 'general'), ['quickQuestion']);
  assert.ok(ids('klarna säger att jag inte betalat men pengarna är dragna', 'invoice').includes('sensitive'));
  assert.ok(ids('vad kostar tjugo till kontoret?', 'quote').includes('quote'));
  assert.ok(!ids('vad kostar tjugo till kontoret?', 'general').includes('quote'));
});

test('plural things, "tell me if", a stain and what a thing does in any tense; what an app says is no thing told', () => {
  assert.equal(kind('är handskarna fodrade?'), 'product_advice');
  assert.equal(kind('could you tell me if the chairs are stackable'), 'product_advice');
  assert.equal(kind('the shirt had a stain on the collar when I unpacked it'), 'damaged');
  assert.equal(kind('the shirt has a stain that will not wash out'), 'complaint');
  assert.equal(kind('filten luddar av sig på allt'), 'complaint');
  assert.equal(kind('sömmen på jackan har gått upp under armen'), 'complaint', 'a part of a thing, told');
  assert.equal(cuesIn('the handle of the pan wobbles').has('thingTold'), true);
  assert.equal(cuesIn('sidan på hemsidan har ett fel').has('thingTold'), false);
  assert.equal(kind('can i give them back, they are too small'), 'returns');
  assert.equal(cuesIn('spårningen säger levererad men inget paket').has('thingTold'), false);
});

test('a parcel out for delivery is an order to look up; asking why the shop has one’s number is a privacy request', () => {
  assert.equal(kind('the tracking has said out for delivery since monday'), 'order_status');
  assert.equal(kind('varför har ni mitt telefonnummer?'), 'privacy');
  assert.equal(kind('why do you have my address, I never shopped here'), 'privacy');
});

test('a thing not as ordered, or not all of it, is a complaint; "and got an e-mail" is not', () => {
  assert.equal(kind('ordered a grey sofa cover and got a beige one'), 'complaint');
  assert.equal(kind('beställde en grå soffa och fick en beige'), 'complaint');
  assert.equal(cuesIn('jag beställde en jacka och fick ett mejl om att den är slut').has('wrongItem'), false);
  assert.equal(cuesIn('I ordered a lamp and got a confirmation but no tracking').has('wrongItem'), false);
  assert.equal(kind('one of the straps is missing, can you send it?'), 'complaint');
  assert.equal(kind('en av skruvarna saknas i paketet'), 'complaint');
  assert.equal(kind('det fattas två ben till bordet'), 'complaint');
  assert.equal(cuesIn('my parcel is missing').has('wrongItem'), false, 'a parcel not come is an order to look up');
});

test('what a thing does, told with an adverb before the verb, is a complaint', () => {
  assert.equal(kind('the earbuds only charge if I hold the case at an angle'), 'complaint');
  assert.equal(kind('my shoes still squeak after a week'), 'complaint');
});

test('a thing not as the shop described it is a complaint; what the description says, asked, is not', () => {
  assert.equal(kind('det stod 100 % ull i beskrivningen men lappen säger akryl'), 'complaint');
  assert.equal(kind('The lamp was advertised as dimmable but it only has one setting'), 'complaint');
  assert.equal(kind('the rug is not as described, much thinner'), 'complaint');
  assert.notEqual(kind('står det i beskrivningen om kudden går att tvätta?'), 'complaint');
});

test('how many things fit in another is a question about the thing', () => {
  assert.equal(kind('hur många fiskar kan man ha i ett 40-litersakvarium?'), 'product_advice');
  assert.equal(kind('hur många böcker får man plats med i hyllan?'), 'product_advice');
  assert.equal(kind('how many fish can I keep in the 20 litre tank?'), 'product_advice');
});

test('marks a thing got with use make a complaint, also asked as a question', () => {
  assert.equal(kind('matbordet har fått vita fläckar efter en middag, är inte ytan skyddad?'), 'complaint');
  assert.equal(kind('the leather sofa has developed white marks on the seat'), 'complaint');
});

test('a thing the shop recommended that does not do is a complaint, and a wrong socket is a wrong item', () => {
  assert.equal(kind('the charger you recommended does not work with my phone'), 'complaint');
  assert.equal(kind('ni rekommenderade den här kudden men den passar inte i fodralet'), 'complaint');
  assert.equal(kind('got the wrong plug for the pendant lamp'), 'complaint');
});

test('a question about a thing named with an article and an adjective is about the thing', () => {
  assert.equal(kind('är den stora blå vasen tät?'), 'product_advice');
  assert.equal(kind('är det möjligt att ändra min order?') === 'product_advice', false);
});

test('what a thing does, asked whether it is normal, is a complaint; a delivery asked so stays a delivery', () => {
  assert.equal(kind('the fan rattles at the highest speed, is that normal?'), 'complaint');
  assert.equal(kind('kudden tappar fjädrar, är det meningen?'), 'complaint');
  assert.equal(kind('är det normalt att leveranstiden är tre veckor?'), 'delivery_time');
});

test("a thing on its way, or a notice asked for when it is, is an order's status; the customer on the way is not", () => {
  assert.equal(kind('meddela mig när lampan är på väg'), 'order_status');
  assert.equal(kind('is my parcel on its way?'), 'order_status');
  assert.notEqual(kind('jag är på väg till butiken nu, har ni öppet?'), 'order_status');
});

test('how long a thing lasts, or a thing made to a size, is a question about the thing', () => {
  assert.equal(kind('hur länge lyser lampan på en laddning?'), 'product_advice');
  assert.equal(kind('how long do the tea lights burn?'), 'product_advice');
  assert.equal(kind('kan man få mattan i en längd på 3 meter?'), 'product_advice');
  assert.equal(kind('hur länge håller ni öppet idag?'), 'opening_hours');
});

test('a thing that jams is a complaint', () => {
  assert.equal(kind('the lock you sold me jammed on the second day'), 'complaint');
  assert.equal(kind('dragkedjan på väskan ni skickade kärvar'), 'complaint');
});

test('a memory illness is a vulnerable customer; a part missing or a thing sent that does not fit is a complaint', () => {
  assert.equal(cuesIn('min mamma har alzheimer och har beställt tre gånger').has('vulnerable'), true);
  assert.equal(kind('en skruv saknas i paketet till sängen'), 'complaint');
  assert.equal(kind('lamporna ni skickade passar inte i armaturen'), 'complaint');
});

test('a thing ready to fetch, or a delivery asked about the day before, is an order or a delivery', () => {
  assert.equal(kind('säg till när cykeln finns att hämta'), 'order_status');
  assert.equal(kind('kan ni höra av er dagen innan ni kommer med bordet?'), 'delivery_time');
});

test('a receipt asked for is an invoice matter', () => {
  assert.equal(kind('kan jag få ett nytt kvitto? det gamla har bleknat'), 'invoice');
});

test("an order that never came, one to tell about when it ships, and a parcel at the pickup point are an order's status", () => {
  assert.equal(kind('order 33190 har aldrig kommit'), 'order_status');
  assert.equal(kind('just text me when its shipped pls'), 'order_status');
  assert.equal(kind('ser att paketet är hos ombudet, hur länge ligger det kvar där?'), 'order_status');
  assert.equal(kind('how long will my parcel stay at the pickup point?'), 'order_status');
});

test("a thing's declaration or certificate is asked about the thing; an order cancelled is a return", () => {
  assert.equal(kind('do you have the CE declaration for the LED strip?'), 'product_advice');
  assert.equal(kind('finns säkerhetsdatablad till träoljan?'), 'product_advice');
  assert.equal(kind('kan jag avbeställa soffan jag beställde igår?'), 'returns');
  assert.equal(kind('I want to cancel my order, I ordered the wrong one'), 'returns');
  assert.equal(kind('I need to cancel my appointment on Friday'), 'rebooking');
});

test('a mail, a link or a code that never came to one who cannot log in is no order; an order that never came still is', () => {
  assert.equal(kind('the password reset email never arrived'), 'password');
  assert.equal(kind('återställningsmejlet har aldrig kommit'), 'password');
  assert.equal(kind('I never received the code to log in'), 'password');
  assert.equal(kind('min order har aldrig kommit och jag kan inte logga in för att se den'), 'order_status');
});

test('a thing sent back with words between is a return, by the customer and not by a courier', () => {
  assert.equal(kind("The M fits, so I'm sending the L back. Is there a form?"), 'returns');
  assert.equal(kind('hur skickar jag skorna tillbaka?'), 'returns');
  assert.equal(kind('jag lämnar jackan tillbaka i butiken imorgon'), 'returns');
  assert.notEqual(kind('the courier sent the parcel back to your warehouse'), 'returns');
  assert.notEqual(kind('budet skickade paketet tillbaka till er'), 'returns');
});

test('the shop sending one size when another was ordered is a complaint; a thing taken off a list is a privacy matter', () => {
  assert.ok(cuesIn('Hej, ni skickade storlek 42 men jag beställde 41 enligt orderbekräftelsen').has('wrongItem'));
  assert.ok(cuesIn('you sent a blue one but I ordered green').has('wrongItem'));
  assert.equal(kind('kan ni ta bort mig från er sms-lista?'), 'privacy');
  assert.equal(kind('please remove me from your mailing list'), 'privacy');
  assert.equal(kind('how do I unsubscribe from the newsletter?'), 'privacy');
});

test('a thing\'s doing asked as "går det att …?" is a product question; paint chipping off is a complaint', () => {
  assert.equal(kind('går det att dimma den här taklampan?'), 'product_advice');
  assert.equal(kind('the paint on the bookshelf is chipping off'), 'complaint');
});

test('a part of a thing changed is asked about the thing; a thing changed for another is an exchange', () => {
  assert.equal(kind('går det att byta klädsel på soffan senare om man vill'), 'product_advice');
  assert.equal(kind('can I replace the battery myself?'), 'product_advice');
  assert.equal(kind('jag vill byta ut lampan mot en annan modell'), 'returns');
  assert.equal(kind('kan jag byta tröjan mot en större storlek?'), 'returns');
});

test('a thing sent used that was bought new is a complaint; a shop asked whether it sells second hand is not', () => {
  assert.equal(kind('varför skickade ni en begagnad bok? det är understrykningar i den och jag köpte den som ny'), 'complaint');
  assert.equal(kind('you sent me a used kettle, there is limescale inside'), 'complaint');
  assert.equal(kind('the jacket looks already worn, there are marks on the sleeves'), 'complaint');
  assert.equal(cuesIn('säljer ni begagnat?').has('wrongItem'), false);
  assert.equal(cuesIn('I got used to the firm mattress after a week').has('wrongItem'), false);
});

test('an automatic reply tells what its sender does, no fault: no thing told leans it to a complaint', () => {
  assert.equal(kind('Automatiskt svar: Jag är på semester till och med 15 augusti och läser inte min e-post.'), 'general');
  assert.equal(kind('högtalaren tystnar efter en stund'), 'complaint');
});

test('everything the shop has on a customer, asked to be erased, is a privacy request beside "inte handlat"', () => {
  assert.equal(kind('jag vill att ni raderar allt ni har om mig, har inte handlat på flera år'), 'privacy');
  assert.equal(kind('please delete everything you have on me'), 'privacy');
  assert.ok(!cuesIn('ta bort allt i varukorgen').has('privacy'));
});

test('a link to pay asked about ("är det från er?"), or a customs fee by a link, is a fraud', () => {
  assert.ok(cuesIn('jag fick ett sms om att mitt paket fastnat i tullen och att jag ska betala 29 kr via en länk, är det från er?').has('fraud'));
  assert.ok(cuesIn('got a text with a link to pay a customs fee, was that from you?').has('fraud'));
  assert.ok(!cuesIn('jag fick ett paket idag, är det från er?').has('fraud'), 'no link, no fraud');
  assert.ok(!cuesIn('kan ni skicka en länk till spårningen?').has('fraud'));
});

test('a parcel that leaves the warehouse is an order\'s status; a thing not known how to use is asked about the thing', () => {
  assert.equal(kind('could you just drop me a text when the parcel leaves the warehouse?'), 'order_status');
  assert.equal(kind('har ordern lämnat lagret?'), 'order_status');
  assert.equal(kind('min pappa vet inte hur man tänder lampan'), 'product_advice');
  assert.equal(kind("I can't work out how to assemble the shelf"), 'product_advice');
});

test('charged twice, in Swedish words ("dragen två gånger"), is a payment', () => {
  assert.equal(kind('har jag blivit dragen två gånger för samma beställning?'), 'invoice');
});

test('the day a thing comes, asked, is a delivery\'s time; a day asked for a booking or a sale is not', () => {
  assert.equal(kind('skriv när ni vet vilken dag bordet kommer'), 'delivery_time');
  assert.equal(kind('which day will the sofa arrive?'), 'delivery_time');
  assert.ok(!cuesIn('vilken dag kan jag boka?').has('deliveryDay'));
  assert.ok(!cuesIn('vilken dag är rean?').has('deliveryDay'));
});

test('a thing that "har gått sönder" broke with use; one that came broken is damage in transport', () => {
  assert.equal(kind('ring mig angående stolen som gått sönder'), 'complaint');
  assert.equal(kind('krukan hade gått sönder i frakten, ligger i bitar'), 'damaged');
});

test('a mail that asks for a card\'s details is a fraud; water let through is a fault; a receipt sent is a payment matter', () => {
  assert.ok(cuesIn('jag har fått ett mejl från "Växtboden" där jag ska fylla i mitt bankkort för att få en återbetalning').has('fraud'));
  assert.ok(cuesIn('got an email asking me to enter my card details for a refund').has('fraud'));
  assert.ok(!cuesIn('kan jag betala med bankkort i butiken?').has('fraud'));
  assert.equal(kind('the waterproof jacket let water through on its first outing'), 'complaint');
  assert.equal(kind('kan ni skicka kvittot till min mejl'), 'invoice');
});

test('a thing that broke while in use is a complaint; one that broke as it was unpacked is damage; "how to send one back" is a return', () => {
  assert.equal(kind('glaset på ugnsformen sprack när jag tog den ur ugnen'), 'complaint');
  assert.equal(kind('the mug cracked when I poured hot water in it'), 'complaint');
  assert.equal(kind('vasen sprack när jag packade upp den'), 'damaged');
  assert.ok(cuesIn('please tell me how to send one back').has('sentBack'));
  assert.equal(kind('what time does the shop open on saturdays?'), 'opening_hours');
});

test('the customer\'s details sent to a stranger are a privacy matter; a parcel sent to someone else is not; a showroom asked for is a visit', () => {
  assert.equal(kind('ni skickade min orderbekräftelse med mitt personnummer till en främmande person'), 'privacy');
  assert.equal(kind('you emailed my invoice with my address to a complete stranger'), 'privacy');
  assert.ok(!cuesIn('ni skickade min beställning till någon annan').has('privacy'));
  assert.ok(cuesIn('do you have a showroom in Stockholm where I can see the sofas before I buy?').has('visit'));
  assert.ok(cuesIn('kan man se soffan i verkligheten någonstans?').has('visit'));
});
