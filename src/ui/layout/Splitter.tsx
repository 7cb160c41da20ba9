// A divider between two panes that the learner drags, or moves with the arrow keys once focused (the WAI-ARIA
// window splitter pattern: role="separator" with a value). Written here rather than taken from a panel
// library: the panes are cells of the page's CSS grid, which becomes two tabs on a phone and folds the
// editor to a rail; a library that owns the panes' markup and inline flex sizes would need both rebuilt
// around it, while a divider that sets one CSS variable leaves them as they are.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  /** `x`: a vertical bar that changes a width; `y`: a horizontal bar that changes a height. */
  axis: 'x' | 'y';
  /** Dragging right (x) or down (y) makes the pane larger: 1; smaller: -1 (the pane lies after the bar). */
  direction: 1 | -1;
  value: number;
  min: number;
  max: number;
  label: string;
  onChange: (value: number) => void;
  /** Double-click or Enter: back to the stylesheet's default size. */
  onReset: () => void;
  testId: string;
}

const STEP = 16;

export function Splitter({ axis, direction, value, min, max, label, onChange, onReset, testId }: Props) {
  const drag = useRef<{ start: number; value: number } | null>(null);
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)));
  const at = (e: PointerEvent) => (axis === 'x' ? e.clientX : e.clientY);
  // The pane's size on screen, which can be less than the size asked for when the window is short: a drag
  // or a key starts from what the learner sees. The pane is the bar's neighbour on the side it grows from.
  const shown = (bar: HTMLElement): number => {
    const pane = direction === 1 ? bar.previousElementSibling : bar.nextElementSibling;
    if (!pane) return value;
    const r = pane.getBoundingClientRect();
    return Math.round(axis === 'x' ? r.width : r.height);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { start: at(e), value: shown(e.currentTarget) };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onChange(clamp(drag.current.value + direction * (at(e) - drag.current.start)));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const now = shown(e.currentTarget);
    const less = axis === 'x' ? 'ArrowLeft' : 'ArrowUp';
    const more = axis === 'x' ? 'ArrowRight' : 'ArrowDown';
    let next: number | undefined;
    if (e.key === less) next = now - direction * STEP;
    else if (e.key === more) next = now + direction * STEP;
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    else if (e.key === 'Enter') {
      e.preventDefault();
      onReset();
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    onChange(clamp(next));
  };
  return (
    <div
      className={`splitter splitter-${axis}`}
      role="separator"
      aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onReset}
      onKeyDown={onKeyDown}
      data-testid={testId}
    />
  );
}
