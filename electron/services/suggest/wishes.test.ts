import assert from 'node:assert/strict';
import { test } from 'node:test';
import { suggest } from './engine';
import { wishesIn, withoutWishes, type WishId } from './wishes';
import { cuesIn } from './cues';
import { findWords } from './wordFinder';

const input = (text: string, o: { channel?: 'chat' | 'email'; hasPhone?: boolean } = {}) => ({
  channel: o.channel ?? 'chat', text, turns: 1, attachments: 0, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, hasPhone: o.hasPhone ?? true, hasEmail: true,
});
const first = (text: string, o?: Parameters<typeof input>[1]) => suggest(input(text, o), [])!.channel[0]!.value;

test('wishes as people write them, in both languages; a refusal is never read as the wish', () => {
  assert.deepEqual([...wishesIn('kan ni sms:a mig när det skickas').keys()], ['sms']);
  // the verb in the present ('det räcker om ni sms:ar mig'); not the customer who will text
  assert.deepEqual([...wishesIn('det räcker om ni sms:ar mig en ny tid').keys()], ['sms']);
  assert.equal(wishesIn('jag smsar er bilden sen').has('sms'), false);
  assert.deepEqual([...wishesIn('text me when it ships').keys()], ['sms']);
  // a word between the verb and the text message is the same wish
  assert.deepEqual([...wishesIn('skicka gärna ett sms dagen innan ni levererar').keys()], ['sms']);
  assert.deepEqual([...wishesIn('ring mig inte, mejla hellre').keys()].sort(), ['noCall', 'writing']);
  assert.deepEqual([...wishesIn('vill inte mejla, vill bli uppringd').keys()].sort(), ['call', 'noEmail']);
  assert.deepEqual([...wishesIn('no phone calls please').keys()], ['noCall']);
  assert.ok(!wishesIn('jag har ringt två gånger').has('call'), 'having called is no wish to be called');
});

test('a wish beats the rules; a refused channel is never first', () => {
  assert.equal(first('vill inte mejla, vill bli uppringd', { channel: 'email' }), 'callback');
  assert.equal(first('Reklamation: kvitto och bilder bifogade. Ring mig inte, svara skriftligt.', { channel: 'email' }), 'email');
  assert.equal(first('kan ni sms:a mig när paketet skickas?'), 'sms');
  const noPhone = suggest(input('ring mig gärna', { hasPhone: false }), []);
  assert.equal(noPhone.channel[0]!.value, 'callback');
  assert.match(noPhone.channel[0]!.reasons.map((r) => r.sv).join(' '), /telefonnummer/, 'without a number: ask for one');
});

test('the kinds and cues word lists miss: privacy, quotes, repeat contacts, hazards', () => {
  assert.equal(suggest(input('Radera mitt konto och alla mina personuppgifter enligt GDPR'), []).intent.value, 'privacy', 'not the password template for "mitt konto"');
  assert.equal(suggest(input('Vi behöver 40 kontorsstolar, kan ni ge ett pris?'), []).intent.value, 'quote');
  assert.equal(first('Vi behöver 40 kontorsstolar, kan ni ge ett pris?'), 'email');
  assert.ok(cuesIn('Det här är fjärde gången jag skriver').has('repeatStated'));
  assert.ok(cuesIn('this is the fifth email I send').has('repeatStated'));
  assert.equal(first('Laddaren blev varm och luktade bränt'), 'callback');
  assert.equal(suggest(input('Laddaren blev varm och luktade bränt'), []).priority.value !== 'normal', true, 'a hazard comes first');
});

test('Swedish compounds and word forms are found by their stems', () => {
  assert.deepEqual(findWords('hur mycket kostar hemleveransen?', ['leverans']), ['leverans']);
  assert.deepEqual(findWords('skickas den i dag?', ['skickad']), ['skickad']);
  assert.deepEqual(findWords('monteringsanvisningen saknas', ['anvisning']), ['anvisning']);
  assert.deepEqual(findWords('en lampa', ['lampor']), ['lampor'], 'singular and plural');
  assert.deepEqual(findWords('stolsbenet', ['ben']), [], 'a short word is no compound head');
});

test('reasons name kinds and repeats in words, not codes', async () => {
  const { reasonOf } = await import('./reasons');
  const s = suggest(input('Jag vill reklamera kaffekvarnen, den fungerar inte'), [{ id: 't', name: 'Reklamation', category: 'complaint', language: 'sv', keywords: [] }]);
  const why = s.templates[0]!.reasons.map((r) => r.sv).join(' ');
  assert.match(why, /handlar om en reklamation/);
  assert.doesNotMatch(why, /complaint/);
  assert.equal(reasonOf({ id: 'repeatContact', strength: 1, evidence: ['tredje gangen'] }).sv, 'säger att det inte är första gången: ”tredje gangen”');
  assert.equal(reasonOf({ id: 'repeatContact', strength: 1, evidence: ['1'] }).sv, 'hört av sig om samma sak 1 gång förut');
});

test('asking for someone in charge is a wish to talk; asking for the owner about a business matter is not', () => {
  assert.equal(wishesIn('kan jag få prata med butikschefen?').has('call'), true);
  assert.equal(wishesIn('I want to speak to the manager').has('call'), true);
  assert.equal(wishesIn('jag vill prata med ägaren').has('call'), true);
  assert.equal(wishesIn('kan jag prata med ägaren om att sälja mina keramikskålar hos er?').has('call'), false);
  assert.equal(wishesIn('can i talk to the owner about selling my ceramics in your shop?').has('call'), false);
});

test('a call wished in new words, a text asked as "messa", and writing back and forth refused', () => {
  assert.equal(wishesIn('hellre att ni ringer upp än att vi mejlar').has('call'), true);
  assert.equal(wishesIn('could you give me a buzz this afternoon').has('call'), true);
  assert.equal(wishesIn('messa mig när paketet kommit').has('sms'), true);
  assert.equal(wishesIn('orkar inte skriva fram och tillbaka, ring mig').has('noEmail'), true);
});

test('"slå en signal" is a wish to be called, and "skriv ett sms" a wish for a text', () => {
  assert.equal(wishesIn('kan ni slå en signal i eftermiddag?').has('call'), true);
  assert.equal(wishesIn('skriv ett sms när den är klar').has('sms'), true);
});

test('a text asked for as "drop me a text", a number given to be reached on, a matter to take by voice', () => {
  assert.deepEqual([...wishesIn('could you just drop me a text when it ships').keys()], ['sms']);
  assert.deepEqual([...wishesIn('nå mig på 073-441 22 90 efter fem').keys()], ['call']);
  assert.deepEqual([...wishesIn('you can reach me on 07700 900123').keys()], ['call']);
  assert.deepEqual([...wishesIn('frågorna är lättare att ta muntligt').keys()], ['call']);
  // reached in writing, or told something by word of mouth, is no call
  assert.equal(wishesIn('ni når mig på mejl').has('call'), false);
  assert.equal(wishesIn('jag fick muntligt besked i butiken').has('call'), false);
});

test('"ett kort sms", "per telefon", "en pling" are wishes; "ni behöver inte ringa" is a refusal', () => {
  assert.deepEqual([...wishesIn('skriv ett kort sms när ni vet').keys()], ['sms']);
  assert.deepEqual([...wishesIn('jag vill helst att någon hör av sig per telefon').keys()], ['call']);
  assert.deepEqual([...wishesIn('kan någon slå mig en pling om returen?').keys()], ['call']);
  assert.deepEqual([...wishesIn('ni behöver inte ringa, vill bara veta om ni har öppet').keys()], ['noCall']);
  assert.deepEqual([...wishesIn('no need to call me back, just tell me here').keys()].sort(), ['here', 'noCall']);
  assert.equal(wishesIn('kan man beställa per telefon?').has('call'), false);
});

test('"ni behöver inte mejla mig" is a refusal of e-mail', () => {
  assert.ok(wishesIn('ingen fara, ni behöver inte mejla mig nåt').has('noEmail'));
  assert.ok(wishesIn('no need to email me, just answer here').has('noEmail'));
});

test('"no need to text me" is a refusal of a text, and "I\'d like a phone call" a wish for a call', () => {
  assert.deepEqual([...wishesIn('no need to text me, ill just check here - is it shipped?').keys()], ['noSms']);
  assert.deepEqual([...wishesIn('ni behöver inte messa, jag kollar själv').keys()], ['noSms']);
  assert.deepEqual([...wishesIn("Nobody has answered. I'd like a phone call today please.").keys()], ['call']);
  assert.deepEqual([...wishesIn('jag vill ha ett samtal om det här').keys()], ['call']);
  // a call told of is no wish
  assert.equal(wishesIn('I had a call from your driver yesterday').has('call'), false);
});

test('a text wished for as "ett sms" to appreciate or "a message to my phone"; writing as "återkomma per brev eller mejl"; a phone that is hard for the customer refused', () => {
  assert.deepEqual([...wishesIn('skulle uppskatta ett sms när paketet går iväg').keys()], ['sms']);
  assert.deepEqual([...wishesIn('skriv ett meddelande till mobilen när ni vet leveransdagen').keys()], ['sms']);
  assert.deepEqual([...wishesIn('a quick message to my phone when my order is packed would be perfect').keys()], ['sms']);
  assert.deepEqual([...wishesIn('kan ni återkomma per brev eller mejl? jag har svårt att prata i telefon efter min stroke').keys()].sort(), ['noCall', 'writing']);
  assert.deepEqual([...wishesIn("I'd rather not speak on the phone as I'm hard of hearing - could you reply by email?").keys()].sort(), ['noCall', 'writing']);
  assert.equal(wishesIn('jag fick ett sms från er igår').has('sms'), false);
  assert.equal(wishesIn('kan ni skicka varan per post?').has('writing'), false);
});

test('"a text is fine", "ett sms räcker", "message me" wish for a text; "kan inte svara i telefon" refuses a call and "svara här" keeps the chat', () => {
  assert.deepEqual([...wishesIn('a text is fine when the rug is on its way').keys()], ['sms']);
  assert.deepEqual([...wishesIn('ett sms räcker gott när ni vet').keys()], ['sms']);
  assert.deepEqual([...wishesIn('message me the delivery window when you know it').keys()], ['sms']);
  assert.deepEqual([...wishesIn('kan inte svara i telefon på dagarna, svara här istället').keys()].sort(), ['here', 'noCall']);
  assert.equal(wishesIn('message me here when you know').has('sms'), false);
});

test('something said on the phone is no wish for a call; talking on it is', () => {
  assert.equal(wishesIn('your assistant on the phone promised me free delivery').has('call'), false);
  assert.equal(wishesIn('ni sa i telefon att det skulle komma i fredags').has('call'), false);
  assert.ok(wishesIn('easier to explain on the phone').has('call'));
  assert.ok(wishesIn('vill hellre prata med nån i telefon om det här').has('call'));
});

test('"jag nås bäst på telefon", "can we do this over the phone?", "jag föredrar sms"; "ni behöver inte ringa eller sms:a, svara bara här"', () => {
  assert.deepEqual([...wishesIn('jag nås bäst på telefon, 070-331 90 02').keys()], ['call']);
  assert.deepEqual([...wishesIn("can we do this over the phone? i'm not great at typing").keys()], ['call']);
  assert.equal(wishesIn('I ordered it over the phone last week').has('call'), false);
  assert.deepEqual([...wishesIn('jag föredrar sms framför mejl').keys()], ['sms']);
  assert.deepEqual([...wishesIn('ni behöver inte ringa eller sms:a, svara bara här').keys()].sort(), ['here', 'noCall', 'noSms']);
});

test('a call to arrange, book or expect; contact by phone; a reminder by text wished for, not one that came', () => {
  assert.deepEqual([...wishesIn('please arrange a call with someone about our dining table').keys()], ['call']);
  assert.deepEqual([...wishesIn('this is my third email. I expect a phone call.').keys()], ['call']);
  assert.deepEqual([...wishesIn('jag vill bli kontaktad per telefon').keys()], ['call']);
  assert.deepEqual([...wishesIn('en sms-påminnelse när paketet finns hos ombudet vore perfekt').keys()], ['sms']);
  assert.equal(wishesIn('jag fick en sms-avisering men paketet var inte där').has('sms'), false);
});

test('a text named in a request is a wish for one, in words no pattern lists; a text that came, or none, is not', () => {
  assert.deepEqual([...wishesIn('kan ni bara köra ett snabbt sms när soffan är klar?').keys()], ['sms']);
  assert.deepEqual([...wishesIn('ett litet sms dagen innan vore guld värt').keys()], ['sms']);
  assert.equal(wishesIn('kan ni förklara varför jag fick ett sms om tull?').has('sms'), false);
  assert.equal(wishesIn('kan ni kolla? jag får inget sms med koden').has('sms'), false);
  assert.equal(wishesIn('kan ni ta bort mig från er sms-lista?').has('sms'), false);
  assert.deepEqual([...wishesIn('kan ni sluta skicka sms till mig?').keys()], ['noSms']);
  assert.deepEqual([...wishesIn('please stop sending me texts').keys()], ['noSms']);
  assert.equal(wishesIn('enligt sms:et skulle det komma igår, kan ni kolla?').has('sms'), false);
});

test('"undrar om någon kan ringa henne" asks for a call', () => {
  assert.deepEqual([...wishesIn('hon undrar om någon kan ringa henne på 08-555 12 34').keys()], ['call']);
});

test('"hellre än sms" refuses a text (folded, "än sms" reads as "an sms"); "a text to the number on my order" asks for one', () => {
  // (and "skriv här" asks for the chat)
  assert.deepEqual([...wishesIn('skriv här hellre än sms, när kommer mina krukor?').keys()].sort(), ['here', 'noSms']);
  assert.ok(wishesIn('rather than a text, please email me the tracking number').has('noSms'));
  const w = wishesIn('no need to email me back, a text to the number on my order when the bike is ready is all I need');
  assert.ok(w.has('sms') && w.has('noEmail'));
});

test('"ring oss" and "call us" ask for a call; a text notice "till mobilen" and updates "as texts" ask for a text', () => {
  assert.deepEqual([...wishesIn('Ring oss på 08-722 41 10 är ni snälla.').keys()], ['call']);
  assert.deepEqual([...wishesIn('ring oss inte, vi svarar här').keys()], ['noCall']);
  assert.deepEqual([...wishesIn('could you call us this afternoon?').keys()], ['call']);
  assert.deepEqual([...wishesIn('går det att få en textnotis till mobilen?').keys()], ['sms']);
  assert.deepEqual([...wishesIn('please send any updates to my mobile as texts').keys()], ['sms']);
  assert.equal(wishesIn('jag fick ett textmeddelande om att paketet kommit').has('sms'), false);
});

test('the plain forms of every wish and refusal, in both languages (a grid written from how people ask, not from the patterns)', () => {
  const grid: Record<string, string[]> = {
    call: ['ring henne', 'ring min mamma på 08-123 45 67', 'ni får gärna ringa', 'ring gärna', 'ring snarast', 'ring tillbaka', 'ringa tillbaka tack', 'återkom per telefon', 'jag vill att ni ringer', 'kan vi ta ett samtal?', 'kan vi höras på telefon?', 'ett samtal vore bra', 'ring på 070-123 45 67', 'jag vill ha en återuppringning', 'jag föredrar telefon', 'telefon passar mig bäst',
      'please call', 'could I get a call back?', 'a call back would be great', 'callback please', 'please phone', 'a quick call would help', 'I prefer phone', 'phone is best for me', "I'd rather talk"],
    sms: ['helst sms', 'a text please', 'can I get a text?', "I'd like a text", 'texts are better for me', 'message my mobile'],
    writing: ['i skrift', 'mejl är bäst för mig', 'kan ni mejla?', "I'd rather email", 'written answer please', 'please email', 'email is best for me', 'reply to this email please'],
    noCall: ['jag svarar inte i telefon', 'jag vill inte ha samtal', "I won't answer the phone"],
    noSms: ['vill inte ha sms', "don't text", "I don't want texts"],
    noEmail: ['mejla inte', 'skicka inga mejl', "don't email", 'no emails please', 'please do not email me'],
  };
  for (const [wish, texts] of Object.entries(grid)) for (const t of texts) assert.ok(wishesIn(t).has(wish as WishId), `${t} → ${wish}`);
  // and what only names a phone, a text or a mail
  for (const t of ['jag har en ring som är för liten', 'ringen ni sålde har tappat en sten', 'which phone is best for my mum?', 'I prefer the phone case in black', 'I got no reply to my email', 'a call is not needed', 'ni svarar inte i telefonen!', "you won't answer the phone", 'I got no emails from you', 'vilken telefon är bäst?', 'Automatiskt svar: jag är på semester och läser inte min e-post.'])
    assert.deepEqual([...wishesIn(t).keys()], [], t);
});

test('typed in a hurry: "txt me" asks for a text, "skriv hellre här än ring" for the chat (not e-mail)', () => {
  assert.equal(first('can u txt me when the couch will be deliverd?', { hasPhone: true }), 'sms');
  assert.deepEqual([...wishesIn('skriv hellre här än ring, har min order skickats?').keys()].sort(), ['here', 'noCall']);
  assert.equal(first('skriv hellre här än ring, har min order skickats? 44120', { hasPhone: true }), 'chat');
  // writing is still writing
  assert.ok(wishesIn('skriv hellre ett mejl, jag kollar inte chatten').has('writing'));
});

test('the way preferred first and a text after it refuses the text ("hellre … på mejl än sms"); "ett sms … räcker" and "snälla ring" are wishes', () => {
  for (const t of ['Hej, jag vill hellre ha besked på mejl än sms när ordern skickas.', 'Mejla hellre än att sms:a, jag har ingen mobil på jobbet.']) {
    const w = wishesIn(t);
    assert.ok(w.has('noSms') && !w.has('sms'), t);
  }
  assert.equal(first('ett sms med leveranstiden räcker, behöver inget mejl', { hasPhone: true }), 'sms');
  assert.ok(wishesIn('stolen går inte att använda. snälla ring').has('call'));
  assert.ok(cuesIn('min son är rullstolsburen').has('vulnerable'));
});

test('a text asked for with what it is to say between ("ett sms när den är klar … räcker gott"): the wish is read, and what it is to say is left for the kind', () => {
  const t = 'ett sms när den är klar för upphämtning räcker gott';
  assert.ok(wishesIn(t).has('sms'));
  assert.match(withoutWishes(t), /klar for upphamtning/);
});

test('calls asked to stop are a refusal, and a text asked for "hellre" or with "ge mig" is a wish', () => {
  assert.ok(wishesIn('sluta ringa mig med erbjudanden').has('noCall'));
  assert.equal(wishesIn('sluta ringa mig med erbjudanden').has('call'), false);
  assert.ok(wishesIn('please stop calling me about the warranty').has('noCall'));
  assert.notEqual(first('sluta ringa mig med erbjudanden, och ta bort mitt nummer'), 'callback');
  assert.ok(wishesIn('skicka hellre ett sms när den är klar').has('sms'));
  assert.ok(wishesIn('ge mig ett sms när bordet lämnar lagret').has('sms'));
  assert.equal(first('ge mig ett sms när bordet lämnar lagret'), 'sms');
});

test('"få ett samtal" and "någon som kan ringa" wish for a call; "behöver inte svara på mejl, här räcker" keeps the chat; "the answer in an email" is a wish for writing', () => {
  assert.ok(wishesIn('kan jag få ett samtal om fakturan?').has('call'));
  assert.ok(wishesIn('finns det någon som kan ringa mig i eftermiddag?').has('call'));
  assert.ok(wishesIn('ni behöver inte svara på mejl, här räcker').has('noEmail'));
  assert.ok(wishesIn('ni behöver inte svara på mejl, här räcker').has('here'));
  assert.equal(first('har ni öppet på trettondagen? behöver inte svara på mejl, här räcker', { channel: 'chat' }), 'chat');
  assert.ok(wishesIn("I'd prefer the answer in an email").has('writing'));
  assert.ok(wishesIn('jag vill ha svaret på mejl').has('writing'));
});

test('"sms funkar inte för mig" refuses a text; "a text … would be ace" wishes for one, and leaves what it is about for the kind', () => {
  assert.ok(wishesIn('sms funkar inte för mig, svara här').has('noSms'));
  assert.equal(wishesIn('sms funkar inte för mig, svara här').has('sms'), false);
  assert.ok(wishesIn('a text when the order ships would be ace').has('sms'));
  assert.match(withoutWishes('a text when the order ships would be ace'), /when the order ships/);
});

test('"sms när skickad" and "mejla svaret" are wishes in few words; a text that came when something happened is none', () => {
  assert.ok(wishesIn('sms när skickad').has('sms'));
  assert.equal(wishesIn('jag fick sms när den skickades men inget mer').has('sms'), false);
  assert.ok(wishesIn('mejla svaret, tack: hur bred är soffan?').has('writing'));
});

test('in few words: "sms mig", "text when …", a bare "ring" ending a line and "ring o …" opening one are wishes; a ring that is a thing is none', () => {
  assert.ok(wishesIn('sms mig när paketet kommit').has('sms'));
  assert.ok(wishesIn('text when it ships').has('sms'));
  assert.equal(wishesIn('I got a text when it shipped').has('sms'), false);
  assert.ok(wishesIn('diskmaskinen läcker, ring').has('call'));
  assert.ok(wishesIn('ring o förklara fakturan').has('call'));
  assert.equal(wishesIn('har ni storlek 17 på den här ring').has('call'), false);
  assert.equal(wishesIn('jag köpte en ring').has('call'), false);
});

test('"a text is easiest for me" wishes for one', () => {
  assert.ok(wishesIn('a text is easiest for me').has('sms'));
});

test('"skicka en txt" and "ring å …" are wishes as typed', () => {
  assert.ok(wishesIn('skicka en txt när den går iväg').has('sms'));
  assert.ok(wishesIn('ring å förklara fakturan').has('call'));
});

test('"bung me a text" and "I need a phone call" are wishes', () => {
  assert.ok(wishesIn('bung me a text when it ships').has('sms'));
  assert.ok(wishesIn('I need a phone call today about this').has('call'));
});
