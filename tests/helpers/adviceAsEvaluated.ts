import { suggest } from '../../electron/services/suggest/engine';
import { evalInput } from '../../electron/services/suggest/evaluate';
import templates from '../../resources/templates/default-templates.json';

const TEMPLATES = templates as Parameters<typeof suggest>[1];

/**
 * A message's advice as the evaluation reads it: through the whole engine, the rules and the shipped
 * kind model, a first contact with no phone on the case (evaluate.ts's evalInput).
 */
export const adviceAsEvaluated = (channel: 'chat' | 'email' | 'sms', text: string) =>
  suggest(evalInput({ channel, text, turns: 1, hasPhone: false, attachments: 0, expect: { channel: '', kind: '' } }), TEMPLATES);
