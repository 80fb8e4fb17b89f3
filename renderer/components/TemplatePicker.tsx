import { useT } from './useT';
import { useAppStore } from '../store/useAppStore';

/** Insert a template: the agent's language first; the full variant for e-mail, the short one elsewhere. */
export function TemplatePicker({ onPick }: { onPick(body: { short: string; full: string }): void }) {
  const t = useT();
  const templates = useAppStore((s) => s.templates);
  const lang = useAppStore((s) => s.language);
  if (templates.length === 0) return null;
  const sorted = [...templates].sort((a, b) => Number(b.language === lang) - Number(a.language === lang) || a.name.localeCompare(b.name));
  return (
    <select
      className="template-picker"
      aria-label={t('composer.template')}
      value=""
      onChange={(e) => {
        const tpl = templates.find((x) => x.id === e.target.value);
        if (tpl) onPick({ short: tpl.bodyShort, full: tpl.bodyFull });
      }}
    >
      <option value="">{t('composer.template')}</option>
      {sorted.map((tpl) => (
        <option key={tpl.id} value={tpl.id}>
          {tpl.name} ({tpl.language})
        </option>
      ))}
    </select>
  );
}
