import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customerWords, splitMailWords } from './customerWords';
import { suggest } from './engine';
import type { SuggestInput } from './signals';

test("Gmail's and Apple Mail's reply headers, in Swedish and English, end the customer's words", () => {
  const gmail = 'Tack, då väntar jag på paketet!\n\nDen tors 3 dec. 2026 kl 10:12 skrev Butiken <info@butik.se>:\n> Hej! Din retur är mottagen och pengarna betalas tillbaka inom fem dagar.\n';
  assert.equal(customerWords(gmail), 'Tack, då väntar jag på paketet!');
  const apple = 'Great, thanks.\n\n> 3 dec. 2026 kl. 10:12 skrev Butiken <info@butik.se>:\n> Din faktura är rättad.';
  assert.equal(customerWords(apple), 'Great, thanks.');
  const wrapped = 'Still no parcel.\n\nOn Thu, 3 Dec 2026 at 10:12, Shop <\ninfo@shop.se> wrote:\n\n> Your parcel left our warehouse today.';
  assert.equal(customerWords(wrapped), 'Still no parcel.');
});

test("Outlook's original-message block and header block end the customer's words", () => {
  const marker = 'Jag har fortfarande inte fått pengarna.\n\n-----Ursprungligt meddelande-----\nFrån: Butiken\nSkickat: den 3 december 2026 10:12\nÄmne: Din retur\n\nHej! Vi har tagit emot din retur.';
  assert.equal(customerWords(marker), 'Jag har fortfarande inte fått pengarna.');
  const block = 'Please call me instead.\n\nFrom: Shop <info@shop.se>\nSent: Thursday, December 3, 2026 10:12\nTo: Anna\nSubject: Your invoice\n\nWe have corrected your invoice.';
  assert.equal(customerWords(block), 'Please call me instead.');
});

test("a signature, and a phone's line, end the customer's words", () => {
  assert.equal(customerWords('Var är mitt paket?\n\nSkickat från min iPhone'), 'Var är mitt paket?');
  assert.equal(customerWords('Where is my parcel?\n-- \nJohn Smith\nMobile +44 7700 900123'), 'Where is my parcel?');
});

test("the customer's own words are kept whole: a date or 'skrev' in them is no header, and a mail that is all quote keeps its text", () => {
  const own = 'Jag skrev till er den 3 december om stolen.\nNi skrev att den skulle komma i tisdags, men den har inte kommit.';
  assert.equal(customerWords(own), own);
  assert.equal(customerWords('> Hej! Din retur är mottagen.'), '> Hej! Din retur är mottagen.');
});

const base: SuggestInput = { channel: 'email', text: '', turns: 2, attachments: 0, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, hasPhone: false, hasEmail: true };

test("the advice reads the customer's words, not the shop's quoted answer", () => {
  const reply = 'Tack så mycket!\n\nDen tors 3 dec. 2026 kl 10:12 skrev Butiken <info@butik.se>:\n> Hej! Din retur är mottagen och pengarna för returen betalas tillbaka inom fem dagar. Returfraktsedeln gäller i 30 dagar.';
  assert.equal(suggest({ ...base, text: customerWords(reply) }, []).intent.value, 'general');
  assert.equal(suggest({ ...base, text: reply }, []).intent.value, 'returns', 'read whole, the quote decides');
});

test("a line of the customer's own that says 'skrev' and ends with a colon is no header", () => {
  const own = 'Jag skrev till er den 3 december och fick detta svar:\n"vi återkommer"\nMen ingen har återkommit.';
  assert.equal(customerWords(own), own);
});

test('a signature block after a closing on its own line ends the words; a closing inside the text does not', () => {
  assert.equal(customerWords('har ni öppet nu?\n\nMed vänliga hälsningar\nAnna Svensson\nTel: 070-123 45 67'), 'har ni öppet nu?');
  assert.equal(customerWords('Where is my order?\n\nKind regards,\nJohn Smith\nHead of Purchasing\nAcme Ltd'), 'Where is my order?');
  assert.equal(customerWords('Tack för hjälpen!\nMvh Anna'), 'Tack för hjälpen!');
  assert.equal(customerWords('Hej, lampan flimrar. Mvh Anna'), 'Hej, lampan flimrar. Mvh Anna', 'a sign-off on the same line stays');
  assert.equal(customerWords('Mvh Anna'), 'Mvh Anna', 'a closing and nothing else is kept rather than lost');
  const long = 'Hej,\nlampan flimrar.\nBästa hälsningar\n' + 'Det här är en lång rad som inte är någon signatur utan fortsätter berätta om lampan och felet.';
  assert.equal(customerWords(long), long, 'a long line after it is no signature');
});

test('"Best," alone closes a mail; a last line that starts with "Best" and asks for something does not', () => {
  assert.equal(customerWords('Where is my order?\n\nBest,\nTom'), 'Where is my order?');
  assert.equal(customerWords('Hi,\nwe need 40 chairs.\nBest price possible please'), 'Hi,\nwe need 40 chairs.\nBest price possible please');
});

test('a reply header or a forwarded-message separator inside a line (a mail that lost its line breaks) ends the words there', () => {
  const sv = 'Det har fortfarande inte kommit något. /Per > Den 1 dec. 2026 kl. 08:02 skrev Lampbutiken <info@lamp.se>: > Din order har skickats.';
  assert.deepEqual(splitMailWords(sv), { own: 'Det har fortfarande inte kommit något. /Per', quoted: '> Den 1 dec. 2026 kl. 08:02 skrev Lampbutiken <info@lamp.se>: > Din order har skickats.' });
  const en = 'Great, thanks! Best, Jo > On Mon, 30 Nov, Shop wrote: > Your refund is on its way.';
  assert.equal(customerWords(en), 'Great, thanks! Best, Jo');
  const forwarded = 'Se nedan, varför har jag fått två? ---------- Vidarebefordrat meddelande --------- Från: Butiken Orderbekräftelse 4411';
  assert.equal(customerWords(forwarded), 'Se nedan, varför har jag fått två?');
  assert.match(splitMailWords(forwarded).quoted, /^-+ Vidarebefordrat meddelande -+ Från: Butiken Orderbekräftelse 4411$/);
});

test("the customer's own dates and 'skrev'/'wrote' inside a line are no header", () => {
  const own = 'Hej, den 3 december skrev jag till er: var är stolen? On 5 Dec I wrote: still nothing.';
  assert.deepEqual(splitMailWords(own), { own, quoted: '' });
});
