import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { shortcutFor } from './shortcutKeys';

/** The composer's text box, whichever composer the case has. */
const focusComposer = () => document.querySelector<HTMLTextAreaElement>('#composer-text, #chat-text')?.focus();
/** Press the visible button marked for this shortcut; false when there is none (no case open, say). */
const press = (name: string) => {
  const el = document.querySelector<HTMLElement>(`[data-shortcut="${name}"]`);
  el?.click();
  return !!el;
};

/** Listens for the shortcuts while no dialog is open. */
export function useShortcuts(): void {
  const dialog = useAppStore((s) => s.dialog);
  const openDialog = useAppStore((s) => s.openDialog);
  const selectAdjacent = useAppStore((s) => s.selectAdjacent);
  useEffect(() => {
    if (dialog !== 'none') return;
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor(e);
      if (!action || action === 'search') return; // the search box listens for / itself
      e.preventDefault();
      if (action === 'help') return openDialog('shortcuts');
      if (action === 'next' || action === 'previous') return void selectAdjacent(action === 'next' ? 1 : -1);
      if (action === 'reply' || action === 'note') {
        press(action);
        // after React has shown the chosen mode
        return void requestAnimationFrame(focusComposer);
      }
      press(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, openDialog, selectAdjacent]);
}
