// kubectl's command line as cobra/pflag reads it: `--flag value`, `--flag=value`, `-f value`, `-fvalue`,
// `-f=value`, grouped boolean shorthands (`-it`), `--` ending the flags. Each verb knows its own flags; an
// unknown one is pflag's error, worded as kubectl prints it.

export type FlagKind = 'bool' | 'string';
export interface FlagSpec { name: string; short?: string; kind: FlagKind }

export interface ParsedArgs {
  positional: string[];
  /** Flags by long name; a bool flag is 'true' or 'false'. */
  flags: Record<string, string>;
  /** The words after `--`, if there was one. */
  afterDash?: string[];
  /** How many positional words came before `--` (pflag's ArgsLenAtDash; -1 without one). */
  argsLenAtDash: number;
}

export type ParseArgsResult = { ok: true; value: ParsedArgs } | { ok: false; error: string };

/** Flags every kubectl verb has (kubectl's global flags, the ones the playground understands). */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [{ name: 'namespace', short: 'n', kind: 'string' }];

const BOOL_VALUES: Readonly<Record<string, string>> = { '1': 'true', t: 'true', T: 'true', true: 'true', TRUE: 'true', True: 'true', '0': 'false', f: 'false', F: 'false', false: 'false', FALSE: 'false', False: 'false' };

/** Reads `args` (after the verb) against `specs`; `verb` names the command in pflag's errors. */
export function parseArgs(args: readonly string[], specs: readonly FlagSpec[]): ParseArgsResult {
  const all = [...GLOBAL_FLAGS, ...specs];
  const out: ParsedArgs = { positional: [], flags: {}, argsLenAtDash: -1 };
  const setFlag = (spec: FlagSpec, value: string, shown: string): string | undefined => {
    if (spec.kind === 'bool') {
      const v = BOOL_VALUES[value];
      if (v === undefined) return `invalid argument "${value}" for "${shown}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
      out.flags[spec.name] = v;
    } else out.flags[spec.name] = value;
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.argsLenAtDash = out.positional.length;
      out.afterDash = args.slice(i + 1);
      break;
    }
    if (a.startsWith('--') ) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const spec = all.find((s) => s.name === name);
      if (!spec) return { ok: false, error: `unknown flag: --${name}` };
      if (eq >= 0) {
        const e = setFlag(spec, a.slice(eq + 1), `--${name}`);
        if (e) return { ok: false, error: e };
      } else if (spec.kind === 'bool') out.flags[spec.name] = 'true';
      else {
        if (i + 1 >= args.length) return { ok: false, error: `flag needs an argument: --${name}` };
        out.flags[spec.name] = args[++i]!;
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // A run of shorthands: booleans until one that takes a value, which takes the rest (or the next word).
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const spec = all.find((s) => s.short === c);
        if (!spec) return { ok: false, error: `unknown shorthand flag: '${c}' in ${a}` };
        const rest = a.slice(j + 1);
        if (spec.kind === 'bool') {
          if (rest.startsWith('=')) {
            const e = setFlag(spec, rest.slice(1), `-${c}, --${spec.name}`);
            if (e) return { ok: false, error: e };
            break;
          }
          out.flags[spec.name] = 'true';
          continue;
        }
        if (rest.length) out.flags[spec.name] = rest.startsWith('=') ? rest.slice(1) : rest;
        else if (i + 1 < args.length) out.flags[spec.name] = args[++i]!;
        else return { ok: false, error: `flag needs an argument: '${c}' in -${c}` };
        break;
      }
      continue;
    }
    out.positional.push(a);
  }
  return { ok: true, value: out };
}
