import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeSignals, countQuestions, detectLanguage, shouting, type SuggestInput } from './signals';
import { chatLine } from '../../../tests/helpers/suggestInput';

const base = chatLine;
const ids = (i: Partial<SuggestInput>) => computeSignals({ ...base, ...i }).map((s) => s.id).sort();
const one = (i: Partial<SuggestInput>, id: string) => computeSignals({ ...base, ...i }).find((s) => s.id === id);

test('a short single question is a quick question; a complaint, a document or an upset tone is not', () => {
  assert.deepEqual(ids({ text: 'Har ni öppet på lördag?' }), ['quickQuestion']);
  assert.ok(!ids({ text: 'Lampan är trasig' }).includes('quickQuestion'));
  assert.ok(!ids({ text: 'Kan ni skicka ett kvitto?' }).includes('quickQuestion'));
  assert.ok(!ids({ text: 'VAR ÄR MITT PAKET!!' }).includes('quickQuestion'));
});

test('length and the number of questions', () => {
  assert.equal(countQuestions('Vilken? Hur? Varför?'), 3);
  assert.deepEqual(one({ text: 'Vilken? Hur? Varför? När?' }, 'manyQuestions')?.evidence, ['4']);
  assert.ok(one({ text: 'ord '.repeat(120) }, 'longText')!.strength > 0.6);
});

test('complaint, damage, sensitive matters and documents are found in Swedish and English, with their words', () => {
  assert.ok(one({ text: 'Jag vill reklamera, den fungerar inte' }, 'complaint')!.evidence.includes('fungerar inte'));
  assert.ok(one({ text: 'The vase arrived broken' }, 'complaint')!.evidence.includes('broken'));
  assert.deepEqual(one({ text: 'Fakturan är fel, jag blev dubbeldebiterad' }, 'sensitive')!.evidence, ['fakturan', 'dubbeldebiter']);
  assert.ok(one({ text: 'Please delete my personal data' }, 'sensitive'));
  assert.deepEqual(one({ text: 'Jag bifogar kvitto och bilder' }, 'documents')!.evidence, ['kvitto', 'bilder', 'bifoga']);
  assert.ok(one({ text: 'ok', attachments: 2 }, 'attachments'));
});

test('anger from words and from shouting; diacritics are optional', () => {
  assert.ok(one({ text: 'Helt oacceptabelt' }, 'anger'));
  assert.ok(one({ text: 'helt oacceptabelt'.normalize('NFD').replace(/[\u0300-\u036f]/g, '') }, 'anger'));
  assert.ok(shouting('Det här är FJÄRDE gången jag SKRIVER') > 0.5, 'words in capitals among ordinary ones');
  assert.ok(shouting('VAR ÄR MITT PAKET NU!!') > 0.15, 'a text in capitals still shouts with its !!');
  assert.equal(shouting('Hej, tack för hjälpen'), 0);
  assert.ok(one({ text: 'Varför svarar ingen!!!' }, 'anger'));
});

test('urgency, a wish to talk, turns, repeat contact, closed shop and a long wait', () => {
  assert.ok(one({ text: 'Det är akut, jag behöver den i dag' }, 'urgency')!.evidence.includes('akut'));
  assert.ok(one({ text: 'Kan ni ringa mig?' }, 'phoneWish'));
  assert.equal(one({ text: 'x', turns: 3 }, 'manyTurns'), undefined);
  assert.ok(one({ text: 'x', turns: 10 }, 'manyTurns')!.strength > 0.7);
  assert.ok(one({ text: 'x', history: { channels: ['email'], sameIntent: 2 } }, 'repeatContact'));
  assert.ok(one({ text: 'x', openNow: false }, 'closedNow'));
  assert.equal(one({ text: 'x', waitRatio: 0.3 }, 'waitedLong'), undefined);
  assert.deepEqual(one({ text: 'x', waitRatio: 1.5 }, 'waitedLong')!.evidence, ['150%']);
});

test('the language of a message', () => {
  assert.equal(detectLanguage('Hej, var är mitt paket?'), 'sv');
  assert.equal(detectLanguage('Hi, where is my parcel?'), 'en');
});

test('waiting is told in hours past the target, not as a percentage', async () => {
  const { reasonOf } = await import('./reasons');
  const late = computeSignals({ ...base, waitRatio: 38, waitTargetMs: 3_600_000 }).find((s) => s.id === 'waitedLong')!;
  assert.equal(reasonOf(late).sv, '37 h över svarsmålet');
  assert.equal(reasonOf(late).en, '37 h past the response target');
  const soon = computeSignals({ ...base, waitRatio: 0.75, waitTargetMs: 80 * 60_000 }).find((s) => s.id === 'waitedLong')!;
  assert.equal(reasonOf(soon).sv, '20 min kvar till svarsmålet');
});

test("the shop's own website at fault is a quick question in the chat, not a complaint about a thing bought", () => {
  assert.equal(one({ text: 'er kassa fungerar inte i Safari, knappen gör ingenting' }, 'complaint'), undefined);
  assert.ok(one({ text: 'er kassa fungerar inte i Safari, knappen gör ingenting' }, 'quickQuestion'));
  assert.ok(one({ text: 'lampan fungerar inte, den blinkar bara' }, 'complaint'));
});

test('a text written all in capitals is no shouting by its capitals', () => {
  assert.equal(shouting('HEJ, VILKA ÖPPETTIDER HAR NI PÅ LÖRDAG?'), 0);
  assert.equal(one({ text: 'HEJ, VILKA ÖPPETTIDER HAR NI PÅ LÖRDAG?' }, 'anger'), undefined);
});

test('a login that fails is no fault of a thing bought: a password case asked in the chat stays there', () => {
  const text = 'inloggningen funkar inte, den säger fel lösenord fast jag bytt';
  const login = computeSignals({ ...base, text }, { kind: { intent: 'password', words: ['lösenord'] } });
  assert.equal(login.find((s) => s.id === 'complaint'), undefined);
  const lamp = computeSignals({ ...base, text: 'lampan funkar inte' }, { kind: { intent: 'complaint', words: [] } });
  assert.ok(lamp.find((s) => s.id === 'complaint'));
});

test('"anmäla sig" is signing up, no threat to report the shop; blisters round the mouth are a health problem', () => {
  assert.equal(one({ text: 'var anmäler man sig till nyhetsbrevet?' }, 'anger'), undefined);
  assert.ok(one({ text: 'svara nu eller så ska jag anmäla er till ARN' }, 'anger'));
  assert.ok(one({ text: 'efter krämen har jag fått blåsor runt munnen' }, 'safety'));
  assert.equal(one({ text: 'nya skorna gav blåsor på hälarna' }, 'safety'), undefined);
});

test('a parent\'s old age told without "år", and sight that fails a person, are a vulnerable customer; a thing that looks bad is not', () => {
  assert.ok(one({ text: 'min pappa är 88 och har fått en lampa från er' }, 'vulnerable'));
  assert.ok(one({ text: 'my mum is 91 and cannot open the parcel' }, 'vulnerable'));
  assert.ok(one({ text: 'hon ser dåligt och hittar inte knappen' }, 'vulnerable'));
  assert.equal(one({ text: 'lampan ser dåligt ut i vårt rum' }, 'vulnerable'), undefined);
  assert.equal(one({ text: 'min pappa är 45 och vill ha en ny jacka' }, 'vulnerable'), undefined);
});

test('a thing that could have started to burn is a safety problem', () => {
  assert.ok(one({ text: 'värmefläkten stängde inte av sig när den tippade, det kunde ha börjat brinna' }, 'safety'));
  assert.ok(one({ text: 'laddaren kan ta eld om man inte drar ur den' }, 'safety'));
});

test('patience lost, told, is anger', () => {
  assert.ok(one({ text: "third time I'm writing and I'm losing patience" }, 'anger'));
  assert.ok(one({ text: 'jag tappar tålamodet med er nu' }, 'anger'));
});

test('a receipt the customer does not have is no document to send', () => {
  assert.equal(ids({ text: 'kan jag lämna tillbaka en present utan kvitto?' }).includes('documents'), false);
  assert.ok(ids({ text: 'kan ni skicka ett kvitto på köpet?' }).includes('documents'));
});

test('another colour asked for in an exchange is no fault, so the chat keeps it', () => {
  assert.equal(ids({ text: 'jag vill byta tröjan mot en annan färg, hur gör jag?' }).includes('complaint'), false);
  assert.ok(ids({ text: 'tröjan hade en annan färg än på bilden' }).includes('complaint'));
});

test('a thank-you for help given to an elderly mother calls for no voice; a question about her does', () => {
  assert.equal(ids({ text: 'I would like to compliment Sara, who went out of her way to help my elderly mother. Kind regards, Peter' }).includes('vulnerable'), false);
  assert.ok(ids({ text: 'my elderly mother ordered the wrong chair, can you help?' }).includes('vulnerable'));
});

test('a thing named by its abbreviation in capitals is no shouting; a word shouted still is', () => {
  assert.equal(ids({ text: 'funkar dimmern med LED-lampor?' }).includes('anger'), false);
  assert.ok(ids({ text: 'jag vill INTE bli uppringd' }).includes('anger'));
});

test('"???" is one question asked loudly; "!!" beside a friendly face or after a greeting or a thank-you is glad, not angry', () => {
  assert.equal(countQuestions('hej var e mitt paket??? har vänta i 2 veckor'), 1);
  assert.equal(countQuestions('när? var? hur?'), 3);
  assert.equal(shouting('hej!! 😊 när kommer min beställning? 🙏'), 0);
  assert.equal(shouting('tusen tack!! när kommer paketet?'), 0);
  assert.ok(shouting('var är mitt paket!! tredje gången jag frågar!!') > 0.15);
});
