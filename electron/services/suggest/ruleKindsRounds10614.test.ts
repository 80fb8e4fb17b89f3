import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { wishesIn } from './wishes';
import { cuesIn } from './cues';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';

// The kinds taught by the development rounds of lines 10614–10805 (a shop's season, learners'
// voices, long e-mails, answers to the shop's SMS notices); each test fails on the code before its rule.

test('what the shop hands out at its till is the shop\'s, not a thing it sells', () => {
  assert.equal(kind('are the paper bags you give out recyclable?'), 'general');
  assert.equal(kind('is it true the receipts at the checkout have BPA in them?'), 'general');
  assert.equal(kind('är kassarna vid kassan gjorda av sockerrör?'), 'general');
  // (a bag the shop sells is still a thing asked about)
  assert.equal(kind('is the canvas tote bag machine washable?'), 'product_advice');
});

test('one\'s own thing waiting, asked after in a general way, is the order\'s', () => {
  assert.equal(kind('hur går det med min soffa? den skulle ha kommit förra veckan'), 'order_status');
  assert.equal(kind("what's going on with my rug? paid for it on the 3rd"), 'order_status');
  assert.equal(kind("how's my wedding ring coming along?"), 'order_status');
  // (a return, a claim or a refund asked so is its own)
  assert.equal(kind('hur går det med min reklamation av stövlarna?'), 'complaint');
  assert.equal(kind("what's happening with my refund?"), 'returns');
});

test('a call wished for because writing or reading is hard for the body is no case of any kind', () => {
  for (const [via, text] of [
    ['chat', 'kan ni ringa upp mig istället? händerna darrar så jag kan inte skriva'],
    ['sms', 'Ring hellre, jag har artros i fingrarna och det gör ont att skriva'],
    ['chat', "could someone phone me? my parkinson's makes it hard to type"],
    // (and the number to call on is no case either)
    ['sms', 'Jag hör dåligt, ring hellre min dotter på 0731-22 33 44'],
  ] as const) assert.equal(advice(via, text).intent.value, 'general', text);
});

test('"ring hellre", "ring istället": a call wished for in two words', () => {
  assert.deepEqual([...wishesIn('Ring hellre, jag står på bygget hela dagen').keys()], ['call']);
  assert.deepEqual([...wishesIn('nej ring istället, sms blir bara fel').keys()], ['call']);
});

test('a learner\'s words for the hours, and for where a parcel is', () => {
  assert.equal(kind('what clock you open on sunday?'), 'opening_hours');
  assert.equal(kind('please, what time you close today? i come after work'), 'opening_hours');
  assert.equal(kind('jag vill veta var min beställning är nu'), 'order_status');
  assert.equal(kind('can you tell me where my package is, i wait long'), 'order_status');
});

test('ways to pay asked in other words: cash as a learner says it, a bank card, a Danish or Norwegian app', () => {
  for (const text of ['får man betala med kontant?', 'tar ni vipps? jag är från Norge', 'can I pay with mobilepay in the shop?', 'do you take debit cards?'])
    assert.equal(cuesIn(text).has('waysToPay'), true, text);
  // (and the payment named does not make it an invoice's matter)
  assert.equal(kind('tar ni emot betalning med bankkort i butiken?'), 'general');
});

test('harm told of one\'s own beside a thing\'s contents asked is the harm\'s, by voice', () => {
  const text = 'my son ate your biscuits and got red blotches all over, do they contain nuts?';
  assert.equal(kind(text), 'complaint');
  assert.equal(advice('chat', text).channel[0]?.value, 'callback');
  assert.equal(kind('min dotter fick röda prickar efter krämen, innehåller den parfym?'), 'complaint');
  // (the contents asked alone are still a question before buying)
  assert.equal(kind('do the biscuits contain nuts?'), 'product_advice');
});

test('a card used by someone, as a learner writes it, is a fraud by voice', () => {
  assert.equal(advice('chat', 'somebody use my card on your site, not me!!').channel[0]?.value, 'callback');
});

test('a message not understood by one it was not meant for calls for no voice', () => {
  assert.notEqual(advice('sms', 'Vem är ni? Förstår inte vad det här gäller').channel[0]?.value, 'callback');
  // (one who does not understand the shop's answers still does)
  assert.equal(advice('chat', 'jag förstår fortfarande inte vad ni menar med returen').channel[0]?.value, 'callback');
});

test('a wheelchair told to ask whether the premises suit it calls for no voice', () => {
  const text = 'Hi, is there a lift up to your showroom? My wife is in a wheelchair and we want to visit on Saturday.';
  assert.notEqual(advice('email', text).channel[0]?.value, 'callback');
  // (a wheelchair told beside a matter to sort out still does)
  assert.equal(advice('chat', 'min son är rullstolsburen och stolen ni sålde som anpassad går inte att använda').channel[0]?.value, 'callback');
});

test('a number no longer its owner\'s is a message not meant for the one who has it', () => {
  for (const text of ['Numret är inte Eriks längre, ta bort det', "this number isn't Tom's, please stop texting", 'the number no longer belongs to Anna'])
    assert.equal(cuesIn(text).has('notMeantForMe'), true, text);
});

test('the account named as where one\'s number is kept is no login to mend', () => {
  assert.equal(kind('ring mig gärna, telefonnumret finns på mitt konto'), 'general');
  assert.equal(kind('can you phone me back? my phone number is on my account'), 'general');
  // (a login that fails still is one)
  assert.equal(kind("I can't sign in to my account, my number is on my account, call me"), 'password');
});

test('advice or help asked to choose a thing is product advice', () => {
  assert.equal(kind('I would like advice on an electric blanket for my mum'), 'product_advice');
  assert.equal(kind('jag vill ha råd om vilken barnstol som passar en Golf'), 'product_advice');
  assert.equal(kind('could you help me, I need help choosing a lamp for a dark hallway'), 'product_advice');
});

test('answers to the shop\'s SMS notices: how late a pick-up can be, a parcel still not here, the time of day', () => {
  assert.equal(kind('Hur sent kan man hämta paketet i morgon?'), 'opening_hours');
  assert.equal(kind('how late can I collect it on Friday?'), 'opening_hours');
  assert.equal(kind('Soffan är fortfarande inte här, vad händer?'), 'order_status');
  assert.equal(kind("it's still not here, it's been 9 days"), 'order_status');
  assert.equal(kind('Will it be morning or afternoon?'), 'delivery_time');
});

test('an opt-out word alone answers a notice: no privacy request, answered where it came', () => {
  for (const text of ['STOP', 'avregistrera', 'Sluta!']) {
    assert.equal(advice('sms', text).intent.value, 'general', text);
    assert.equal(advice('sms', text).channel[0]?.value, 'sms', text);
  }
  // (erasure asked in more words still is one)
  assert.equal(kind('Sluta skicka till mig och radera mina uppgifter'), 'privacy');
});

test('a code the shop sent that has expired or fails is a login\'s, not a discount\'s', () => {
  assert.equal(kind('engångskoden ni skickade har gått ut innan jag hann skriva in den'), 'password');
  assert.equal(kind("the code you texted me doesn't work, it says invalid"), 'password');
  assert.notEqual(kind('koden ni skickade i nyhetsbrevet funkar inte i kassan'), 'password');
});

test('a call the shop promised, asked for later, is a booked call moved', () => {
  assert.equal(kind('du skulle ringa vid tre men jag hämtar barnen då, ring senare'), 'rebooking');
  assert.equal(kind('you were going to call at 10, could you ring after lunch instead?'), 'rebooking');
  // (a promised call that never came is no booking moved)
  assert.notEqual(kind('ni skulle ringa kl 11 men ingen har ringt'), 'rebooking');
});

test('how often one reads which, beside a wish, is no case of any kind', () => {
  assert.equal(advice('sms', 'jag läser inte sms så ofta, mejla mig framöver').intent.value, 'general');
});

test('the courier asked to come at a time is a delivery\'s, no thing asked about', () => {
  assert.equal(kind('kan budet komma efter sju på kvällen?'), 'delivery_time');
  assert.equal(kind('kan budet komma på lördag förmiddag?'), 'delivery_time');
  assert.equal(cuesIn('kan chauffören bära upp den till tredje våningen?').has('productQuestion'), false);
});

test('an angry customer\'s words: staff who did not see them, the way they were treated', () => {
  assert.equal(kind('waited at the counter ages and nobody even acknowledged me'), 'complaint');
  assert.equal(kind('Jag är chockad över sättet ni bemötte min mamma på i butiken'), 'complaint');
  assert.equal(kind('ingen i personalen brydde sig om att hjälpa mig trots att butiken var tom'), 'complaint');
});

test('whether a person or a bot answers is no case of any kind', () => {
  for (const text of ['am I talking to a real person or a bot?', 'pratar jag med en robot nu?', 'is it all bots over there?'])
    assert.equal(cuesIn(text).has('staffAsked'), true, text);
});

test('a repeat contact in a text\'s own words, and trying again that is no contact', () => {
  assert.equal(advice('sms', 'Fjärde sms:et nu. Var är mina skor?').channel[0]?.value, 'callback');
  assert.notEqual(advice('email', 'Third time trying to pay and the checkout fails, what is wrong with your site?').channel[0]?.value, 'callback');
});

test('fewer notices asked is no refusal of them, and no case of any kind', () => {
  const text = 'stop texting me about every single step, one message when it arrives is enough';
  assert.equal(advice('sms', text).intent.value, 'general');
  assert.equal(advice('sms', text).channel[0]?.value, 'sms');
  assert.equal(kind('ni skickar alldeles för många sms, räcker med ett'), 'general');
});

test('where the courier is, asked on the day, is the order\'s', () => {
  assert.equal(kind("it's 3pm and you said before noon. where's the driver?"), 'order_status');
});

test('a second round of SMS answers: the opt-out word, a time refused and another asked, the doorbell, a call promised', () => {
  assert.equal(advice('sms', 'UNSUBSCRIBE').intent.value, 'general');
  assert.equal(kind('please unsubscribe me from the texts and delete my number'), 'privacy');
  assert.equal(kind('No, that does not work for me, what about Monday?'), 'rebooking');
  assert.equal(kind('tyvärr, det funkar inte heller. finns det nåt på lördag?'), 'rebooking');
  assert.equal(kind('säg åt dem att knacka på dörren, vi hör inte klockan'), 'delivery_time');
  assert.equal(kind('you were meant to ring me this morning, could you try later instead?'), 'rebooking');
});

test('the late part\'s voices and later turns, written fresh: a size left, a bare time refused, a way to pay, praise in slang', () => {
  assert.equal(kind('har ni fler 40 kvar i svart?'), 'product_advice');
  assert.equal(kind('got any size 10 left?'), 'product_advice');
  assert.equal(kind('sorry, 9 doesn\'t work either. would 11 be ok?'), 'rebooking');
  assert.equal(cuesIn('går det att betala med mobilepay i butiken?').has('waysToPay'), true);
  assert.equal(cuesIn('grym service, keep it up!').has('praise'), true);
  assert.equal(kind('Kindly advise the date of delivery; our invoice reference is 4411.'), 'delivery_time');
  assert.deepEqual([...wishesIn('ring inte, maila istället').keys()].sort(), ['noCall', 'writing']);
});
