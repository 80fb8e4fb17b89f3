import type { AppApi } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/errors';
import { shiftDays } from '../../shared/domain/calendar';
import type { Services } from '../services/app/createServices';

type Out = { log(s: string): void; err(s: string): void };

/** npm run cli -- channel-plan [--days N] [--json]: the channel plan of the last N days (default 90). */
export async function channelPlanCommand(api: AppApi, services: Services, o: Record<string, string | boolean | undefined>, out: Out): Promise<number> {
  const days = o.days === undefined ? 90 : Number(o.days);
  if (!Number.isInteger(days) || days <= 0 || days > 3660) throw new AppError('INVALID_INPUT', '--days takes a whole number of days, 1 to 3660');
  const to = services.clock.now();
  const from = shiftDays(to, -days, services.repos.settings.get().timeZone);
  const plan = await api.channelPlan({ from, to });
  if (o.json) {
    out.log(JSON.stringify(plan, null, 2));
    return 0;
  }
  out.log(`Channel plan, the last ${days} days (${plan.kinds.reduce((s, k) => s + k.cases, 0)} cases)`);
  for (const k of plan.kinds) {
    const used = k.channels.map((c) => `${c.channel} ${c.cases}${c.resolutionHours !== null ? ` (${c.resolutionHours.toFixed(1)} h)` : ''}`).join(', ');
    out.log(`  ${k.intent.padEnd(16)} ${String(k.cases).padStart(6)}  offer ${k.recommendation.channel.padEnd(8)} ${k.recommendation.basis === 'history' ? 'from this shop’s cases' : 'rule of thumb'}: ${k.recommendation.en}`);
    out.log(`  ${''.padEnd(16)} ${''.padStart(6)}  used: ${used}`);
  }
  return 0;
}
