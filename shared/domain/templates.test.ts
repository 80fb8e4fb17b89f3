import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTemplate, templateVars } from './templates';

test('variables are filled; unknown ones stay visible; a missing name leaves no stray space', () => {
  const vars = templateVars({ customerName: 'Åsa Lindqvist', agentName: 'Maja', caseNumber: 12, subject: 'Lampa' });
  assert.equal(renderTemplate('Hej {{customer.firstName}}! Ärende {{case.number}}. /{{agent.name}} {{order.id}}', vars), 'Hej Åsa! Ärende #12. /Maja {{order.id}}');
  assert.equal(renderTemplate('Hej {{customer.firstName}}!', templateVars({ customerName: null, agentName: '', caseNumber: 1, subject: '' })), 'Hej!');
});

test('an order number is found in the customer’s words; unfilled variables are listed for a prompt', async () => {
  const { findOrderNumber, missingVariables, templateVars, renderTemplate } = await import('./templates');
  assert.equal(findOrderNumber('Hej, var är min beställning #48213?'), '48213');
  assert.equal(findOrderNumber('Where is order no. 55120'), '55120');
  assert.equal(findOrderNumber('Ordernummer: 1234567'), '1234567');
  assert.equal(findOrderNumber('Jag ringde 3 gånger 2024'), null);
  const vars = templateVars({ customerName: 'Åsa Lind', agentName: 'Maja', caseNumber: 7, subject: 'Leverans', text: 'order 48213 har inte kommit' });
  assert.equal(renderTemplate('Order {{order.number}}', vars), 'Order 48213');
  assert.deepEqual(missingVariables('Hej {{customer.firstName}}, vi ringer {{callback.time}} om {{order.number}}', vars), ['callback.time']);
});
