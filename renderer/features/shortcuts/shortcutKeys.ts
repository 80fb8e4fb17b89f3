import { isTyping } from '../../components/isTyping';

/**
 * The keyboard shortcuts of the agent window. Each one either does what a visible button does (it
 * presses the button marked data-shortcut="…", so a shortcut can never do what the window would
 * not let the agent do) or moves through the queue.
 */
export const SHORTCUTS = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 't', action: 'take' },
  { key: 'r', action: 'reply' },
  { key: 'n', action: 'note' },
  { key: 'l', action: 'resolve' },
  { key: 'b', action: 'book' },
  { key: '/', action: 'search' },
  { key: '?', action: 'help' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** Typing in a field, or a key with a modifier, is never a shortcut. */
export function shortcutFor(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null }): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return null;
  return SHORTCUTS.find((s) => s.key === e.key)?.action ?? null;
}
