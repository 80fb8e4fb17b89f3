import { useEffect, useState } from 'react';
import { Modal } from '../../components/Modal';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { today, shiftDays } from '../../../shared/domain/calendar';

const PERIODS = { 30: 30, 90: 90, 365: 365 } as const;
const fmt = (v: number | null, digits = 1) => (v === null ? '–' : v.toFixed(digits));

/**
 * The channel plan: for each kind of case in a period, the volume per channel (bars), first
 * response and resolution times, reopen rate — and which channel to offer for that kind, and why.
 */
export function ChannelPlanDialog() {
  const t = useT();
  const lang = useAppStore((s) => s.language);
  const plan = useAppStore((s) => s.channelPlan);
  const load = useAppStore((s) => s.loadChannelPlan);
  const csv = useAppStore((s) => s.channelPlanCsv);
  const openDialog = useAppStore((s) => s.openDialog);
  const timeZone = useAppStore((s) => s.settings.timeZone);
  const [days, setDays] = useState<keyof typeof PERIODS>(90);
  const [range, setRange] = useState(() => ({ from: shiftDays(Date.now(), -90, timeZone), to: Date.now() }));
  useEffect(() => {
    const to = Date.now();
    const r = { from: shiftDays(to, -PERIODS[days], timeZone), to };
    setRange(r);
    void load(r.from, r.to);
  }, [days, load, timeZone]);
  const max = Math.max(1, ...(plan?.kinds.flatMap((k) => k.channels.map((c) => c.cases)) ?? [1]));

  async function exportCsv() {
    const text = await csv(range.from, range.to);
    if (!text) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    a.download = `vaxel-kanalplan-${today(Date.now(), timeZone)}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  }
  return (
    <Modal title={t('plan.title')} onClose={() => openDialog('none')}>
      <div className="channel-plan" data-testid="channel-plan">
        <div className="form-row">
          <label>
            {t('plan.period')}{' '}
            <select value={days} onChange={(e) => setDays(Number(e.target.value) as keyof typeof PERIODS)}>
              {Object.keys(PERIODS).map((d) => (
                <option key={d} value={d}>
                  {t('plan.days', { n: d })}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void exportCsv()}>
            {t('plan.csv')}
          </button>
        </div>
        {plan?.kinds.length === 0 && <p className="hint">{t('plan.empty')}</p>}
        {plan?.kinds.map((k) => (
          <section key={k.intent} className="plan-kind">
            <h3>
              {t(`kind.${k.intent}` as never)} <span className="hint">({k.cases})</span>
            </h3>
            <table>
              <thead>
                <tr>
                  <th>{t('plan.channel')}</th>
                  <th>{t('plan.volume')}</th>
                  <th>{t('plan.firstResponse')}</th>
                  <th>{t('plan.resolution')}</th>
                  <th>{t('plan.reopen')}</th>
                </tr>
              </thead>
              <tbody>
                {k.channels.map((c) => (
                  <tr key={c.channel}>
                    <td>{t(`plan.ch.${c.channel}` as never)}</td>
                    <td>
                      <span className="bar" style={{ width: `${(c.cases / max) * 8}rem` }} aria-hidden="true" /> {c.cases}
                    </td>
                    <td>{fmt(c.firstResponseMinutes)} min</td>
                    <td>{fmt(c.resolutionHours)} h</td>
                    <td>{c.reopenRate === null ? '–' : `${Math.round(c.reopenRate * 100)} %`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="plan-recommendation">
              {t('plan.offer', { channel: t(`plan.ch.${k.recommendation.channel}` as never) })} — {lang === 'en' ? k.recommendation.en : k.recommendation.sv}
            </p>
          </section>
        ))}
      </div>
    </Modal>
  );
}
