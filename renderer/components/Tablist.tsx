import { useRef, type KeyboardEvent } from 'react';

/**
 * A row of tabs that behaves as one: Tab reaches the chosen tab only, the arrow keys (and Home,
 * End) move between tabs and choose as they go, as WAI-ARIA's tabs pattern describes.
 */
export function Tablist<T extends string>({ label, tabs, value, onChange, className }: { label: string; tabs: Array<{ value: T; label: string }>; value: T; onChange(v: T): void; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const at = tabs.findIndex((x) => x.value === value);
    const next = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const i = (next + tabs.length) % tabs.length;
    onChange(tabs[i]!.value);
    ref.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[i]?.focus();
  }
  return (
    <div ref={ref} className={className} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((x) => (
        <button key={x.value} type="button" role="tab" aria-selected={x.value === value} tabIndex={x.value === value ? 0 : -1} className={x.value === value ? 'active' : ''} onClick={() => onChange(x.value)}>
          {x.label}
        </button>
      ))}
    </div>
  );
}
