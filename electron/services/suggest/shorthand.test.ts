import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold } from './lexicon';
import { spelledOut } from './shorthand';
import { wishesIn } from './wishes';
import { cuesIn } from './cues';

test('words typed in a hurry are spelled out, whole words only', () => {
  assert.equal(spelledOut('ring mej o sms:a ngn gang, e det ok?'), 'ring mig och sms:a nagon gang, ar det ok?');
  assert.equal(spelledOut('can u txt me pls, thx'), 'can you text me please, thanks');
  // not inside a word, nor beside a hyphen or an apostrophe: "e-post", "u-lock", "don't"
  assert.equal(spelledOut('min e-post och mitt u-lock'), 'min e-post och mitt u-lock');
  assert.equal(spelledOut("don't use the o-ring"), "don't use the o-ring");
  assert.equal(spelledOut('ursnygg ur lagret'), 'ursnygg ur lagret');
  assert.equal(spelledOut('passar en 60 w glodlampa?'), 'passar en 60 w glodlampa?');
  assert.equal(spelledOut('we went to a&e, e.g. the one in town, or a and e'), 'we went to a&e, e.g. the one in town, or a and e');
  // every reader of the text reads it spelled out
  assert.equal(fold('Ring MEJ'), 'ring mig');
});

test('hurried wishes and repeat contacts are read as the spelled-out ones', () => {
  assert.ok(wishesIn('ringmig nar ni kan om min order').has('call'));
  assert.ok(wishesIn('har skrivit om diskmaskinen, ring mej istallet').has('call'));
  assert.ok(wishesIn('can u txt me when it ships').has('sms'));
  assert.ok(cuesIn('har skrivit 2 ggr nu om den trasiga diskmaskinen').has('repeatStated'));
});
