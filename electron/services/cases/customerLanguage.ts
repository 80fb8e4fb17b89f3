import type { Language } from '../../../shared/domain/settings';
import { detectLanguage } from '../suggest/signals';
import type { CaseDeps } from './caseCommands';

/** Below this many words the customer's language is a guess not worth making. */
const ENOUGH_WORDS = 4;

/**
 * The language to write to this case's customer in: what their chat widget speaks, else what
 * they wrote in, else the shop's own language. Texts to customers (an e-mail after a chat, a
 * callback notice) follow the customer, whatever language the agent's window is in.
 */
export function customerLanguage(d: Pick<CaseDeps, 'repos'>, caseId: string, messages?: Array<{ direction: string; bodyText: string }>): Language {
  const chat = d.repos.chat.ofCase(caseId);
  if (chat?.lang) return chat.lang;
  // the case view has its messages already: they are not read a second time
  const words = (messages ?? d.repos.messages.listByCase(caseId))
    .filter((m) => m.direction === 'in')
    .map((m) => m.bodyText)
    .join('\n')
    .slice(0, 4000);
  if (words.split(/\s+/).filter(Boolean).length >= ENOUGH_WORDS) return detectLanguage(words);
  const shop = d.repos.settings.get().language;
  return shop === 'en' ? 'en' : 'sv';
}
