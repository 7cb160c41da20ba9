// A hop's caption: an i18n key chosen from the core's hop kind (and details), with values taken from the hop's
// structured data. The sentences live in i18n/en.json; nothing here is prose.
import type { Hop } from '../../state';

/** `pod:default/test` → `test`; `svc:default/web-service` → `web-service`; `node-rules:node-2` → `node-2`. */
export function elementLabel(id: string): string {
  const colon = id.indexOf(':');
  const rest = colon < 0 ? id : id.slice(colon + 1);
  const slash = rest.lastIndexOf('/');
  return slash < 0 ? rest : rest.slice(slash + 1);
}

export type CaptionValues = Record<string, string | number>;

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map((x) => str(x) ?? '').join(', ');
  if (typeof v === 'object') return undefined;
  return String(v);
}

/** Flat string values of the hop detail, for interpolation. */
export function captionValues(hop: Hop): CaptionValues {
  const values: CaptionValues = { from: elementLabel(hop.from), to: elementLabel(hop.to) };
  for (const [k, v] of Object.entries(hop.detail ?? {})) {
    const s = str(v);
    if (s !== undefined) values[k] = s;
  }
  return values;
}

export function captionKey(hop: Hop): string {
  const d = hop.detail ?? {};
  const variant = typeof d.reason === 'string' ? `.${d.reason}` : typeof d.code === 'string' ? `.${d.code}` : '';
  return `hop.${hop.kind}${variant}`;
}

/** i18n keys to try, most specific first. */
export function captionKeys(hop: Hop): string[] {
  const specific = captionKey(hop);
  const general = `hop.${hop.kind}`;
  return specific === general ? [general, 'hop.unknown'] : [specific, general, 'hop.unknown'];
}
