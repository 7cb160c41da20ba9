// Export the graph as the learner sees it, as SVG or PNG. The rendered viewport is cloned into an SVG
// <foreignObject> with its computed styles copied (the approach of html-to-image, which React Flow's "download
// image" example uses), framed on the whole cluster rather than the current pan and zoom. No dependency: the few
// properties the graph uses are copied by hand. The styles go into one <style> sheet, one class per distinct set,
// not into `style` attributes: a Content-Security-Policy without 'unsafe-inline' for attributes still shows it.
// The Share menu loads this when asked for a picture; the mounted graph registers itself in export-registry.ts.
import { exportedGraph } from './export-registry';

const PROPS = [
  'display', 'position', 'left', 'top', 'right', 'bottom', 'width', 'height', 'transform', 'transform-origin', 'box-sizing',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top', 'border-right', 'border-bottom', 'border-left', 'border-radius', 'background-color', 'background-image',
  'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-transform',
  'text-decoration-line', 'white-space', 'overflow', 'text-overflow', 'opacity', 'flex-direction', 'flex-wrap', 'flex-grow',
  'flex-shrink', 'flex-basis', 'align-items', 'justify-content', 'gap', 'box-shadow', 'outline', 'outline-offset', 'z-index',
  'visibility', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-opacity', 'fill-opacity',
  'min-width', 'min-height', 'place-items', 'grid-template-columns', 'filter',
];

/** Gives `clone` (and its children) a class naming its source's computed styles; `rules` maps declarations to classes. */
function copyStyles(source: Element, clone: Element, rules: Map<string, string>, extra = ''): void {
  const cs = getComputedStyle(source);
  const declarations = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';') + extra;
  let name = rules.get(declarations);
  if (!name) rules.set(declarations, (name = `s${rules.size}`));
  clone.removeAttribute('style');
  clone.setAttribute('class', name);
  const s = source.children, c = clone.children;
  for (let i = 0; i < s.length && i < c.length; i++) copyStyles(s[i]!, c[i]!, rules);
}

/** The rules as a stylesheet, in CDATA: computed values may hold `<` or `&` (in data: URLs). */
function styleSheet(rules: Map<string, string>, frame: string): string {
  const css = `.frame{${frame}}${[...rules].map(([declarations, name]) => `.${name}{${declarations}}`).join('')}`;
  return `<style><![CDATA[${css.replaceAll(']]>', ']]]]><![CDATA[>')}]]></style>`;
}

const PAD = 24;

async function buildSvg(): Promise<{ svg: string; width: number; height: number }> {
  const active = exportedGraph();
  const viewport = active?.viewport();
  if (!active || !viewport) throw new Error('No cluster graph is mounted');
  const b = active.bounds();
  const width = Math.ceil(b.width + 2 * PAD), height = Math.ceil(b.height + 2 * PAD);
  const clone = viewport.cloneNode(true) as HTMLElement;
  const rules = new Map<string, string>();
  // Later declarations win: the viewport is framed on the whole cluster, not the current pan and zoom.
  copyStyles(viewport, clone, rules, `;transform:translate(${PAD - b.x}px, ${PAD - b.y}px) scale(1);transform-origin:0 0;position:absolute;left:0;top:0`);
  clone.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
  const xhtml = new XMLSerializer().serializeToString(clone);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + styleSheet(rules, `position:relative;width:${width}px;height:${height}px;overflow:hidden`)
    + `<rect width="100%" height="100%" fill="${active.background()}"/>`
    + `<foreignObject x="0" y="0" width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml" class="frame">${xhtml}</div></foreignObject></svg>`;
  return { svg, width, height };
}

/** The whole graph as an SVG document (text). */
export async function exportGraphSvg(): Promise<string> {
  return (await buildSvg()).svg;
}

/** The whole graph as a PNG at twice the layout's resolution. */
export async function exportGraphPng(scale = 2): Promise<Blob> {
  const { svg, width, height } = await buildSvg();
  const img = new Image();
  img.decoding = 'async';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
