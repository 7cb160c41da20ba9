// The actions menu of one graph element, opened by right click, the context-menu key or Shift+F10.
// WAI-ARIA menu pattern: focus moves into the menu, arrows move between entries, Escape returns focus.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuItem } from './menu';

interface Props {
  title: string;
  items: MenuItem[];
  x: number;
  y: number;
  onChoose: (item: MenuItem) => void;
  onClose: () => void;
}

export function ContextMenu({ title, items, x, y, onChoose, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const away = (e: PointerEvent) => { if (!ref.current?.contains(e.target as Node)) onClose(); };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const go = (j: number) => { e.preventDefault(); buttons[(j + buttons.length) % buttons.length]?.focus(); };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(buttons.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') { e.preventDefault(); onClose(); }
    e.stopPropagation();
  };

  return (
    // Focusable itself: in a short graph panel the menu scrolls, and its items are reached by the arrow keys only.
    <div ref={ref} className="kg-menu" role="menu" aria-label={title} tabIndex={0} style={{ left: x, top: y }} onKeyDown={onKeyDown}
      data-testid="graph-menu" onContextMenu={(e) => e.preventDefault()}>
      <div className="kg-menu-title" aria-hidden="true">{title}</div>
      {items.map((item) => (
        <button key={item.id} type="button" role="menuitem" tabIndex={-1} disabled={item.disabled}
          className={item.danger ? 'danger' : undefined} onClick={() => onChoose(item)}>
          <span>{t(item.label, item.values ?? {})}</span>
          {item.shortcut && <kbd>{t(`graph.keys.${item.shortcut}`)}</kbd>}
        </button>
      ))}
    </div>
  );
}
