import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtInKindModel, blendKinds } from './kindModel';
import { withoutSignOff } from './signOff';

test('a sign-off on the last line is cut: a slash and a name, a closing and a name, a title or a firm', () => {
  assert.equal(withoutSignOff('Hej, tre tallrikar var trasiga. Skickar ni ersättning? /Birgitta'), 'Hej, tre tallrikar var trasiga. Skickar ni ersättning?');
  assert.equal(withoutSignOff('Vad blir priset? Med vänlig hälsning, Lotta Ek, HR'), 'Vad blir priset?');
  assert.equal(withoutSignOff('Vi vill byta. /Fredrik och Jenny'), 'Vi vill byta.');
  assert.equal(withoutSignOff('Could you text me? Thanks, Greta'), 'Could you text me?');
  assert.equal(withoutSignOff('Kan ni kolla? Tack på förhand! Mvh Anna'), 'Kan ni kolla?');
});

test('what only looks like a sign-off is kept: a thank-you in a sentence, a fraction, a message that is all thanks', () => {
  for (const t of ['Hej! Tack Jenny för all hjälp igår, vi är jättenöjda.', 'Tack Jenny för hjälpen!', 'kan jag få 1/2 kilo?', 'the best Price please', 'Hello, I love it. Thanks']) assert.equal(withoutSignOff(t), t);
});

test("the writer's name is never shown as a reason for the kind", () => {
  // the kind model alone names these ("birgitta" was the second and third word of its reasons)
  for (const text of ['Den är trasig och jag vill ha ersättning. /Birgitta', 'Min lampa har slutat lysa. /Birgitta']) {
    const found = blendKinds([], builtInKindModel(), text);
    assert.equal(found[0]?.intent, 'complaint');
    assert.ok(!found[0]!.words.includes('birgitta'), found[0]!.words.join(', '));
  }
});
