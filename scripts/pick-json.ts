// `import part from './words.json?keys=a,b.c&pick'`: a module holding only those parts of a JSON file (top-level keys,
// or dotted paths to nested ones), in the file's own shape. The bundler keeps a JSON module whole once any page
// imports all of it, so a page that needs a few of a file's keys (the light lesson embed's words) gets them this way;
// a key the file lacks fails the build, naming it.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PICK = /^(.+\.json)\?keys=([\w.,-]+)&pick$/;
const PREFIX = '\0pick-json:';

type Json = { [key: string]: unknown };

/** The parts of `data` at `paths` (`a`, `a.b`), in the same nesting. */
export function pickJson(data: Json, paths: readonly string[]): Json {
  const out: Json = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = data;
    let to = out;
    keys.forEach((key, i) => {
      if (typeof from !== 'object' || from === null || !Object.hasOwn(from, key)) throw new Error(`pick-json: no "${path}"`);
      from = (from as Json)[key];
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Json;
    });
  }
  return out;
}

export function pickJsonPlugin(): Plugin {
  return {
    name: 'pick-json',
    enforce: 'pre',
    async resolveId(source, importer) {
      const m = PICK.exec(source);
      if (!m) return null;
      const file = await this.resolve(m[1]!, importer, { skipSelf: true });
      return file ? `${PREFIX}${file.id}?${m[2]}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [file, paths] = id.slice(PREFIX.length).split('?') as [string, string];
      this.addWatchFile(file);
      const data = JSON.parse(readFileSync(file, 'utf8')) as Json;
      return `export default ${JSON.stringify(pickJson(data, paths.split(',')))};`;
    },
  };
}
