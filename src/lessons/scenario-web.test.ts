// The article's commands, or their long forms, pass; a wget that gets no page does not.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { scenarioWeb as lesson } from './scenario-web';
import type { PlaygroundState } from './types';

const { state, failed } = lessonCases(lesson);

describe('scenario-web', () => {
  it.each<[string, PlaygroundState]>([
    ['the article\'s commands', lesson.solution],
    ['the full names', state({ shell: ['nslookup web-service.default.svc.cluster.local', 'wget -O- http://web-service.default.svc.cluster.local'] })],
    ['busybox\'s applet form', state({ shell: ['busybox nslookup web-service', 'busybox wget -q -O- http://web-service'] })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing typed', lesson.start, ['looked-up', 'page']],
    ['only the lookup', state({ shell: ['nslookup web-service'] }), ['page']],
    ['wget to a port nginx does not serve', state({ shell: ['nslookup web-service', 'wget -q -O- http://web-service:8080'] }), ['page']],
    ['the commands, with nginx scaled to 0', state({ shell: lesson.solution.shell, actions: [{ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 0 }] }), ['page', 'spread']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
