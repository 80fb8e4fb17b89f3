import { Modal } from '../../components/Modal';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { SHORTCUTS } from './shortcutKeys';

/** "?": every shortcut, with what it does. */
export function ShortcutsDialog() {
  const t = useT();
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <Modal title={t('shortcuts.title')} onClose={() => openDialog('none')}>
      <dl className="shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.key}>
            <dt>
              <kbd>{s.key}</kbd>
            </dt>
            <dd>{t(`shortcuts.${s.action}`)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => openDialog('none')}>
        {t('shortcuts.close')}
      </button>
    </Modal>
  );
}
