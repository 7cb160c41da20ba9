// The panes' sizes as CSS variables for the page, and the props of each pane's divider: the learner's size
// (remembered) or the default for this window, kept within the pane's limits as the window changes.
import { useEffect, useState, type CSSProperties } from 'react';
import { clampSize, defaultPaneSize, paneLimits, paneVariable, readPaneSizes, storePaneSizes, type Pane, type PaneSizes } from './pane-sizes';

const panes = Object.keys(paneVariable) as Pane[];

const windowSize = () => ({ width: window.innerWidth, height: window.innerHeight });

export function usePaneSizes() {
  const [stored, setStored] = useState<PaneSizes>(readPaneSizes);
  const [viewport, setViewport] = useState(windowSize);
  useEffect(() => {
    const onResize = () => setViewport(windowSize());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const update = (next: PaneSizes) => {
    storePaneSizes(next);
    setStored(next);
  };
  const size = (pane: Pane) => clampSize(stored[pane] ?? defaultPaneSize(pane, viewport), paneLimits(pane, viewport));
  const style: CSSProperties & Record<string, string> = {};
  for (const pane of panes) style[paneVariable[pane]] = `${size(pane)}px`;
  const splitter = (pane: Pane) => ({
    value: size(pane),
    ...paneLimits(pane, viewport),
    onChange: (value: number) => update({ ...stored, [pane]: value }),
    onReset: () => {
      const { [pane]: _dropped, ...rest } = stored;
      update(rest);
    },
  });
  return { style, splitter };
}
