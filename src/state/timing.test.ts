import { afterEach, describe, expect, it } from 'vitest';
import { markTiming } from './timing';

describe('markTiming', () => {
  afterEach(() => performance.clearMarks());

  it('keeps only the latest mark of each name, however many edits a session makes', () => {
    const seen: number[] = [];
    for (let i = 0; i < 1000; i++) {
      markTiming('ksp:rebuild-start');
      markTiming('ksp:graph-painted');
      seen.push(performance.getEntriesByName('ksp:rebuild-start').at(-1)!.startTime);
    }
    expect(performance.getEntriesByName('ksp:rebuild-start')).toHaveLength(1);
    expect(performance.getEntriesByName('ksp:graph-painted')).toHaveLength(1);
    expect(performance.getEntriesByName('ksp:rebuild-start')[0]!.startTime).toBe(seen.at(-1));
  });

  it('leaves marks of other names alone', () => {
    performance.mark('someone-else');
    markTiming('ksp:cluster-set');
    expect(performance.getEntriesByName('someone-else')).toHaveLength(1);
  });
});
