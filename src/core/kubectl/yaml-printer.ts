// kubectl's `-o yaml` (cli-runtime printers/yaml.go YAMLPrinter): sigs.k8s.io/yaml turns the object's JSON into
// YAML with gopkg.in/yaml.v2, which writes map keys sorted, sequences inside a mapping unindented (`- ` at the
// key's column), `{}` and `[]` for empty ones, and chooses each string's style as yaml.v2 encode.go stringv and
// emitterc.go yaml_emitter_select_scalar_style do: plain when the text reads back as the same string, double
// quotes when plain text would read back as another type (`"80"`, `""`, `"true"`, `"2024-01-01T00:00:00Z"`),
// single quotes when it starts with an indicator or holds `: ` or ` #`. A plain string wider than the emitter's
// 80 columns breaks at a space onto a line indented under its key (yaml_emitter_write_plain_scalar).
import type { JsonObject, JsonValue } from './json-value';

const BEST_WIDTH = 80;

// yaml.v2 resolve.go: the plain scalars that read back as bool, null, a number or a timestamp.
const BOOL_OR_NULL = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  'on', 'On', 'ON', 'off', 'Off', 'OFF', 'null', 'Null', 'NULL', '~', '', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF']);
// strconv.ParseInt(s, 0, 64) and ParseUint: decimal, 0x, 0o, 0b and leading-0 octal, `_` between digits.
const GO_INT = /^[-+]?(0[xX](_?[0-9a-fA-F])+|0[oO](_?[0-7])+|0[bB](_?[01])+|0(_?[0-7])*|[1-9](_?[0-9])*)$/;
// resolve.go yamlStyleFloat, and base-60 floats (isBase60Float), which the encoder quotes too.
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
// resolve.go allowedTimestampFormats: 2006-1-2T15:4:5.999999999Z07:00, 2006-1-2t15:4:5…, 2006-1-2 15:4:5…, 2006-1-2.
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]| )\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function readsAsOtherType(s: string): boolean {
  return BOOL_OR_NULL.has(s) || GO_INT.test(s) || YAML_FLOAT.test(s) || BASE60_FLOAT.test(s) || TIMESTAMP.test(s);
}

/** emitterc.go yaml_emitter_analyze_scalar: may the text stand plain in block context, or single-quoted? */
function analyse(s: string): { plain: boolean; single: boolean } {
  // eslint-disable-next-line no-control-regex -- the characters the emitter cannot print as they are
  const special = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/.test(s);
  const breaks = /[\n\r\u0085\u2028\u2029]/.test(s);
  let plain = !special && !breaks && !/^(---|\.\.\.)/.test(s) && !/^\s|\s$/.test(s);
  const first = s[0] ?? '';
  const second = s[1];
  const blankAfter = (i: number) => i + 1 >= s.length || s[i + 1] === ' ' || s[i + 1] === '\t';
  if ('#,[]{}&*!|>\'"%@`'.includes(first) && first !== '') plain = false;
  if ((first === '?' || first === ':' || first === '-') && (second === undefined || second === ' ' || second === '\t')) plain = false;
  for (let i = 1; i < s.length; i++) {
    if (s[i] === ':' && blankAfter(i)) plain = false;
    if (s[i] === '#' && (s[i - 1] === ' ' || s[i - 1] === '\t')) plain = false;
  }
  return { plain, single: !special && !breaks };
}

/** `s` written at column `col` (0-based) under a key at column `keyCol`. */
function scalar(s: string, col: number, keyCol: number): string {
  if (readsAsOtherType(s)) return doubleQuoted(s);
  const a = analyse(s);
  if (a.plain) return folded(s, col, keyCol + 2);
  if (a.single) return `'${s.replaceAll("'", "''")}'`;
  return doubleQuoted(s);
}

/** yaml_emitter_write_plain_scalar: past the width, a single space between words becomes a line break. */
function folded(s: string, col: number, indent: number): string {
  let out = '';
  let column = col;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === ' ' && i > 0 && s[i - 1] !== ' ' && i + 1 < s.length && s[i + 1] !== ' ' && column > BEST_WIDTH) {
      out += `\n${' '.repeat(indent)}`;
      column = indent;
      continue;
    }
    out += c;
    column++;
  }
  return out;
}

const DOUBLE_ESCAPES: Readonly<Record<string, string>> = { '\0': '\\0', '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '\x1b': '\\e', '"': '\\"', '\\': '\\\\', '\u0085': '\\N', '\u00a0': '\\_', '\u2028': '\\L', '\u2029': '\\P' };

function doubleQuoted(s: string): string {
  // eslint-disable-next-line no-control-regex -- the characters yaml_emitter_write_double_quoted_scalar escapes
  return `"${s.replace(/[\u0000-\u001f"\\\u007f-\u00a0\u2028\u2029\ufeff]/g, (c) => DOUBLE_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}"`;
}

const isEmptyCollection = (v: JsonValue): boolean => (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0);

function inline(v: JsonValue, col: number, keyCol: number): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') return scalar(v, col, keyCol);
  return Array.isArray(v) ? '[]' : '{}';
}

/** A mapping's lines, keys at column `indent`; `firstPrefix` replaces the first line's indent (a sequence's `- `). */
function mapping(o: JsonObject, indent: number, firstPrefix?: string): string {
  const pad = ' '.repeat(indent);
  return Object.keys(o).sort().map((k, i) => {
    const lead = i === 0 && firstPrefix !== undefined ? firstPrefix : pad;
    const key = scalar(k, indent, indent);
    const v = o[k]!;
    if (typeof v === 'object' && v !== null && !isEmptyCollection(v)) {
      // yaml.v2 writes a sequence in a mapping at the key's own column.
      return `${lead}${key}:\n${Array.isArray(v) ? sequence(v, indent) : mapping(v, indent + 2)}`;
    }
    return `${lead}${key}: ${inline(v, indent + key.length + 2, indent)}\n`;
  }).join('');
}

/** A sequence's lines, `- ` at column `indent`; `firstPrefix` replaces the first line's indent (a sequence in a sequence). */
function sequence(a: JsonValue[], indent: number, firstPrefix?: string): string {
  const pad = ' '.repeat(indent);
  return a.map((v, i) => {
    const lead = i === 0 && firstPrefix !== undefined ? firstPrefix : pad;
    if (typeof v === 'object' && v !== null && !isEmptyCollection(v)) {
      return Array.isArray(v) ? sequence(v, indent + 2, `${lead}- `) : mapping(v, indent + 2, `${lead}- `);
    }
    return `${lead}- ${inline(v, indent + 2, indent + 2)}\n`;
  }).join('');
}

/**
 * An object as `kubectl get -o yaml` prints it.
 * @example formatYaml({ kind: 'List', apiVersion: 'v1', items: [], metadata: { resourceVersion: '' } })
 * // 'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n'
 */
export function formatYaml(o: JsonObject): string {
  return mapping(o, 0);
}
