import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/contract/api';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { tomorrow } from '../../../shared/domain/calendar';

type Slot = MethodOutput<'callbackSlots'>['slots'][number];

/** A date, then the slots of that day that still have a place (shop time). */
export function SlotPicker({ value, onChange, pickFirstFree = false }: { value: number | null; onChange(at: number | null): void; pickFirstFree?: boolean }) {
  const t = useT();
  const loadSlots = useAppStore((s) => s.slots);
  const timeZone = useAppStore((s) => s.settings.timeZone);
  const [date, setDate] = useState(() => tomorrow(Date.now(), timeZone));
  const [slots, setSlots] = useState<Slot[]>([]);
  useEffect(() => {
    let live = true;
    void loadSlots(date).then((r) => {
      if (!live) return;
      const free = r?.slots.filter((s) => s.free > 0) ?? [];
      setSlots(free);
      // a suggestion opened the dialog: the first free time is chosen, the agent may change it
      if (pickFirstFree && value === null && free[0]) onChange(free[0].at);
    });
    return () => void (live = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [date, loadSlots]);
  return (
    <div className="slot-picker">
      <label>
        {t('callbacks.date')}
        <input type="date" value={date} onChange={(e) => (setDate(e.target.value), onChange(null))} />
      </label>
      <label>
        {t('callbacks.time')}
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)} required>
          <option value="">{slots.length ? '…' : t('callbacks.noSlots')}</option>
          {slots.map((s) => (
            <option key={s.at} value={s.at}>
              {s.local} ({t('callbacks.free', { n: s.free })})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
