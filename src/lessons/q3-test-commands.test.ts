// The article's commands in any spelling that reaches each Pod pass; a lookup that ends in failure or a Pod left out does not.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { q3TestCommands as lesson } from './q3-test-commands';
import type { PlaygroundState } from './types';

const { state, failed } = lessonCases(lesson);

describe('q3-test-commands', () => {
  it.each<[string, PlaygroundState]>([
    ['the article\'s commands', lesson.solution],
    ['quiet wgets and busybox\'s applet form', state({ shell: ['busybox nslookup mysql-headless.default.svc.cluster.local', 'wget -q -O- http://mysql-2.mysql-headless:3306', 'wget -q -O- http://mysql-1.mysql-headless:3306', 'wget -q -O- http://mysql-0.mysql-headless:3306'] })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing typed', lesson.start, ['lookup', 'each-pod']],
    ['the short name (busybox walks the search list and exits 1)', state({ shell: ['nslookup mysql-headless', ...lesson.solution.shell!.slice(1)] }), ['lookup']],
    ['two of the three Pods', state({ shell: lesson.solution.shell!.slice(0, 3) }), ['each-pod']],
    ['wget to the headless name three times (any Pods, not each)', state({ shell: [lesson.solution.shell![0]!, 'wget -O- http://mysql-headless:3306', 'wget -O- http://mysql-headless:3306'] }), ['each-pod']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
