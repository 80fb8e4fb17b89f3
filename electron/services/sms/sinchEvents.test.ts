import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failureKindOf, laterReceipt, readSinchEvent } from './sinchEvents';

// shaped as the Conversation API's callback examples (developers.sinch.com/docs/conversation/callbacks)
const report = (status: string, channel: string, reason?: object) =>
  JSON.stringify({
    app_id: '01APP',
    accepted_time: '2026-12-01T22:45:01.000Z',
    event_time: '2026-12-01T22:45:02.123456789Z',
    project_id: 'p',
    message_delivery_report: { message_id: '01MSG', conversation_id: '01CONV', status, channel_identity: { channel, identity: '46701234567', app_id: '01APP' }, contact_id: '01C', ...(reason ? { reason } : {}) },
    message_metadata: '',
  });

test('delivery reports: status, channel, a switch to SMS, and why a message failed', () => {
  assert.deepEqual(readSinchEvent(report('DELIVERED', 'RCS')), { kind: 'report', messageId: '01MSG', receipt: 'delivered', via: 'rcs', switchedToSms: false, failure: null, failureKind: null });
  const switched = readSinchEvent(report('SWITCHING_CHANNEL', 'RCS', { code: 'RECIPIENT_NOT_REACHABLE', description: 'no RCS' }));
  assert.deepEqual(switched, { kind: 'report', messageId: '01MSG', receipt: null, via: 'sms', switchedToSms: true, failure: null, failureKind: null });
  const failed = readSinchEvent(report('FAILED', 'SMS', { code: 'RECIPIENT_INVALID_CHANNEL_IDENTITY', description: 'The number is not valid' }));
  assert.equal(failed?.kind === 'report' && failed.failure, 'RECIPIENT_INVALID_CHANNEL_IDENTITY: The number is not valid');
  assert.equal(failed?.kind === 'report' && failed.failureKind, 'invalid');
  assert.equal(readSinchEvent(report('READ', 'RCS'))?.kind === 'report' && (readSinchEvent(report('READ', 'RCS')) as { receipt: string }).receipt, 'read');
});

test('inbound: a text, a tapped choice with its postback; from the phone number as +E.164', () => {
  const inbound = (contact_message: object, channel = 'SMS') =>
    JSON.stringify({ app_id: '01APP', accepted_time: '2026-12-01T22:45:01.000Z', message: { id: '01IN', direction: 'TO_APP', contact_message, channel_identity: { channel, identity: '46701234567', app_id: '01APP' }, conversation_id: 'c', contact_id: 'k', accept_time: '2026-12-01T22:45:00.500Z' } });
  assert.deepEqual(readSinchEvent(inbound({ text_message: { text: 'STOPP' } })), { kind: 'text', id: '01IN', from: '+46701234567', text: 'STOPP', at: Date.parse('2026-12-01T22:45:00.500Z'), via: 'sms' });
  assert.deepEqual(readSinchEvent(inbound({ choice_response_message: { message_id: '01MSG', postback_data: 'cb:x:confirm' } }, 'RCS')), {
    kind: 'choice',
    id: '01IN',
    from: '+46701234567',
    messageId: '01MSG',
    postback: 'cb:x:confirm',
    at: Date.parse('2026-12-01T22:45:00.500Z'),
    via: 'rcs',
  });
});

test('what is not a callback Växel uses is read as other; what is not Sinch’s shape is refused', () => {
  assert.deepEqual(readSinchEvent(JSON.stringify({ app_id: 'a', capability_notification: { channel: 'RCS', capability_status: 'CAPABILITY_FULL' } })), { kind: 'other' });
  assert.equal(readSinchEvent('not json'), null);
  assert.equal(readSinchEvent(JSON.stringify({ message_delivery_report: { status: 'DELIVERED' } })), null, 'no message id');
});

test('reports that cross do not move a message backwards; a failure after delivery does not undo it', () => {
  assert.equal(laterReceipt('read', 'delivered'), 'read');
  assert.equal(laterReceipt(undefined, 'sent'), 'sent');
  assert.equal(laterReceipt('delivered', 'failed'), 'delivered');
  assert.equal(laterReceipt('sent', 'failed'), 'failed');
  assert.equal(laterReceipt('failed', 'delivered'), 'delivered', 'delivered by SMS after RCS failed');
  assert.equal(failureKindOf('RECIPIENT_NOT_REACHABLE', 'RCS'), 'noRcs');
  assert.equal(failureKindOf('RECIPIENT_NOT_REACHABLE', 'SMS'), 'unreachable');
  assert.equal(failureKindOf('RATE_LIMITED', 'SMS'), 'rateLimit');
  assert.equal(failureKindOf('SOMETHING_NEW', 'SMS'), 'other');
});
