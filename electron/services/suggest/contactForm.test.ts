import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formMessage } from './contactForm';
import { kindOf } from './engine';

const asMailed = ['Namn: Eva Lind', 'E-post: eva.lind@example.se', 'Ordernummer: 48812', 'Ämne: Övrigt', 'Meddelande:', 'Hej, jag skickade tillbaka stövlarna för två veckor sedan. När kommer pengarna?'].join('\n');

test("a contact form's mail is read as the customer's message, line by line or run together on one line", () => {
  assert.equal(formMessage(asMailed), 'Hej, jag skickade tillbaka stövlarna för två veckor sedan. När kommer pengarna?');
  assert.equal(formMessage('Name: Ben Carter Email: ben.c@example.com Order no: 55903 Subject: Refund Message: Where is my refund?'), 'Where is my refund?');
});

test('words that only look like a form are read whole: one field label before "meddelande:", no message label, an empty message', () => {
  const own = 'Jag skrev ordernummer: 4411 i förra mejlet. Meddelande: ni har inte svarat';
  assert.equal(formMessage(own), own);
  const noMessage = 'Namn: Eva Lind E-post: eva@example.se Ämne: Retur';
  assert.equal(formMessage(noMessage), noMessage);
  const empty = 'Namn: Eva Lind E-post: eva@example.se Ämne: Retur Meddelande: ';
  assert.equal(formMessage(empty), empty);
});

test("the form's fields choose no kind: an order number field beside a refund awaited after a return is a return", () => {
  assert.equal(kindOf('Name: Ben Carter Email: ben.c@example.com Order no: 55903 Subject: Refund Message: I sent the jeans back two weeks ago and tracking says you received them on Monday. When will the refund come through?'), 'returns');
});
