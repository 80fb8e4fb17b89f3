import { AppError } from '../../shared/contract/errors';
import type { Services } from '../services/app/createServices';

type Out = { log(s: string): void; err(s: string): void };

/** npm run cli -- suggest --channel chat|email --text TEXT [--turns N] [--json]: the engine on one message. */
export function suggestCommand(services: Services, o: Record<string, string | boolean | undefined>, out: Out): number {
  const channel = o.channel;
  if (channel !== 'chat' && channel !== 'email') throw new AppError('INVALID_INPUT', 'suggest needs --channel chat or --channel email');
  if (typeof o.text !== 'string' || !o.text.trim()) throw new AppError('INVALID_INPUT', 'suggest needs --text TEXT');
  const turns = o.turns === undefined ? 1 : Number(o.turns);
  if (!Number.isInteger(turns) || turns < 0) throw new AppError('INVALID_INPUT', '--turns takes a whole number');
  const started = process.hrtime.bigint();
  const s = services.suggest.forText({
    channel,
    text: o.text,
    turns,
    attachments: 0,
    history: { channels: [], sameIntent: 0 },
    openNow: true,
    waitRatio: null,
    hasPhone: o.phone === true || typeof o.phone === 'string',
    hasEmail: channel === 'email',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const names = new Map(services.repos.templates.list().map((t) => [t.id, t.name]));
  const result = { ...s, templates: s.templates.map((t) => ({ ...t, name: names.get(t.value) ?? t.value })), ms: Math.round(ms * 1000) / 1000 };
  if (o.json) {
    out.log(JSON.stringify(result, null, 2));
    return 0;
  }
  const lang = s.language;
  out.log(`Kind of case: ${s.intent.value}${s.intent.words.length ? ` (${s.intent.words.join(', ')})` : ''}`);
  out.log('Channel:');
  for (const c of s.channel) out.log(`  ${c.value.padEnd(9)} ${c.score.toFixed(2)}  ${c.reasons.map((r) => r[lang]).join('; ')}`);
  out.log('Templates:');
  for (const t of result.templates) out.log(`  ${t.name} (${t.score.toFixed(2)})  ${t.reasons.map((r) => r[lang]).join('; ')}`);
  out.log(`Priority: ${s.priority.value} (${s.priority.score.toFixed(2)})  ${s.priority.reasons.map((r) => r[lang]).join('; ')}`);
  return 0;
}
