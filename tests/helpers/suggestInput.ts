import type { SuggestInput } from '../../electron/services/suggest/signals';

/**
 * A first chat line with no history, the shop open and nothing waited: the input the suggestion
 * tests start from, each overriding what its case is about.
 */
export const chatLine: SuggestInput = { channel: 'chat', text: '', turns: 1, attachments: 0, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, hasPhone: false, hasEmail: false };
