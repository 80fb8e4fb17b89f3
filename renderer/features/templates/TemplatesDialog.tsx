import { useMemo, useState, type FormEvent } from 'react';
import type { Template } from '../../../shared/contract/api';
import { Modal } from '../../components/Modal';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

const KINDS = ['order_status', 'delivery_time', 'returns', 'complaint', 'damaged', 'invoice', 'password', 'rebooking', 'opening_hours', 'product_advice', 'callback_confirmation', 'tried_to_reach', 'general'];
const EMPTY = { name: '', category: 'general', language: 'sv' as const, subject: null, bodyShort: '', bodyFull: '', keywords: [] as string[] };

/** Create, edit, sort and search the shop's templates: a short variant for chat/SMS, a full one for e-mail. */
export function TemplatesDialog() {
  const t = useT();
  const templates = useAppStore((s) => s.templates);
  const save = useAppStore((s) => s.saveTemplate);
  const remove = useAppStore((s) => s.deleteTemplate);
  const openDialog = useAppStore((s) => s.openDialog);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<(Omit<Template, 'id' | 'builtin'> & { id?: string }) | null>(null);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return templates.filter((x) => !q || [x.name, x.category, x.bodyShort, x.bodyFull, ...x.keywords].some((f) => f.toLowerCase().includes(q)));
  }, [templates, query]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!editing) return;
    if (await save({ ...editing, subject: editing.subject || null })) setEditing(null);
  }
  return (
    <Modal title={t('templates.title')} onClose={() => openDialog('none')}>
      {!editing ? (
        <div className="templates">
          <div className="form-row">
            <input type="search" aria-label={t('templates.search')} placeholder={t('templates.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
            <button type="button" className="primary" onClick={() => setEditing({ ...EMPTY })}>
              {t('templates.new')}
            </button>
          </div>
          <ul className="template-list">
            {shown.map((x) => (
              <li key={x.id}>
                <span className="template-kind">{t(`kind.${x.category}` as never) || x.category}</span> <strong>{x.name}</strong> <span className="hint">({x.language})</span>
                <span className="template-short">{x.bodyShort}</span>
                <button type="button" className="link" onClick={() => setEditing({ ...x })}>
                  {t('templates.edit')}
                </button>
                <button type="button" className="link" onClick={() => void remove(x.id)}>
                  {t('templates.delete')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)}>
          <label>
            {t('templates.name')}
            <input required value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
          </label>
          <div className="form-row">
            <label>
              {t('templates.kind')}
              <select value={editing.category} onChange={(e) => setEditing({ ...editing, category: e.target.value })}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}` as never)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('settings.language')}
              <select value={editing.language} onChange={(e) => setEditing({ ...editing, language: e.target.value as 'sv' | 'en' })}>
                <option value="sv">Svenska</option>
                <option value="en">English</option>
              </select>
            </label>
          </div>
          <label>
            {t('templates.subject')}
            <input value={editing.subject ?? ''} onChange={(e) => setEditing({ ...editing, subject: e.target.value })} />
          </label>
          <label>
            {t('templates.short')}
            <textarea rows={2} maxLength={1000} value={editing.bodyShort} onChange={(e) => setEditing({ ...editing, bodyShort: e.target.value })} />
          </label>
          <label>
            {t('templates.full')}
            <textarea rows={7} value={editing.bodyFull} onChange={(e) => setEditing({ ...editing, bodyFull: e.target.value })} />
          </label>
          <label>
            {t('templates.keywords')}
            <input value={editing.keywords.join(', ')} onChange={(e) => setEditing({ ...editing, keywords: e.target.value.split(',').map((k) => k.trim()).filter(Boolean) })} />
          </label>
          <p className="hint">{t('templates.variables')}</p>
          <div className="form-actions">
            <button type="button" onClick={() => setEditing(null)}>
              {t('chat.cancel')}
            </button>
            <button type="submit" className="primary">
              {t('settings.save')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
