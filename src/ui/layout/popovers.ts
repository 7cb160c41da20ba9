// Popovers made of a native <details data-popover> ("What is modelled?", the send bar's Options): <details>
// opens and closes by itself, but not on Escape or a click elsewhere, and its floating body can hang past
// the window's edge. One document listener gives every such popover those three, so a component only marks
// its <details> and needs no state of its own.
import { useEffect } from 'react';

const MARGIN = 8;

const openPopovers = (): HTMLDetailsElement[] => [...document.querySelectorAll<HTMLDetailsElement>('details[data-popover][open]')];

/** The floating part of a popover: everything but its <summary>. */
const bodyOf = (d: HTMLDetailsElement): HTMLElement | null => d.querySelector<HTMLElement>(':scope > :not(summary)');

/** How far to move a box sideways so it lies inside [margin, width - margin]; a box wider than that keeps its left edge in. */
export function shiftIntoView(left: number, right: number, width: number, margin = MARGIN): number {
  if (right > width - margin) {
    const dx = width - margin - right;
    return left + dx < margin ? margin - left : dx;
  }
  return left < margin ? margin - left : 0;
}

/** Moves an open popover's body inside the window and caps its height at the window's bottom edge. */
export function keepInWindow(d: HTMLDetailsElement): void {
  const body = bodyOf(d);
  if (!body) return;
  body.style.translate = '';
  body.style.maxHeight = '';
  const r = body.getBoundingClientRect();
  const dx = shiftIntoView(r.left, r.right, window.innerWidth);
  if (dx) body.style.translate = `${Math.round(dx)}px 0`;
  if (r.bottom > window.innerHeight - MARGIN) {
    body.style.maxHeight = `${Math.max(120, window.innerHeight - MARGIN - r.top)}px`;
    body.style.overflowY = 'auto';
  }
}

export function usePopovers(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      for (const d of openPopovers()) {
        const hadFocus = d.contains(document.activeElement);
        d.open = false;
        if (hadFocus) d.querySelector('summary')?.focus();
      }
    };
    const onDown = (e: PointerEvent) => {
      for (const d of openPopovers()) if (!(e.target instanceof Node && d.contains(e.target))) d.open = false;
    };
    // `toggle` does not bubble; a capturing listener on the document still hears it.
    const onToggle = (e: Event) => {
      if (e.target instanceof HTMLDetailsElement && e.target.open && e.target.dataset.popover !== undefined) keepInWindow(e.target);
    };
    const onResize = () => openPopovers().forEach(keepInWindow);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('toggle', onToggle, true);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('toggle', onToggle, true);
      window.removeEventListener('resize', onResize);
    };
  }, []);
}
