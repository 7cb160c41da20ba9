// The sizes the learner gave the panes by dragging their dividers: the editor's width, the inspector's width
// and the terminals' height, in CSS pixels. A preference of this browser, like the language: kept in
// localStorage, never in a share link (the reader's window is not the author's). A pane the learner never
// resized has no entry and keeps the stylesheet's default, which follows the window's size.

export type Pane = 'editor' | 'inspector' | 'terminals';
export type PaneSizes = Partial<Record<Pane, number>>;

/** The localStorage key holding the sizes. */
export const paneSizesKey = 'k8s-service-playground.panes';

/** The CSS custom property each size sets on the page (styles.css reads them). */
export const paneVariable: Readonly<Record<Pane, string>> = {
  editor: '--editor-w',
  inspector: '--inspector-w',
  terminals: '--terminals-h',
};

/** How small and how large a pane may get, given the window. */
export function paneLimits(pane: Pane, viewport: { width: number; height: number }): { min: number; max: number } {
  switch (pane) {
    case 'editor':
      return { min: 220, max: Math.max(220, Math.round(viewport.width * 0.6)) };
    case 'inspector':
      return { min: 180, max: Math.max(180, Math.round(viewport.width * 0.4)) };
    case 'terminals':
      return { min: 140, max: Math.max(140, viewport.height - 260) };
  }
}

export function clampSize(value: number, { min, max }: { min: number; max: number }): number {
  return Math.round(Math.min(max, Math.max(min, value)));
}

/** What was stored, keeping only finite sizes of known panes (the entry may be old or hand-edited). */
export function parsePaneSizes(raw: string | null): PaneSizes {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const sizes: PaneSizes = {};
  for (const pane of Object.keys(paneVariable) as Pane[]) {
    const v = (value as Record<string, unknown>)[pane];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 10_000) sizes[pane] = Math.round(v);
  }
  return sizes;
}

/** localStorage can be missing or throw (private mode, blocked site data): the sizes then last for the visit. */
export function readPaneSizes(): PaneSizes {
  try {
    return parsePaneSizes(globalThis.localStorage?.getItem(paneSizesKey) ?? null);
  } catch {
    return {};
  }
}

export function storePaneSizes(sizes: PaneSizes): void {
  try {
    if (Object.keys(sizes).length === 0) globalThis.localStorage?.removeItem(paneSizesKey);
    else globalThis.localStorage?.setItem(paneSizesKey, JSON.stringify(sizes));
  } catch {
    // Not remembered: the panes keep their sizes for this visit.
  }
}

/**
 * A pane's size before the learner drags it, from the window: at 1280×800 the editor leaves the DNS terminals
 * the width for their answer lines, and the terminals the height for both lookups' answers.
 */
export function defaultPaneSize(pane: Pane, viewport: { width: number; height: number }): number {
  switch (pane) {
    case 'editor':
      return clampSize(viewport.width * 0.22, { min: 260, max: 460 });
    case 'inspector':
      return clampSize(viewport.width * 0.17, { min: 200, max: 300 });
    case 'terminals':
      return clampSize(viewport.height * 0.36, { min: 220, max: 520 });
  }
}
