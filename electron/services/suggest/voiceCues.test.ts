import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cuesIn } from './cues';
import { ruleKind as kind, ruleIntents } from './ruleKinds';
import { wishesIn } from './wishes';

/** What calls for a voice: a hazard, a vulnerable customer, a fraud, a repeat contact, and the wishes and refusals that decide a channel. */

test('a hazard, a customer without a computer, a fraud and not a fraud', () => {
  assert.equal(cuesIn('kastrullen har bränt fast i botten').has('safety'), false, 'burnt-on food is no fire');
  assert.equal(cuesIn('glaset i ugnsluckan sprack, det är livsfarligt').has('safety'), true);
  assert.equal(cuesIn('golvlampan blev så het att man inte kan ta i den').has('safety'), true);
  assert.equal(cuesIn('the charger gets really hot').has('safety'), true);
  assert.equal(cuesIn('the battery has swollen and the case bulges').has('safety'), true);
  assert.equal(cuesIn('my face is swollen after the cream').has('safety'), true);
  assert.equal(cuesIn('the boxes were soaked and the doors have swollen').has('safety'), false, 'wood that swells is no hazard');
  assert.equal(cuesIn('krämen gav mig klåda i hela ansiktet').has('safety'), true, 'a reaction of the skin');
  assert.equal(cuesIn('the shampoo made my scalp itchy and red').has('safety'), true);
  assert.equal(cuesIn('mascaran gav mig kliande och rinnande ögon').has('safety'), true);
  assert.equal(cuesIn('the bedside lamp’s switch broke off').has('safety'), false, 'a switch is no itch');
  assert.equal(cuesIn('kliar ullen?').has('safety'), false, 'a thing that itches is a question about the thing');
  assert.equal(cuesIn('is the wool itchy?').has('safety'), false);
  assert.equal(cuesIn('my father does not use computers, could you help him order').has('vulnerable'), true);
  assert.equal(cuesIn('jag är 87 och klarar inte av datorn').has('vulnerable'), true);
  assert.equal(cuesIn('pappa är 91 år, han kan inte logga in').has('vulnerable'), true);
  assert.equal(cuesIn('jag fick storlek 80 fast det står 98 på påsen. min son kan inte ha den').has('vulnerable'), false, 'a size is no age');
  assert.equal(cuesIn('I never made an account but it says my email is taken').has('fraud'), false);
  assert.equal(cuesIn('there are two orders I did not make on my card').has('fraud'), true);
  assert.equal(wishesIn('could you phone her this afternoon').has('call'), true);
});

test('asking whether the premises suit a wheelchair is no vulnerable customer; using one is', () => {
  assert.equal(cuesIn('is the shop wheelchair accessible?').has('vulnerable'), false);
  assert.equal(cuesIn('är butiken tillgänglig för rullstol?').has('vulnerable'), false);
  assert.equal(cuesIn('min mamma sitter i rullstol och kan inte hämta paketet').has('vulnerable'), true);
  assert.equal(cuesIn('I am in a wheelchair and cannot get to the pick-up point').has('vulnerable'), true);
  // the same words say a visit: one pattern for both
  assert.equal(ruleIntents('do you have a wheelchair ramp at the entrance?')[0]?.intent, 'general');
  assert.equal(cuesIn('do you have a wheelchair ramp at the entrance?').has('vulnerable'), false);
  assert.equal(ruleIntents('är salongen anpassad för rullstol?')[0]?.intent, 'general');
});

test('an old age told is a vulnerable customer, a young one is not; things to fetch in the shop are no booking', () => {
  assert.equal(cuesIn('jag är 84 år och har svårt med datorer').has('vulnerable'), true);
  assert.equal(cuesIn('my father is 91 years old and can not use the website').has('vulnerable'), true);
  assert.equal(cuesIn('Jag är 17 år och söker sommarjobb').has('vulnerable'), false);
  assert.equal(ruleIntents('can I reserve a book and pick it up in the shop on Saturday?')[0]?.intent, 'general');
  assert.equal(ruleIntents('kan ni reservera boken så hämtar jag den på lördag?')[0]?.intent, 'general');
  assert.equal(kind('kan ni sms:a mig när fotona är klara att hämta?'), 'order_status');
  assert.equal(kind('is my order ready for pickup yet'), 'order_status');
});

test('a thing felt unsafe, a small child with a thing in the mouth, or a reaction of the skin is a safety problem; an unsure customer is not', () => {
  assert.equal(cuesIn('spännet på bilbarnstolen lossnar, det känns inte säkert').has('safety'), true);
  assert.equal(cuesIn("my son is one and chews everything, and the paint comes off in his mouth — it isn't safe").has('safety'), true);
  assert.equal(cuesIn('schampot gav mig röda utslag i hårbotten').has('safety'), true);
  assert.equal(cuesIn('jag är inte säker på vilken storlek jag ska ta').has('safety'), false);
  assert.equal(cuesIn('det är inte säkert att paketet hinner fram').has('safety'), false);
  assert.equal(cuesIn('is the cream safe to use during pregnancy?').has('safety'), false);
});

test('safety problems told in everyday words: gas, a shock, a battery that swells, a body that reacts, a person hurt, brakes that fail', () => {
  for (const text of [
    'spisen luktar gas när den är avstängd',
    'the kettle gave me a small shock when I touched it',
    'batteriet i leksaken har svällt upp',
    'min son fick svårt att andas av doftljuset',
    'katten har kräkts sedan hon åt av godisarna',
    'the step stool collapsed and I fell and hurt my back',
    'cykelns broms släppte i backen',
    'laddaren luktar bränd plast och är jättevarm',
  ]) assert.equal(cuesIn(text).has('safety'), true, text);
  assert.equal(cuesIn('tavlan ramlade ner från väggen').has('safety'), false, 'a thing that falls is no person hurt');
});

test('frauds in new words; "jag har aldrig handlat" beside a privacy request asks where the address came from', () => {
  assert.equal(cuesIn('I think I was scammed by a fake site with your logo').has('fraud'), true);
  assert.equal(cuesIn("someone used my card and I didn't place this order").has('fraud'), true);
  assert.equal(cuesIn('någon har beställt på mitt kort, jag har inte handlat något').has('fraud'), true);
  assert.equal(cuesIn('ni skickar reklam fast jag aldrig handlat, var har ni fått min adress ifrån?').has('fraud'), false);
  assert.equal(kind('ni skickar reklam fast jag aldrig handlat, var har ni fått min adress ifrån?'), 'privacy');
});

test('words a hairdresser or a happy customer uses are no hazard', () => {
  for (const text of ['can you cut my hair shorter at the back?', 'I fell in love with the green lamp', 'the swallow print on the cushion is lovely'])
    assert.equal(cuesIn(text).has('safety'), false, text);
});

test('more safety problems in everyday words: a tripped fuse, scorch marks, a flame that sets fire, too hot to touch, an animal sick after eating', () => {
  for (const text of [
    'the lamp tripped the breaker and left a scorch mark on the socket',
    'the candle holder you sell set fire to the table runner',
    'the charger gets extremely hot, too hot to touch',
    'our cat got really sick after eating the treats and we went to the emergency vet',
    'torktumlaren blir så het att man inte kan röra den',
    'hunden blev jättesjuk efter tuggbenet',
  ]) assert.equal(cuesIn(text).has('safety'), true, text);
  assert.equal(cuesIn('jag vet inte vilken storlek jag ska ta').has('safety'), false, '"vet" is no vet');
});

test("a message that only looks like the shop's, asking for a card, is a fraud", () => {
  assert.equal(cuesIn('fick ett sms som ser ut att komma från er, jag skrev in mina kortuppgifter').has('fraud'), true);
  assert.equal(cuesIn('an email asks me to confirm my card details, is that really you?').has('fraud'), true);
});

test('a thing that sparked, a socket gone black, and a mail in the shop\'s name asking to log in through a link call for a voice', () => {
  assert.ok(cuesIn('the hairdryer sparked when i turned it on and now the socket is black').has('safety'));
  assert.ok(cuesIn('uttaget blev helt svart när jag satte i laddaren').has('safety'));
  assert.ok(!cuesIn('the black socket covers look great').has('safety'));
  const spoof = 'hej jag fick ett mejl från "er" om att mitt konto är spärrat och att jag ska logga in via en länk, stämmer det?';
  assert.ok(cuesIn(spoof).has('fraud'));
  assert.notEqual(kind(spoof), 'password', 'a fraud is no forgotten password');
  assert.ok(cuesIn('I got an email asking me to verify my card via a link, is this real?').has('fraud'));
  assert.ok(!cuesIn('jag fick en länk för att logga in men den funkar inte').has('fraud'), 'a reset link that fails is no fraud');
});

test('"hej igen" alone is a second contact, no sign of several; "fjärde gången" still is', () => {
  assert.equal(cuesIn('Hej igen, fortfarande inget paket. Order 10442. Kan ni kolla?').has('repeatStated'), false);
  assert.equal(cuesIn('det här är fjärde gången jag hör av mig om ordern').has('repeatStated'), true);
});

test('codes that come by text are no wish for one; a call refused as "vill inte prata i telefon" is a refusal', () => {
  assert.equal(wishesIn('jag får inga koder via sms för att logga in').has('sms'), false);
  assert.equal(wishesIn('I get no codes by text anymore').has('sms'), false);
  assert.equal(wishesIn('kan ni svara via sms istället?').has('sms'), true);
  const refused = wishesIn('jag vill inte prata i telefon, mejla mig hellre');
  assert.equal(refused.has('noCall'), true);
  assert.equal(refused.has('call'), false);
  assert.equal(wishesIn("I don't want to talk on the phone").has('noCall'), true);
});

test('a thing asked to be sent by text is a wish for one, codes and all; things bought "in my name" by someone else are a fraud', () => {
  assert.equal(wishesIn('could you send me the discount code by text?').has('sms'), true);
  assert.equal(wishesIn('kan ni skicka koden via sms?').has('sms'), true);
  assert.equal(wishesIn('jag får inga koder via sms').has('sms'), false);
  assert.ok(cuesIn('someone ordered stuff in my name with my address').has('fraud'));
  assert.ok(cuesIn('somebody has placed two orders in my name').has('fraud'));
  assert.ok(!cuesIn('the order is in my name but my husband picks it up').has('fraud'));
});

test('"was this you?" asked about a message is a fraud; a question that goes on is not', () => {
  assert.ok(cuesIn('I got a text saying I must pay a small fee on a website. Was this you?').has('fraud'));
  assert.ok(cuesIn('fick ett sms om en avgift, var det ni?').has('fraud'));
  assert.ok(!cuesIn('är det ni som säljer lampan Luna?').has('fraud'));
  assert.ok(!cuesIn('I got a parcel today, was it from you?').has('fraud'), 'no fee, no link');
});

test('orders placed on the customer\'s account by someone else are a fraud, typed without an apostrophe too', () => {
  assert.ok(cuesIn("someone's placed orders on my account that i didnt make, please help").has('fraud'));
  assert.ok(cuesIn('there are two purchases on my card that I did not make').has('fraud'));
  assert.ok(!cuesIn('I placed two orders by mistake, can you merge them?').has('fraud'));
});

test('a thing that trips the fuses or blows the breaker, in either language, is a safety problem', () => {
  for (const text of [
    'the lamp trips our fuses every time it is switched on',
    'it keeps tripping the breaker',
    'lampan slår ut proppen varje gång man tänder den',
    'vattenkokaren slog ut jordfelsbrytaren',
  ]) assert.ok(cuesIn(text).has('safety'), text);
  assert.equal(cuesIn('we had a trip to the shop on saturday').has('safety'), false);
});

test('a parent\'s age in brackets, hearing that fails, a stroke; a caller after bank codes, a name used by someone else; an allergy asked about before buying is no hazard', () => {
  assert.ok(cuesIn('mamma (84) har fått ett samtal från någon').has('vulnerable'));
  assert.ok(cuesIn('my dad is hard of hearing').has('vulnerable'));
  assert.ok(cuesIn('jag har svårt att prata efter min stroke').has('vulnerable'));
  assert.ok(cuesIn('någon ringde och ville ha hennes bankkoder').has('fraud'));
  assert.ok(cuesIn('a man phoned asking for my card number').has('fraud'));
  assert.ok(cuesIn('någon har använt mitt namn och beställt varor').has('fraud'));
  assert.equal(cuesIn('does the duvet come in a version for people allergic to feathers?').has('safety'), false);
  assert.ok(cuesIn('my son is allergic and got a rash from the duvet').has('safety'));
  assert.equal(cuesIn('vi köpte tre stolar (80 kr styck)').has('vulnerable'), false);
});

test('someone passing for the shop is a fraud; eczema asked of a thing for someone who has it is no hazard', () => {
  assert.ok(cuesIn('someone called me pretending to be from your customer service').has('fraud'));
  assert.ok(cuesIn('there is a website using your name and logo selling lamps').has('fraud'));
  assert.ok(cuesIn('en man utgav sig för att vara från er').has('fraud'));
  assert.equal(cuesIn('is the bamboo bedding suitable for someone with eczema?').has('safety'), false);
  assert.ok(cuesIn('the cream gave my son eczema on his arms').has('safety'));
});

test('"jag känner mig lurad" is a customer let down, not a fraud; "jag har blivit lurad" is one', () => {
  assert.equal(cuesIn('ni lovade ull men det är polyester, jag känner mig lurad').has('fraud'), false);
  assert.ok(cuesIn('jag har blivit lurad av en sida som ser ut som er').has('fraud'));
});

test('a caller claiming to be the shop\'s delivery firm is a fraud', () => {
  assert.ok(cuesIn('my father was called by someone claiming to be your delivery firm and asking for a fee by card').has('fraud'));
});

test('"det har det inte gjort" is no order never made, and a thing broken "för andra gången" no repeat contact', () => {
  assert.equal(cuesIn('frisören sa att det skulle ljusna, det har det inte gjort').has('fraud'), false);
  assert.ok(cuesIn('någon har beställt i mitt namn, jag har aldrig handlat hos er').has('fraud'));
  assert.equal(cuesIn('strömbrytaren har gått sönder för andra gången').has('repeatStated'), false);
  assert.ok(cuesIn('det här är andra gången jag skriver').has('repeatStated'));
});

test('a colour darker than on the website is a thing not as described', () => {
  assert.ok(cuesIn("the rug's colour is much darker than on your website").has('wrongItem'));
  assert.ok(cuesIn('soffan är mycket mörkare än på bilden').has('wrongItem'));
});

test('someone at the door saying he was from the shop is a fraud', () => {
  assert.ok(cuesIn('a man came to my door saying he was from your shop and wanted cash').has('fraud'));
  assert.ok(cuesIn('en man ringde på och sa att han var från er').has('fraud'));
});

test('a neighbour "som är 89" without the internet is a vulnerable customer; a sofa "som är 80 cm" is not', () => {
  assert.ok(cuesIn('jag skriver åt min granne som är 89 och inte har internet').has('vulnerable'));
  assert.ok(cuesIn('min faster saknar dator').has('vulnerable'));
  assert.equal(cuesIn('jag vill ha soffan som är 80 cm djup').has('vulnerable'), false);
});

test('a thing "sold as" something it is not is not as described', () => {
  assert.ok(cuesIn("the desk you sold as 'wheelchair friendly' is too low to fit under").has('wrongItem'));
});

test('"is it safe" after a hazard is one; "is it safe to use with …" asked of a thing is a product question', () => {
  assert.equal(cuesIn('Hello, is the oak bread board treated with any oil, and is it safe to use with raw meat?').has('safety'), false);
  assert.equal(cuesIn('the charger gets very hot and smells, is it safe?').has('safety'), true);
});

test('care sought, breathing trouble, a baby in a thing that failed are hazards; a lamp "som inte blir varm" asked for is none', () => {
  const safety = (t: string) => cuesIn(t).has('safety');
  assert.equal(safety('Finns det någon taklampa som inte blir varm utanpå?'), false);
  assert.equal(safety('vår dotter fick andningsbesvär efter att vi målat med er färg'), true);
  assert.equal(safety('Vi har varit på vårdcentralen med honom.'), true);
  assert.equal(safety('we had to take him to A&E last night'), true);
  assert.equal(safety('my son’s class is collecting toys for children in hospital'), false);
  assert.equal(safety('barnvagnen tappade ett hjul i en nedförsbacke med min bebis i'), true);
  assert.equal(cuesIn('Hi, please tell me who else sees this data.').has('privacy'), true);
});

test('a baby only brought along is no hazard', () => {
  assert.equal(cuesIn('vi var i butiken med min bebis i famnen och fick bra hjälp').has('safety'), false);
  assert.equal(cuesIn('jag var där med mitt barn i bilen').has('safety'), false);
});

test('the plain forms of what calls for a voice, in both languages (a grid written from how people tell it, not from the patterns)', () => {
  const grid: Record<string, string[]> = {
    repeatStated: ['ingen har svarat på mina tidigare mejl', 'jag har tjatat i två veckor', "I've written twice already", 'still no reply to my previous emails', "I've chased this three times", 'nobody has answered my messages', 'I have been trying to reach you for two weeks'],
    vulnerable: ['jag har dyslexi', 'jag är sjukskriven med cancer', 'jag är gammal och förstår inte datorer', 'I am partially sighted', 'my grandmother has no computer', "I'm undergoing chemo"],
    safety: ['min dotter svullnade upp', 'han skar sig på kanten', 'det läcker vatten in i elen', 'it smells of burning', 'the chair collapsed and I fell', 'it is leaking near the socket', 'the dog got sick from the food', 'we ended up in A&E'],
    fraud: ['någon har använt mitt kort', 'jag har fått ett mejl som ser ut att vara från er'],
  };
  for (const [cue, texts] of Object.entries(grid)) for (const t of texts) assert.ok(cuesIn(t).has(cue as never), `${t} → ${cue}`);
  // a second contact told plainly stays a plain follow-up; and what only sounds like the rest
  const none = ['som jag skrev i mitt förra mejl vill jag ha svart', 'I wrote last week as well, any news?', 'this is my second order', 'I fell in love with the sofa', 'my dog is sick of his old bed', 'jag är pensionär'];
  for (const t of none) assert.deepEqual([...cuesIn(t).keys()].filter((k) => ['repeatStated', 'vulnerable', 'safety', 'fraud'].includes(k)), [], t);
});

test('"inte farligt" is no hazard; "hon är 87" is an old age; a call that claimed a debt to the shop is a fraud', () => {
  assert.equal(cuesIn('strykjärnet läcker vatten ur sulan. Inte farligt, men det förstör kläderna').has('safety'), false);
  assert.equal(cuesIn('sladden är trasig, det är farligt').has('safety'), true);
  const c = cuesIn('någon har ringt min mormor och sagt att hon har en obetald skuld hos er. hon är 87 och helt skakad');
  assert.ok(c.has('fraud') && c.has('vulnerable'));
  assert.equal(cuesIn('someone called my dad and said he owed you money').has('fraud'), true);
  assert.equal(cuesIn('hon är 80 cm lång, passar stolen?').has('vulnerable'), false);
});

test('burns are a hazard; a call "från \'er kundtjänst\'" and "var det ni???" asked of a call are a fraud', () => {
  assert.equal(cuesIn('min dotter fick brännskador på fingrarna av er glödlampa').has('safety'), true);
  assert.equal(cuesIn('she got burns on her hand from the lamp').has('safety'), true);
  assert.equal(cuesIn('jag har fått ett samtal från "er kundtjänst" som ville att jag skulle installera en app').has('fraud'), true);
  assert.equal(cuesIn('någon ringde om en återbetalning. var det ni???').has('fraud'), true);
  assert.equal(cuesIn('var det ni som hade den gröna soffan på mässan?').has('fraud'), false);
});

test('a brake that no longer holds is a hazard', () => {
  assert.ok(cuesIn("the stroller's brake doesn't fully lock anymore, it slides on slopes").has('safety'));
  assert.ok(cuesIn('bromsen låser inte på barnvagnen').has('safety'));
});

test('a text that had a grandmother fill in her card number through a link is a fraud, however far apart the words', () => {
  assert.ok(cuesIn('nån har skickat sms till min farmor att hon vunnit ett presentkort från er om hon klickar på en länk och fyller i sitt kortnummer').has('fraud'));
});

test('an allergy told as a state, asked about a thing, is no health problem; a reaction is', () => {
  for (const t of ['är hundgodiset fritt från kyckling? min hund är allergisk', 'har halsbandet nickel i sig, jag är allergisk']) assert.equal(cuesIn(t).has('safety'), false, t);
  for (const t of ['min dotter fick en allergisk reaktion av schampot', 'hon blev allergisk av krämen']) assert.equal(cuesIn(t).has('safety'), true, t);
  assert.equal(kind('har halsbandet nickel i sig, jag är allergisk'), 'product_advice');
  assert.equal(kind('is the shampoo free from fragrance?'), 'product_advice');
});

test('calls and mails told in the past by the customer are a repeat contact; the shop\'s calls are not the customer\'s', () => {
  assert.equal(cuesIn('Hej, jag ringde er kundtjänst två gånger förra veckan och blev lovad att någon skulle återkomma').has('repeatStated'), true);
  assert.equal(cuesIn('vi mejlade er tre gånger om sängen').has('repeatStated'), true);
  assert.equal(cuesIn('ni ringde två gånger igår men jag hann inte svara').has('repeatStated'), false);
});

test('a caller who asked for "mitt bankid" is a fraud, also told in a hurry ("nån ringde o sa")', () => {
  assert.ok(cuesIn('nan ringde o sa de va fran er o ville ha mitt bankid. va de ni??').has('fraud'));
  assert.ok(cuesIn('någon ringde och sa att jag hade en skuld').has('fraud'));
  assert.equal(cuesIn('jag ringde er i går och sa att jag ville byta').has('fraud'), false);
});

test('a window blind is no blind person; the shop\'s own account hacked is no fraud against the customer', () => {
  assert.equal(cuesIn('will the bamboo blind survive a steamy bathroom?').has('vulnerable'), false);
  assert.equal(cuesIn('the blinds I bought no longer roll up').has('vulnerable'), false);
  for (const t of ["I'm registered blind and can't read your site", 'min pappa är 91 och nästan blind', 'hes blind and wants to order a radio', 'jag är blind och använder skärmläsare']) assert.ok(cuesIn(t).has('vulnerable'), t);
  assert.equal(cuesIn("I think your Instagram account has been hacked, it's posting strange links").has('fraud'), false);
  assert.ok(cuesIn('my account was hacked and someone ordered a tv').has('fraud'));
});
