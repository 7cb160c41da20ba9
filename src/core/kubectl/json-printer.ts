// kubectl's `-o json` (cli-runtime printers/json.go JSONPrinter): json.MarshalIndent(obj, "", "    ") and a
// newline. kubectl get holds the objects unstructured (map[string]interface{}), so encoding/json writes every
// object's keys sorted, and escapes as Go does: <, > and & as \u003c, \u003e, \u0026 (HTML-safe by default),
// U+2028/U+2029, and control characters.
import type { JsonValue } from './json-value';

// Go 1.22+ writes \b and \f short too; other control characters as \u00XX.
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function quote(s: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what encoding/json escapes
  return `"${s.replace(/["\\\n\r\t\u0000-\u001f<>&\u2028\u2029]/g, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

function encode(v: JsonValue, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = `${indent}    `;
  if (Array.isArray(v)) {
    return v.length ? `[\n${v.map((x) => inner + encode(x, inner)).join(',\n')}\n${indent}]` : '[]';
  }
  const keys = Object.keys(v).sort();
  return keys.length ? `{\n${keys.map((k) => `${inner}${quote(k)}: ${encode(v[k]!, inner)}`).join(',\n')}\n${indent}}` : '{}';
}

/**
 * An object as `kubectl get -o json` prints it.
 * @example formatJson({ kind: 'List', apiVersion: 'v1', items: [] }) // '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List"\n}\n'
 */
export function formatJson(v: JsonValue): string {
  return `${encode(v, '')}\n`;
}
