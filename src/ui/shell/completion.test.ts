// Tab at the prompt, with the seed's words.
import { describe, expect, it } from 'vitest';
import { newShellSession, shellWords } from '../../core';
import { seedCluster } from '../../core/testing';
import { completeLine } from './completion';
import { emptyLine } from './line-editor';

const cluster = seedCluster();
const words = shellWords(cluster, newShellSession(cluster, { pod: 'default/test' }));
const tab = (text: string) => completeLine({ ...emptyLine, text, cursor: text.length }, words);

describe('completeLine', () => {
  it.each([
    ['nsl', 'nslookup '],
    ['nslookup web', 'nslookup web-service'],
    ['nslookup mysql-0.', 'nslookup mysql-0.mysql-headless'],
    ['wget -O- http://mysql-0.mysql-h', 'wget -O- http://mysql-0.mysql-headless'],
    ['nslookup web-service.default.svc.c', 'nslookup web-service.default.svc.cluster.local '],
    ['echo a; wg', 'echo a; wget '],
  ])('%s → %s', (typed, want) => expect(tab(typed).line.text).toBe(want));

  it('lists the candidates when the line cannot grow', () => {
    const r = tab('nslookup mysql-');
    expect(r.line.text).toBe('nslookup mysql-');
    expect(r.list).toEqual(expect.arrayContaining(['mysql-0', 'mysql-headless', 'mysql-0.mysql-headless']));
  });

  it('leaves a word nothing matches alone', () => {
    expect(tab('nslookup zzz')).toEqual({ line: { ...emptyLine, text: 'nslookup zzz', cursor: 12 }, list: [] });
  });
});
