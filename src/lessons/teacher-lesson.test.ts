// A teacher's lesson from a link is judged by the same checkLesson as a built-in one, on the outcomes the core
// computes: the default scenario, with nginx scaled to 0 as the task.
import { describe, expect, it } from 'vitest';
import defaultYaml from '../scenarios/default.yaml?raw';
import type { ShareLesson } from '../state/codecs';
import { checkLesson } from './check';
import { scale } from './lesson-kit';
import { lessonFromLink, linkedLessonKey, linkLesson, LINKED_LESSON_PREFIX, teacherLesson, type TeacherCheck } from './teacher-lesson';
import type { PlaygroundState } from './types';

const start: PlaygroundState = { yaml: defaultYaml, actions: [], seed: 3, target: 'web-service' };
const scaledToZero: PlaygroundState = { ...start, actions: [scale('Deployment', 'nginx', 0)] };

const shared: ShareLesson = {
  id: 'my-lesson',
  title: { en: 'Empty the Service' },
  goal: { en: 'Leave web-service with no Pod behind it.' },
  question: { en: 'Will a wget to web-service fail then?' },
  answer: 'yes',
  checks: [
    { id: 'endpoints-default-web-service', text: { en: 'web-service has no ready endpoint', 'zh-CN': 'web-service 没有就绪的端点' }, check: { kind: 'endpoints', service: 'web-service', pods: [] } },
    { id: 'requests-land', text: { en: 'No request to web-service reaches a Pod' }, check: { kind: 'requests', target: 'web-service', pods: [] } },
  ],
};

describe('a teacher lesson from a link', () => {
  const lesson = lessonFromLink({ ...start, lesson: shared });

  it('fails on its start and passes once the learner has done the task, whichever way', () => {
    expect(checkLesson(lesson, start).items.map((i) => i.passed)).toEqual([false, false]);
    expect(checkLesson(lesson, scaledToZero).passed).toBe(true);
    // The same outcome made in the text instead of on the graph.
    expect(checkLesson(lesson, { ...start, yaml: defaultYaml.replace('  replicas: 3\n', '  replicas: 0\n') }).passed).toBe(true);
    // A near miss: one Pod left is still an endpoint.
    expect(checkLesson(lesson, { ...start, actions: [scale('Deployment', 'nginx', 1)] }).passed).toBe(false);
  });

  it('checks exact landing and a shell line\'s exit status as the export words them', () => {
    const withShell = lessonFromLink({ ...start, lesson: { ...shared, checks: [{ id: 'shell-wget-1', text: { en: 'wget fails' }, check: { kind: 'shell', program: 'wget', exitCode: 1 } }] } });
    expect(checkLesson(withShell, { ...start, shell: ['wget -q -O- -T 2 web-service'] }).passed).toBe(false);
    expect(checkLesson(withShell, { ...scaledToZero, shell: ['wget -q -O- -T 2 web-service'] }).passed).toBe(true);
  });

  it('starts from the link\'s state, has no solution to play, and shows the written language in the other', () => {
    expect(lesson.start).toEqual(start);
    expect(lesson.solution).toEqual(start);
    expect(lesson.fromLink).toEqual({ languages: ['en'] });
    expect(lesson.title).toEqual({ en: 'Empty the Service', 'zh-CN': 'Empty the Service' });
    expect(lesson.checks[0]!.text).toEqual({ en: 'web-service has no ready endpoint', 'zh-CN': 'web-service 没有就绪的端点' });
    expect(lesson.checks[1]!.text['zh-CN']).toBe('No request to web-service reaches a Pod');
    expect(lesson.prediction.question['zh-CN']).toBe('Will a wget to web-service fail then?');
  });

  it('is titled by its id when the teacher gave no title', () => {
    expect(lessonFromLink({ ...start, lesson: { ...shared, title: {} } }).title).toEqual({ en: 'my-lesson', 'zh-CN': 'my-lesson' });
  });

  it('keeps its progress under a key no built-in lesson has, different for another lesson of the same id', () => {
    expect(lesson.id).toBe(linkedLessonKey({ ...start, lesson: shared }));
    expect(lesson.id.startsWith(LINKED_LESSON_PREFIX)).toBe(true);
    expect(lesson.id.endsWith('-my-lesson')).toBe(true);
    expect(lesson.id.length).toBeLessThanOrEqual(63);
    const other = lessonFromLink({ ...start, lesson: { ...shared, goal: { en: 'Something else.' } } });
    expect(other.id).not.toBe(lesson.id);
  });
});

describe('the export', () => {
  const checks: TeacherCheck[] = [{ id: 'endpoints-default-web-service', text: { en: 'none', 'zh-CN': '没有' }, check: { kind: 'endpoints', service: 'web-service', pods: [] } }];
  const draft = { id: 'my-lesson', title: { en: 'T', 'zh-CN': '' }, goal: { en: '', 'zh-CN': '清空它' }, question: { en: 'Q?', 'zh-CN': ' ' }, answer: 'no' as const };

  it('puts in a link only the languages the teacher wrote', () => {
    expect(linkLesson(draft, checks)).toEqual({ id: 'my-lesson', title: { en: 'T' }, goal: { 'zh-CN': '清空它' }, question: { en: 'Q?' }, answer: 'no', checks });
  });

  it('makes the file and the link the same checks', () => {
    const file = teacherLesson(draft, start, scaledToZero, checks);
    const linked = lessonFromLink({ ...start, lesson: linkLesson(draft, checks) });
    expect(file.checks.map((c) => c.check)).toEqual(linked.checks.map((c) => c.check));
    expect(checkLesson(file, scaledToZero).passed).toBe(true);
    // The teacher's answer to their own question, in both.
    expect([file.prediction.answer, linked.prediction.answer]).toEqual(['no', 'no']);
  });
});
