// What monaco-yaml's language service is given and may answer (the YAML language worker puts this gate in
// front of every method, yaml-worker-server.ts):
// - a document whose aliases would expand past the core's own budget (a "billion laughs" bomb that the
//   core refuses) is not given to the language service at all: yaml-language-server expands every alias
//   while validating, and the worker's reply for 10^6 nodes took the page's main thread seconds to handle;
// - a source over the core's size cap is not either (the core refuses it as a whole);
// - a list in a reply is cut to a size the editor can show (markers, folds, symbols);
// - a failure inside the language service answers "nothing" instead of rejecting on the page.
import { aliasExpansionExceeds } from './alias-expansion';

/** The core's caps (src/core/manifest/limits.ts), restated: this worker does not load the core. */
const MAX_SOURCE_CHARS = 1024 * 1024;
const MAX_EXPANDED_NODES = 200_000;

/** Replies longer than this are cut: more markers or folds than this help nobody and cost the page. */
export const MAX_REPLY_ITEMS = 1000;

/** A language service: methods that take a document's URI first. */
export type Service = Record<string, unknown>;

/** True when the language service must not see `text`. */
export function languageServiceRefuses(text: string): boolean {
  if (text.length > MAX_SOURCE_CHARS) return true;
  return text.includes('*') && aliasExpansionExceeds(text, MAX_EXPANDED_NODES);
}

/** `service` with each method gated by its document's text (found by the URI every method takes first). */
export function gateService(service: Service, textOf: (uri: string) => string | undefined): Service {
  // The verdict for the latest text of each document: one check per edit, not one per request.
  const verdicts = new Map<string, { text: string; refused: boolean }>();
  const refused = (uri: string): boolean => {
    const text = textOf(uri);
    if (text === undefined) return false;
    const known = verdicts.get(uri);
    if (known && known.text === text) return known.refused;
    const verdict = { text, refused: languageServiceRefuses(text) };
    verdicts.set(uri, verdict);
    return verdict.refused;
  };
  const gated: Service = {};
  for (const [name, method] of Object.entries(service)) {
    if (typeof method !== 'function') {
      gated[name] = method;
      continue;
    }
    gated[name] = async (uri: unknown, ...args: unknown[]): Promise<unknown> => {
      try {
        if (typeof uri === 'string' && refused(uri)) return undefined;
        const reply: unknown = await (method as (...a: unknown[]) => unknown).call(service, uri, ...args);
        return Array.isArray(reply) && reply.length > MAX_REPLY_ITEMS ? reply.slice(0, MAX_REPLY_ITEMS) : reply;
      } catch (err) {
        console.warn('YAML language service', name, err);
        return undefined;
      }
    };
  }
  return gated;
}
