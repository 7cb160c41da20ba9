// js-yaml's syntax errors in go-yaml's words, as kubectl prints them (sigs.k8s.io/yaml over go-yaml v2:
// `error converting YAML to JSON: yaml: line N: <problem>`). Each problem text is go-yaml's own
// (scannerc.go, parserc.go); the mapping was checked by running sigs.k8s.io/yaml on the table cases in
// yaml-errors.test.ts.
//
// go-yaml's line numbers (yaml.go, parser.fail): a scanner error prints its problem mark's line + 1,
// a parser error prints the 0-based line of its problem mark as it is (so one less than the line the
// problem is on), and a problem on the first line prints no line at all.

export interface GoYamlProblem {
  problem: string;
  /** 0-based line (in the document) of go-yaml's problem mark. */
  markLine: number;
  /** Scanner errors print markLine + 1, parser errors markLine. */
  scanner: boolean;
}

/**
 * go-yaml's problem for the js-yaml error `reason` at 0-based `line`/`column` of `text`, or undefined
 * when there is no verified equivalent (the js-yaml reason is then shown as it is).
 */
export function goYamlProblem(text: string, reason: string, line: number, column: number): GoYamlProblem | undefined {
  switch (reason) {
    case 'bad indentation of a mapping entry': {
      const lineText = lineAt(text, line);
      if (tabInIndentation(lineText)) return tabProblem(text, line);
      // js-yaml stops at the `:` of a key that sits deeper than its mapping (`  name: web` then
      // `   labels: {}`, or `name: web: x`): go-yaml's scanner refuses the `:` itself. A key or `- item`
      // outdented from its block is a parser error at that line.
      if (lineText[column] === ':') return { problem: 'mapping values are not allowed in this context', markLine: line, scanner: true };
      return { problem: 'did not find expected key', markLine: line, scanner: false };
    }
    case 'bad indentation of a sequence entry':
      if (tabInIndentation(lineAt(text, line))) return tabProblem(text, line);
      // An outdented `- item` under a sequence: the block sequence parser wants its next `-`.
      return { problem: "did not find expected '-' indicator", markLine: line, scanner: false };
    case 'tab characters must not be used in indentation':
      return tabProblem(text, line);
    case 'unexpected end of the stream within a flow collection': {
      const open = innermostOpenBracket(text);
      if (open === undefined) return undefined;
      // The parser meets STREAM-END, which the scanner puts on a new line (fetch_stream_end), as js-yaml's mark is.
      return { problem: `did not find expected ',' or '${open === '[' ? ']' : '}'}'`, markLine: line, scanner: false };
    }
    case 'unexpected end of the stream within a double quoted scalar':
    case 'unexpected end of the stream within a single quoted scalar':
      // The scanner's mark is at the very end of the text; js-yaml added a line break first when the text had none.
      return { problem: 'found unexpected end of stream', markLine: text.endsWith('\n') ? line : Math.max(0, line - 1), scanner: true };
    case 'can not read a block mapping entry; a multiline key may not be an implicit key':
      return { problem: "could not find expected ':'", markLine: line, scanner: true };
    default:
      return undefined;
  }
}

/** The line go-yaml prints for `p` in a document that starts on 0-based source line `offset`; undefined: none. */
export function goYamlLine(p: GoYamlProblem, offset: number): number | undefined {
  const line = offset + p.markLine;
  if (line === 0) return undefined;
  return p.scanner ? line + 1 : line;
}

/**
 * A tab in indentation. After a plain scalar go-yaml is still scanning that scalar's continuation
 * lines (scan_plain_scalar: "found a tab character that violates indentation"); anywhere else the tab
 * starts the next token, which nothing can.
 */
function tabProblem(text: string, line: number): GoYamlProblem {
  return {
    problem: previousEndsInPlainScalar(text, line) ? 'found a tab character that violates indentation' : 'found character that cannot start any token',
    markLine: line,
    scanner: true,
  };
}

function lineAt(text: string, line: number): string {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

function tabInIndentation(lineText: string): boolean {
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return indent.includes('\t');
}

/** True when the last line with content before `line` ends in a plain (unquoted, non-flow) scalar value. */
function previousEndsInPlainScalar(text: string, line: number): boolean {
  for (let l = line - 1; l >= 0; l--) {
    const t = lineAt(text, l).replace(/(^|[ \t])#.*$/, '').trim();
    if (t === '') continue;
    // `key: value`, `- value` or `- key: value`: the value after the last indicator.
    const m = /(?:^-[ \t]+|:[ \t]+)([^:]*)$/.exec(t);
    const value = m?.[1]?.trim() ?? (t.endsWith(':') ? '' : t);
    return value !== '' && !/^["'[{|>&*!]/.test(value) && !value.endsWith(':');
  }
  return false;
}

/** The innermost `[` or `{` still open at the end of `text`, outside quotes and comments. */
function innermostOpenBracket(text: string): '[' | '{' | undefined {
  const stack: string[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== '') {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if (c === '#' && (i === 0 || /[ \t\n]/.test(text[i - 1] as string))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
    } else if ((c === '"' || c === "'") && (i === 0 || /[ \t\n[{,:]/.test(text[i - 1] as string))) quote = c;
    else if (c === '[' || c === '{') stack.push(c);
    else if (c === ']' || c === '}') stack.pop();
  }
  const top = stack[stack.length - 1];
  return top === '[' || top === '{' ? top : undefined;
}

/**
 * A YAML syntax error in kubectl's words (sigs.k8s.io/yaml): go-yaml's problem where
 * goYamlProblem knows it, else js-yaml's reason. go-yaml prints no line for a problem on the
 * first line (`line` undefined).
 */
export function yamlErrorMessage(line: number | undefined, reason: string): string {
  return `error converting YAML to JSON: yaml: ${line === undefined ? '' : `line ${line}: `}${reason}`;
}
