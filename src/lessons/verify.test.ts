// The unit suite runs what `npm run lessons:verify` runs, and shows the verifier catches each kind of defect.
import { describe, expect, it } from 'vitest';
import { lessons } from './index';
import { mixedRead } from './mixed-read';
import { q1Decision } from './q1-decision';
import type { Lesson } from './types';
import { linkProblem, verifyLesson, verifyLessons } from './verify';

describe('lessons:verify', () => {
  it('every lesson can be failed and solved, in both languages, with good links, covering the article', () => {
    const report = verifyLessons(lessons);
    expect({ problems: report.problems, lessons: report.lessons.filter((r) => r.problems.length) }).toEqual({ problems: [], lessons: [] });
  });

  const broken = (change: (l: Lesson) => Lesson) => verifyLesson(change(structuredClone(mixedRead))).problems;

  it.each<[string, (l: Lesson) => Lesson, string]>([
    ['a start that already passes', (l) => ({ ...l, start: l.solution }), 'the start state already passes'],
    ['a solution that fails', (l) => ({ ...l, solution: l.start }), 'the solution fails check reads-reach-replicas'],
    ['a missing Chinese goal', (l) => ({ ...l, goal: { ...l.goal, 'zh-CN': ' ' } }), 'goal: no zh-CN text'],
    ['a missing English hint', (l) => ({ ...l, hints: [{ ...l.hints[0]!, en: '' }] }), 'hint 1: no en text'],
    ['ASCII punctuation beside Chinese', (l) => ({ ...l, title: { ...l.title, 'zh-CN': '读写分离,主库写' } }), 'title: zh-CN punctuation beside Chinese is not full-width'],
    ['four hints', (l) => ({ ...l, hints: [...l.hints, l.hints[0]!] }), '4 hints (1 to 3)'],
    ['an answer that is not a choice', (l) => ({ ...l, prediction: { ...l.prediction, answer: 'four' } }), 'prediction: answer "four" is not a choice'],
    ['an http link', (l) => ({ ...l, debrief: { ...l.debrief, links: [{ ...l.debrief.links[0]!, href: 'http://kubernetes.io/docs/' }] } }), 'debrief link not https: http://kubernetes.io/docs/'],
    ['no link', (l) => ({ ...l, debrief: { ...l.debrief, links: [] } }), 'debrief: no link'],
    ['an unknown seed id', (l) => ({ ...l, seed: ['mixed-reads' as never] }), 'unknown seed id "mixed-reads"'],
    ['a start no link can carry', (l) => ({ ...l, start: { ...l.start, client: '<b>test</b>' } }), 'the start state cannot travel in a link'],
    ['two checks of one id', (l) => ({ ...l, checks: [l.checks[0]!, l.checks[0]!] }), 'check id "reads-reach-replicas" twice'],
  ])('catches %s', (_, change, problem) => {
    expect(broken(change)).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });

  it.each<[string, (c: NonNullable<Lesson['chooser']>) => NonNullable<Lesson['chooser']>, string]>([
    ['a step to no result', (c) => ({ ...c, questions: c.questions.map((q) => (q.id === 'stateless' ? { ...q, yes: { result: 'nodeport' } } : q)) }), 'chooser: question stateless leads to no result "nodeport"'],
    ['a loop', (c) => ({ ...c, questions: c.questions.map((q) => (q.id === 'differ' ? { ...q, no: { question: 'stateless' } } : q)) }), 'chooser: a loop through stateless → see-all → differ → stateless'],
    ['a result never reached', (c) => ({ ...c, questions: c.questions.map((q) => (q.id === 'stateless' || q.id === 'differ' ? { ...q, yes: { result: 'headless' }, no: { result: 'headless' } } : q)) }), 'chooser: "clusterip" is never reached'],
    ['a question without Chinese', (c) => ({ ...c, questions: c.questions.map((q) => ({ ...q, text: { ...q.text, 'zh-CN': '' } })) }), 'chooser question stateless: no zh-CN text'],
  ])('catches a chooser with %s', (_, change, problem) => {
    const lesson = structuredClone(q1Decision);
    expect(verifyLesson({ ...lesson, chooser: change(lesson.chooser!) }).problems).toContain(problem);
  });

  it('catches a seed id no lesson covers, and a lesson id used twice', () => {
    const report = verifyLessons([mixedRead, mixedRead]);
    expect(report.ok).toBe(false);
    expect(report.problems).toContain('lesson id "mixed-read" twice');
    expect(report.problems).toContain('seed id "kafka" is covered by no lesson');
  });

  it.each([
    ['https://kubernetes.io/docs/concepts/services-networking/service/', null],
    ['https://github.com/kubernetes/kubernetes/blob/master/pkg/proxy/iptables/proxier.go', null],
    ['https://github.com/coredns/coredns/tree/master/plugin/kubernetes', null],
    ['https://coredns.io/plugins/loadbalance/', null],
    ['https://github.com/someone/kubernetes-notes', 'not a known source (github.com/someone/kubernetes-notes): https://github.com/someone/kubernetes-notes'],
    ['https://kubernetes.io.example.com/docs/', 'not a known source (kubernetes.io.example.com/docs/): https://kubernetes.io.example.com/docs/'],
    ['https://user@kubernetes.io/docs/', 'carries credentials or a port: https://user@kubernetes.io/docs/'],
    ['javascript:alert(1)', 'not https: javascript:alert(1)'],
    ['kubernetes.io/docs', 'not a URL: kubernetes.io/docs'],
    ['https://kubernetes.io/docs/a b', 'not in normal form (https://kubernetes.io/docs/a%20b): https://kubernetes.io/docs/a b'],
  ])('link %s', (href, problem) => {
    expect(linkProblem(href)).toBe(problem);
  });
});
