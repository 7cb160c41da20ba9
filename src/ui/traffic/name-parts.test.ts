import { describe, expect, it } from 'vitest';
import { splitNames } from './name-parts';

describe('splitNames', () => {
  it.each([
    {
      name: 'a Deployment\'s Pods: the hash suffix differs',
      names: ['nginx-5cd48bb5b9-qmldf', 'nginx-5cd48bb5b9-ll2t8', 'nginx-5cd48bb5b9-vcn87'],
      want: ['qmldf', 'll2t8', 'vcn87'],
    },
    { name: 'a StatefulSet\'s Pods: the ordinal', names: ['mysql-0', 'mysql-1', 'mysql-2'], want: ['0', '1', '2'] },
    { name: 'a shared part inside a word is not cut', names: ['web-abc', 'web-abd'], want: ['abc', 'abd'] },
    { name: 'nothing shared', names: ['a', 'b'], want: ['a', 'b'] },
    { name: 'one name: whole', names: ['nginx-5cd48bb5b9-qmldf'], want: ['nginx-5cd48bb5b9-qmldf'] },
    { name: 'one name is the others\' prefix', names: ['web', 'web-1'], want: ['web', 'web-1'] },
  ])('$name', ({ names, want }) => {
    const parts = splitNames(names);
    expect(parts.map((p) => p.differs)).toEqual(want);
    parts.forEach((p, i) => expect(p.common + p.differs).toBe(names[i]));
  });
});
