import { resolveLanguage } from '../../../shared/domain/settings';
import type { CaseDeps } from '../cases/caseCommands';

const HEADINGS = { sv: 'Vår chatt', en: 'Our chat' };

/** A chat as plain text for an e-mail: each line with its time (shop's time zone) and who wrote it. */
export function chatTranscript(d: CaseDeps & { info: { osLocale: string } }, caseId: string): string {
  const settings = d.repos.settings.get();
  const lang = resolveLanguage(settings.language, d.info.osLocale);
  const time = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: settings.timeZone, dateStyle: 'short', timeStyle: 'short' });
  const lines = d.repos.messages
    .listByCase(caseId)
    .filter((m) => m.channel === 'chat' && m.direction !== 'note')
    .map((m) => `[${time.format(m.createdAt)}] ${m.author || (m.direction === 'in' ? '?' : '')}: ${m.bodyText}${m.attachments.length ? ` (${m.attachments.map((a) => a.filename).join(', ')})` : ''}`);
  return [`— ${HEADINGS[lang]} —`, ...lines].join('\n');
}
