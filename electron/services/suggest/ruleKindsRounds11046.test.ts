import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { cuesIn } from './cues';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';

// The kinds taught by the development rounds from line 11046 on ('general' messages put in other
// kinds' words); each test fails on the code before its rule.

test('a complaint\'s word said not to be one makes no complaint, and no reason to write', () => {
  assert.equal(kind("I'm not complaining, just wondering why the candles are made in China now"), 'general');
  assert.equal(kind('inte för att klaga, men varför har ni bytt logga?'), 'general');
  assert.equal(advice('chat', "this isn't a complaint, just wondering why the mugs cost more now?").channel[0]?.value, 'chat');
  // (a fault told beside it stays one)
  assert.equal(kind("not complaining about the price, but the lamp stopped working after a week"), 'complaint');
});

test('contempt shown by the staff is the service at fault', () => {
  assert.equal(kind('he rolled his eyes when I asked for a bag'), 'complaint');
  assert.equal(kind('hon himlade med ögonen när jag bad om en påse'), 'complaint');
});

test('what the shop belongs to, and an event near it, are the shop\'s own matters', () => {
  // (the rules alone say 'general' when nothing fires: the cue is what is tested)
  assert.ok(cuesIn('är ni medlemmar i Svensk Handel?').has('aboutShop'));
  assert.ok(cuesIn('Could you tell me if you are members of the Fair Wear Foundation?').has('aboutShop'));
  assert.ok(cuesIn('arrangerar ni julmarknaden på söndag?').has('aboutShop'));
  // (a day named beside it asks no hours)
  assert.equal(advice('chat', 'are you running the christmas market on the square this saturday?').intent.value, 'general');
});

test('who in the shop can see what the customer bought is a privacy question', () => {
  assert.equal(kind('who at your shop can see my order history?'), 'privacy');
  assert.equal(kind('vem av er kan se mina köp?'), 'privacy');
});

test('a thing bought for someone who already has it is to be returned', () => {
  assert.equal(kind('I bought the board game for my nephew but he already has one'), 'returns');
  assert.equal(kind('köpte en kastrull till min syster men hon har redan en likadan'), 'returns');
  // (a fault told with it stays a fault)
  assert.equal(kind('I bought a kettle for my dad, he already has one but this one leaks anyway'), 'complaint');
});

test('a card named on a visit, or a picture the customer saw, asks nothing to be written', () => {
  assert.equal(advice('chat', 'is there a cash machine close to you? my card is foreign').channel[0]?.value, 'chat');
  assert.equal(advice('chat', 'saw a photo of your old shop front on facebook, when did you move?').channel[0]?.value, 'chat');
});
