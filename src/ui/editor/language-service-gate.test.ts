// The YAML language worker's gate: what the language service is not given, and what it may not answer.
import { describe, expect, it, vi } from 'vitest';
import { aliasExpansionExceeds } from './alias-expansion';
import { gateService, languageServiceRefuses, MAX_REPLY_ITEMS } from './language-service-gate';

/** The "billion laughs" manifest: `levels` levels of ten aliases each, 10^levels nodes once expanded (about 1 KB). */
function aliasBomb(levels: number, inList = false): string {
  const lines = ['data: &d0 {a: "1"}'];
  for (let i = 1; i <= levels; i++) lines.push(`x${i}: &i${i} [${Array.from({ length: 10 }, () => `*${i === 1 ? 'd0' : `i${i - 1}`}`).join(', ')}]`);
  const body = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n${lines.join('\n')}\n`;
  if (!inList) return body;
  return `apiVersion: v1\nkind: List\nitems:\n- ${body.split('\n').join('\n  ').trimEnd()}\n`;
}

describe('aliasExpansionExceeds', () => {
  it('counts what the aliases would expand to, without expanding them', () => {
    const started = performance.now();
    expect(aliasExpansionExceeds(aliasBomb(6), 200_000)).toBe(true);
    expect(aliasExpansionExceeds(aliasBomb(7, true), 200_000)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('lets ordinary anchors and merge keys through', () => {
    expect(aliasExpansionExceeds(aliasBomb(3), 200_000)).toBe(false);
    expect(aliasExpansionExceeds('base: &b {app: web}\nlabels:\n  <<: *b\n  tier: x\nmore: *b\n', 200_000)).toBe(false);
  });

  it('refuses an alias to the node that contains it', () => {
    expect(aliasExpansionExceeds('a: &x [1, *x]\n', 200_000)).toBe(true);
  });
});

describe('gateService', () => {
  const service = {
    doValidation: vi.fn(async (_uri: string) => [{ message: 'x' }]),
    getFoldingRanges: vi.fn((_uri: string) => Array.from({ length: 5000 }, (_, i) => ({ startLine: i, endLine: i + 1 }))),
    doHover: vi.fn(async (_uri: string) => {
      throw new Error('language service failed');
    }),
  };
  const texts: Record<string, string> = { 'file:///ok.yaml': 'kind: Service\n', 'file:///bomb.yaml': aliasBomb(6), 'file:///huge.yaml': 'a: b\n'.repeat(300_000) };
  const gated = gateService(service, (uri) => texts[uri]) as Record<string, (uri: string) => Promise<unknown>>;

  it('passes an ordinary document to the language service', async () => {
    await expect(gated.doValidation!('file:///ok.yaml')).resolves.toEqual([{ message: 'x' }]);
  });

  it('answers nothing for an alias bomb or an oversized source, without asking the language service', async () => {
    service.doValidation.mockClear();
    await expect(gated.doValidation!('file:///bomb.yaml')).resolves.toBeUndefined();
    await expect(gated.doValidation!('file:///huge.yaml')).resolves.toBeUndefined();
    expect(service.doValidation).not.toHaveBeenCalled();
    expect(languageServiceRefuses(texts['file:///bomb.yaml']!)).toBe(true);
  });

  it('cuts long replies and answers nothing when the language service fails', async () => {
    await expect(gated.getFoldingRanges!('file:///ok.yaml')).resolves.toHaveLength(MAX_REPLY_ITEMS);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(gated.doHover!('file:///ok.yaml')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
