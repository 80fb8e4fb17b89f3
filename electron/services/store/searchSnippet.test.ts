import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchCount, searchTerms, snippetOf as snippetOfTokens, tokensOf } from './searchSnippet';

const snippetOf = (text: string, terms: string[], size?: number) => snippetOfTokens(tokensOf(text), terms, size);
const shown = (s: string) => s.replace(/\u0002/g, '[').replace(/\u0003/g, ']');

test('query words are read as the index reads them: letters and digits, no case, no diacritics', () => {
  assert.deepEqual(searchTerms('Återköp e-post 10482!'), ['aterkop', 'e', 'post', '10482']);
  assert.deepEqual(searchTerms('  ...  '), []);
});

test('a snippet marks every prefix match, without case or diacritics, in the words of the text', () => {
  const text = 'Hej! Jag vill göra en återbetalning av kaffekvarnen, order 10482. Den kom trasig.';
  assert.equal(shown(snippetOf(text, searchTerms('aterbetal kaffekvarn'))), '…Jag vill göra en [återbetalning] av [kaffekvarnen], order 10482. Den kom trasig');
  assert.equal(matchCount(tokensOf(text), searchTerms('trasig order')), 2);
  assert.equal(matchCount(tokensOf(text), searchTerms('espresso')), 0);
});

test('a long text shows the window with the most different terms, with ellipses where it goes on', () => {
  const filler = Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' ');
  const text = `Leverans nämns här. ${filler} Här står både leverans och faktura tillsammans. ${filler}`;
  const s = shown(snippetOf(text, searchTerms('leverans faktura')));
  assert.match(s, /^….*\[leverans\] och \[faktura\].*…$/);
  assert.ok(s.replace(/[…[\]]/g, '').trim().split(/\s+/).length <= 12);
});

test('a text without a match still gives its start, and no text gives nothing', () => {
  assert.equal(snippetOf('Tack för hjälpen med beställningen i går', ['zz'], 4), 'Tack för hjälpen med…');
  assert.equal(snippetOf('', ['a']), '');
});
