// One limit a learner meets: any source the core reads can be saved as a draft and shared as a link, whatever
// it holds (text that JSON escapes, text that does not compress); one byte more and the core says why.
import { describe, expect, it } from 'vitest';
import { loadCluster, MAX_SOURCE_BYTES } from '../../core';
import { linkWriter } from '../link-writer';
import { createDraftStore, type StorageLike } from '../storage';
import { decodeShareFragment, encodeShareState, MAX_FRAGMENT_CHARS } from '.';

/** `line` repeated up to exactly `bytes` bytes (ASCII), as YAML comments. */
function sourceOf(bytes: number, line: (i: number) => string): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += line(i);
  return out.slice(0, bytes);
}

let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const sources = {
  'quotes and backslashes that JSON escapes': sourceOf(MAX_SOURCE_BYTES, () => '# "\\\\" "\\t"\n'),
  'text that does not compress': sourceOf(MAX_SOURCE_BYTES, () => `# ${Array.from({ length: 70 }, () => String.fromCharCode(33 + Math.floor(random() * 94))).join('')}\n`),
};

class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  getItem = (k: string): string | null => this.map.get(k) ?? null;
  setItem = (k: string, v: string): void => void this.map.set(k, v);
  removeItem = (k: string): void => void this.map.delete(k);
}

describe.each(Object.entries(sources))('a %s source of exactly MAX_SOURCE_BYTES', (_name, yaml) => {
  it('is read by the core', () => {
    expect(loadCluster(yaml).diagnostics.map((d) => d.code)).not.toContain('source-too-large');
    expect(loadCluster(`${yaml}#`).diagnostics.map((d) => d.code)).toContain('source-too-large');
  });

  it('is shared as a link that opens, and saved as a draft that comes back', () => {
    const link = encodeShareState({ yaml, actions: [], seed: 1 });
    if (!link.ok) throw new Error(`not shared: ${link.error.code}`);
    expect(link.value.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    const opened = decodeShareFragment(link.value);
    expect(opened.ok && opened.value.yaml === yaml).toBe(true);
    const drafts = createDraftStore({ ok: true, value: new MemoryStorage() }, linkWriter.encode);
    expect(drafts.saveDraft({ yaml, actions: [], seed: 1 }, { now: 1 }).ok).toBe(true);
    const back = drafts.loadDraft();
    expect(back.ok && back.value?.state.yaml === yaml).toBe(true);
  });
});
