import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wishesIn, withoutWishes } from './wishes';

// Wishes and refusals the development rounds from line 6150 on taught (split from wishes.test.ts at
// ~300 lines); each test fails on the code before its pattern.

/** A text's wishes and refusals, in order of their names ("call,noEmail"). */
const w = (t: string) => [...wishesIn(t).keys()].sort().join(',');

test('a customer who cannot hear or speak on the phone is not called unless they ask for a call; "klarar inte telefonsamtal" is a refusal; "hellre att nån ringer" and "lättare att prata än skriva" are wishes', () => {
  for (const t of ['Hej, jag är döv. Min nya tekokare stänger inte av sig när vattnet kokat. Svara här.', "Hello, I'm deaf-blind and use a braille display.", 'jag har tinnitus, kan ni mejla returetiketten?', 'Hej, jag har tinnitus och klarar inte telefonsamtal just nu.']) {
    assert.equal(wishesIn(t).has('noCall'), true, t);
    assert.equal(wishesIn(t).has('call'), false, t);
  }
  assert.equal(wishesIn('Jag är döv, men min sambo kan ta ett samtal. Ring honom.').has('call'), true, 'a call asked for someone who can take it');
  for (const t of ['orkar inte skriva mer, hellre att nån ringer', 'det är lättare för mig att prata än skriva']) assert.equal(wishesIn(t).has('call'), true, t);
});

test('wishes with more words between: "fungerar inte på mejl", "I\'d really rather talk", "a text when … would be perfect", "svara i chatten", "ingen samtal tack"', () => {
  const w = wishesIn('Hej, ni kan ringa mig på lunchen så bokar vi om min tid. Fungerar inte på mejl, har för mycket att göra.');
  assert.deepEqual([w.has('call'), w.has('noEmail'), w.has('writing')], [true, true, false]);
  assert.equal(wishesIn("I'd really rather talk this through").has('call'), true);
  assert.equal(wishesIn('a text when the parcel reaches the pick-up point would be perfect').has('sms'), true);
  assert.equal(wishesIn('ni kan svara i chatten på hemsidan om det är enklare').has('here'), true);
  assert.equal(wishesIn('ingen samtal tack, bara snabb fråga').has('noCall'), true);
});

test('"us" for "me", as the British say it: "give us a text", "give us a bell"', () => {
  assert.equal(wishesIn("give us a text once the table's been put together").has('sms'), true);
  assert.equal(wishesIn('give us a bell when you can').has('call'), true);
  assert.equal(wishesIn('they gave us a text yesterday').has('sms'), false, 'a text that came');
});

test('a text asked as "could you send a quick text", "pinga mig på mobilen", "a text … would be ideal"', () => {
  assert.equal(wishesIn("could you send a quick text when the bike's back from the workshop?").has('sms'), true);
  assert.equal(wishesIn('kan ni pinga mig på mobilen när budet lämnat dem?').has('sms'), true);
  assert.equal(wishesIn('A text when the wardrobe leaves your warehouse would be ideal.').has('sms'), true);
  assert.equal(wishesIn('you sent a text yesterday saying it had left').has('sms'), false, 'a text that came');
});

test('lines 6822–6869: "ping my phone" wishes for a text; "email is best" and "put the return instructions in an email" for writing; a customer hard of hearing is not called unless they ask', () => {
  assert.equal(wishesIn("could you ping my phone when it's out for delivery?").has('sms'), true);
  assert.equal(wishesIn("I'm hard of hearing so email is best. How do I return the speaker?").has('writing'), true);
  assert.equal(wishesIn("could you put the return instructions in an email? this chat will close").has('writing'), true);
  assert.equal(wishesIn("I'm hard of hearing, how do I return the speaker?").has('noCall'), true);
});

test('"any chance of a text when …" wishes for a text', () => {
  assert.equal(wishesIn("any chance of a text when the sideboard's ready? I'm rubbish at checking emails").has('sms'), true);
});

test('lines 7062–7109: "sms om leveranstiden funkar bäst", "hellre … per telefon", "ring när ni har tid"; the words between stay for the kind', () => {
  assert.equal(wishesIn('sms om leveranstiden funkar bäst för mig').has('sms'), true);
  assert.equal(wishesIn('jag vill hellre boka om per telefon, ring när ni har tid').has('call'), true);
  assert.equal(wishesIn('ring när ni har tid').has('call'), true);
  assert.equal(withoutWishes('sms om leveranstiden funkar bäst för mig').includes('leveranstiden'), true);
});

test('lines 7638–7685: a call taken by someone for a customer who cannot take one is a wish for a call', () => {
  const w = wishesIn("Hello, I'm deaf and can't use the phone, but my daughter can take a call on my behalf about the awning we ordered.");
  assert.ok(w.has('call'));
  assert.ok(!w.has('noCall'));
  assert.ok(wishesIn('min sambo kan ta samtalet, jag hör dåligt').has('call'));
  assert.ok(wishesIn("I'm deaf, please write to me").has('noCall'), 'deaf and no one else to take it: not called');
});

test('lines 8118–8165 (the booked call): a call asked again or a booked call moved is a wish for a call; the customer\'s own call again is none', () => {
  for (const t of ['ni ringde men linjen bröts, ring igen', 'could you try again after 6? I was driving', 'can you move my callback to Thursday?', 'kan ni flytta mitt samtal till fredag förmiddag?']) assert.ok(wishesIn(t).has('call'), t);
  for (const t of ['jag ringer igen i morgon om ingen svarar', 'vi provar att ringa igen efter lunch']) assert.ok(!wishesIn(t).has('call'), t);
});

test('lines 8166–8213 (the booked call again): a booked call asked at another time, a failed call tried again, someone to ring or to ring her, are wishes for a call; a booked call called off is a refusal; "try again" with no call is none', () => {
  for (const t of ['jag har en telefontid kl 10 men kan ni ta mig vid halv elva?', 'the phone appointment on Monday won\'t work, could you make it 2.30?', 'samtalet bröts i tunneln, försök gärna igen', 'kan någon bara ringa och förklara?', 'bättre att ringa henne istället']) assert.ok(wishesIn(t).has('call'), t);
  for (const t of ['avboka mitt samtal på tisdag, det har löst sig', 'no need for the callback any more']) {
    assert.ok(wishesIn(t).has('noCall'), t);
    assert.ok(!wishesIn(t).has('call'), t);
  }
  assert.ok(!wishesIn('försök igen med ett annat lösenord').has('call'));
});

test('the way not preferred, named after "than" or "än", is no wish: a call rather than writing is a call; writing rather than a call is writing', () => {
  const ids = (t: string) => [...wishesIn(t).keys()].filter((w) => w === 'call' || w === 'writing').sort();
  for (const t of ['could you ring me, I would rather go through it on the phone than by email', 'ring mig, det är lättare att förklara i telefon än att skriva']) assert.deepEqual(ids(t), ['call'], t);
  for (const t of ["I'd rather get it in writing than over the phone", 'jag vill hellre ha det skriftligt än att ringa']) assert.deepEqual(ids(t), ['writing'], t);
});

test('a call now, someone who read the case to ring, someone else of the household to ring, a missed call tried again: wishes for a call; the customer\'s own "I\'ll try again" or "I\'ll call now" are none', () => {
  const call = (t: string) => wishesIn(t).has('call');
  for (const t of ['tre veckor utan svar. ring snarast', 'please call me right away, it is leaking', 'jag vill att någon som kan ärendet ringer upp', 'ring hellre min dotter, hon vet mer', 'please phone my husband instead, he ordered it', 'missed your call, sorry! try again after lunch?']) assert.ok(call(t), t);
  for (const t of ["i missed your call, I'll try again tomorrow", "I'll call now and explain", 'jag missade ert samtal, jag försöker igen i morgon']) assert.equal(call(t), false, t);
});

test('a softened refusal ("vill helst inte", "egentligen inte") is a refusal, not the wish it names', () => {
  assert.equal(w('vi vill helst inte bli uppringda, skriv i stället'), 'noCall');
  assert.equal(w('jag kan egentligen inte prata i telefon på dagarna'), 'noCall');
  assert.equal(w('vill verkligen inte mejla mer om detta, ring mig'), 'call,noEmail');
});

test('the booked call itself moved, "flytta samtalet", "boka om telefontiden", "reschedule the call", is a wish for the call at another time', () => {
  for (const t of ['går det att boka om telefontiden till torsdag?', 'måste skjuta upp samtalet en timme, sitter fast i trafiken', 'could we reschedule the call to Monday?'])
    assert.equal(wishesIn(t).has('call'), true, t);
});

test('a call asked "please just …", at another hour "instead", offered to be taken, or opening a sentence with when; a way refused "instead of" it; no more e-mails wanted', () => {
  assert.equal(w('could you please just ring, I have had enough of this'), 'call');
  assert.equal(w('would you ring at 4 instead? stuck in a meeting'), 'call');
  assert.equal(w('Mum struggles to hear, we can take a call any afternoon'), 'call');
  assert.equal(w('Vi tar det helst på telefon, det går fortare'), 'call');
  assert.equal(w('Okej. Ring imorgon förmiddag.'), 'call');
  assert.equal(w('Ring efter en vecka blev helt svart, är den inte äkta silver?'), '', 'a ring, the thing');
  assert.equal(w('ring mig hellre i stället för att skicka sms'), 'call,noSms');
  assert.equal(w('text me instead of calling please'), 'noCall,sms');
  assert.equal(w('i stället för att mejla, kan ni ringa?'), 'call,noEmail');
  assert.equal(w("I don't want any more emails on this, call me"), 'call,noEmail');
  assert.equal(w("please delete my account, I don't want emails anymore"), '', 'the shop\'s offers, not the way to answer');
});

test('"I don\'t need a call" and "behöver inget samtal" refuse one (not read as "need a call"); "could someone telephone me" asks for one', () => {
  assert.equal(w('thanks, we do not need a phone call, the reply was clear'), 'noCall');
  assert.equal(w('Vi behöver inte något samtal, det är ordnat'), 'noCall');
  assert.equal(w('could you telephone me this afternoon?'), 'call');
});

test('a thing asked "skickat till min mejl" is a wish for writing', () => {
  assert.equal(wishesIn('kan kvittot bli skickat till min mejladress?').has('writing'), true);
  assert.equal(wishesIn('jag vill ha offerten skickad till min inkorg').has('writing'), true);
});

test('"I\'d rather someone called me" asks for a call; a thing once ordered or paid by phone asks for none', () => {
  assert.equal(w("I'd much rather somebody called me about this"), 'call');
  assert.equal(w('my uncle bought the heater by phone last week and it has not come'), '');
  assert.equal(w('I paid by phone and got no receipt'), '');
  assert.equal(w('can we sort this by phone?'), 'call', 'a wish still');
});

test('"I don\'t want a call" and "inga fler sms" refuse', () => {
  assert.equal(w("I don't want any phone call, just an answer here"), 'here,noCall');
  assert.equal(w('inga fler sms från er tack'), 'noSms');
});

test('"back and forth in writing" refuses writing: "in writing" is then no wish for it', () => {
  assert.equal(w("we've gone back and forth in writing for weeks, can you call me"), 'call,noEmail');
});

test('a call said to be easier ("easier if someone phones me", "enklast om ni ringer") asks for one', () => {
  assert.equal(w('it would be simpler if you just call me'), 'call');
  assert.equal(w('det är enklast om någon ringer'), 'call');
});

test('texts asked as what would suit, "i ett sms", with the number, "a text when"; a call one would love; "Ring istället" at a start; no need for e-mails', () => {
  for (const t of ['an sms with the time would suit me best', 'kan ni skicka bekräftelsen i ett sms?', 'could you text 0707 123 456 once it is ready', 'only a text when the bed is on its way']) assert.ok(wishesIn(t).has('sms'), t);
  assert.ok(wishesIn("I'd love a short call about the options").has('call'));
  assert.ok(wishesIn('Nej. Ring istället, tack').has('call'));
  assert.ok(wishesIn('no need for emails, a text is fine').has('noEmail'));
  assert.equal(wishesIn('det stod i ett sms att paketet var framme').has('sms'), false, 'a text that came');
  assert.equal(wishesIn('I received a text when it left the warehouse').has('sms'), false, 'a text that came');
});

// The round from line 11766 on (how and when to reach the customer); each assertion fails on the code before.
test('where and how to be called: over the phone, a time with two digits, a landline, a work number, a voicemail, "buzz me on"', () => {
  for (const t of [
    'går det att ta detta över telefonen? kvittot är borta',
    'Ring före 10 imorgon, sen är jag i skolan',
    "best on my landline, 0161 496 0000, as I can't hear well on the mobile",
    'ni når mig på jobbnumret',
    'det blir enklast att ringa på hemtelefonen, mobilen laddar jag sällan',
    'buzz me at the number on the order',
    'lämna besked på telefonsvararen om jag inte svarar',
    'please leave a voicemail if I miss you',
    'skulle det gå att någon ringer om fakturan?',
    'we would rather talk it through than write an essay',
  ]) assert.equal(wishesIn(t).has('call'), true, t);
  // a thing once done over the phone asks for no call
  assert.equal(wishesIn('jag beställde över telefon förra veckan, var är paketet?').has('call'), false);
});

test('a text that gets through is a text wished for', () => {
  assert.equal(wishesIn('telefonen är sönder, men texts still get through fine').has('sms'), true);
  assert.equal(wishesIn('täckningen är dålig men sms går fram').has('sms'), true);
});

// The round from line 11814 on (refusals in other words); each assertion fails on the code before.
test('a call to be spared, or a phone disliked, is a refusal of a call; "bli uppringd" inside it is no wish', () => {
  for (const t of ['helst vill jag slippa bli uppringd om det här', 'vi undanber oss telefonsamtal', 'undvik att ringa före lunch', "honestly I'm not a phone person", 'jag har telefonångest, skriv hellre', 'I hate phone calls, just reply here', 'skippa samtalet, svara här']) {
    assert.equal(wishesIn(t).has('noCall'), true, t);
    assert.equal(wishesIn(t).has('call'), false, t);
  }
});

test('e-mail said not to work or be of no use is a refusal of it, its way named and refused too; the shop not answering mail is none', () => {
  for (const t of ['e-post fungerar dåligt för mig på resande fot', 'ingen idé att maila, jag har ingen dator', "don't bother with an email, I won't see it", 'Inte via mejl, tack. Kan jag byta tröjan?']) {
    assert.equal(wishesIn(t).has('noEmail'), true, t);
    assert.equal(wishesIn(t).has('writing'), false, t);
  }
  // a guard against the refusal's reach (holds on the code before too)
  assert.equal(wishesIn('ni har skickat fel vara och svarar inte på mejl').has('noEmail'), false);
});

test('the answer asked to one\'s mail in other words is a wish for writing; what an e-mail said, or one answered, is none', () => {
  for (const t of ['jag skulle helst vilja få beskedet på mejlen', 'hör av er till min mejladress när ni vet', 'svara gärna till min e-post istället', 'please get back to me at my email address']) {
    assert.equal(wishesIn(t).has('writing'), true, t);
  }
  // guards against the pattern's reach (hold on the code before too)
  for (const t of ['svaret i mejlet förstod jag inte', 'jag har inte fått svar på mejlen jag skickade', 'nobody wrote back to my email']) assert.equal(wishesIn(t).has('writing'), false, t);
});

test('a call asked for the person the customer writes for is a wish for a call', () => {
  for (const t of ['blir lättast om någon talar med min farmor direkt, hon hör bra', 'kan ni prata med honom direkt? han är inte så van vid datorer', 'would you speak directly with my grandmother about it']) {
    assert.equal(wishesIn(t).has('call'), true, t);
  }
});

test('the phone named as the way to reach the customer is a wish for a call', () => {
  for (const t of ['vi föredrar att ni kontaktar oss per telefonen', 'jag nås snabbast via telefonen på dagtid', 'ni når oss bäst på mobilen', 'the easiest way to get hold of me is my phone']) {
    assert.equal(wishesIn(t).has('call'), true, t);
  }
});

test('writing to the customer on their mail, in other words; calls that cannot be taken; SMS that works badly', () => {
  assert.equal(wishesIn('hör av dig till mig via e-posten när du vet').has('writing'), true);
  // ("telefonsamtal" in it had read as a wish for a call)
  assert.deepEqual(w('jag kan inte ta telefonsamtal på jobbet'), 'noCall');
  const badly = wishesIn('sms fungerar sämre för mig, det blir så långt');
  assert.equal(badly.has('noSms'), true);
  assert.equal(badly.has('sms'), false);
});

test('an SMS "with" what it should hold named best is a wish for SMS; mail never read a refusal of e-mail', () => {
  assert.equal(wishesIn('sms med ungefärlig tid funkar fint').has('sms'), true);
  assert.equal(wishesIn('mejlen hinner jag sällan läsa på jobbet').has('noEmail'), true);
});
