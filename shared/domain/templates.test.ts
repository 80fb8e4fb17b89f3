import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTemplate, templateVars } from './templates';

test('variables are filled; unknown ones stay visible; a missing name leaves no stray space', () => {
  const vars = templateVars({ customerName: 'Åsa Lindqvist', agentName: 'Maja', caseNumber: 12, subject: 'Lampa' });
  assert.equal(renderTemplate('Hej {{customer.firstName}}! Ärende {{case.number}}. /{{agent.name}} {{order.id}}', vars), 'Hej Åsa! Ärende #12. /Maja {{order.id}}');
  assert.equal(renderTemplate('Hej {{customer.firstName}}!', templateVars({ customerName: null, agentName: '', caseNumber: 1, subject: '' })), 'Hej!');
});
