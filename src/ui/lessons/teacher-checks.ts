// The checks a teacher can pick for a lesson of their own: outcomes the core can test that hold on the screen now
// (the Services' ready endpoints, where the running total's requests landed, the shell lines' exit statuses),
// worded in both languages from the values themselves. The lesson file they go into is judged by the same
// checkLesson as the built-in lessons.
import type { Cluster } from '../../core';
import type { CheckItem, Lesson, LessonText, PlaygroundState } from '../../lessons';
import type { ShellLineResult, Tally } from '../../state';

const podName = (ns: string, name: string): string => (ns === 'default' ? name : `${ns}/${name}`);
const both = (en: string, zh: string): LessonText => ({ en, 'zh-CN': zh });

export function candidateChecks(cluster: Cluster | null, tally: Tally | null, shell: readonly ShellLineResult[]): CheckItem[] {
  const out: CheckItem[] = [];
  for (const svc of cluster?.services ?? []) {
    if (svc.type === 'ExternalName' || svc.namespace === 'kube-system') continue;
    const pods = cluster!.endpointSlices
      .filter((s) => s.namespace === svc.namespace && s.service === svc.name)
      .flatMap((s) => s.endpoints.filter((e) => e.conditions.ready !== false && e.targetRef).map((e) => podName(e.targetRef!.namespace, e.targetRef!.name)));
    const list = [...new Set(pods)].sort();
    const name = podName(svc.namespace, svc.name);
    out.push({
      id: `endpoints-${svc.namespace}-${svc.name}`,
      text: list.length
        ? both(`${name} has exactly these ready endpoints: ${list.join(', ')}`, `${name} 的就绪端点正好是：${list.join('、')}`)
        : both(`${name} has no ready endpoint`, `${name} 没有就绪的端点`),
      check: { kind: 'endpoints', service: name, expect: list.length ? { exactly: { pods: list } } : { count: 0 } },
    });
  }
  if (tally && tally.requests > 0) {
    const landed = Object.keys(tally.hits).filter((p) => (tally.hits[p] ?? 0) > 0).map((p) => p.replace(/^pod:/, '').replace(/^default\//, '')).sort();
    out.push({
      id: 'requests-land',
      text: landed.length
        ? both(`Requests to ${tally.target} land on exactly: ${landed.join(', ')}`, `发往 ${tally.target} 的请求正好落在：${landed.join('、')}`)
        : both(`No request to ${tally.target} reaches a Pod`, `发往 ${tally.target} 的请求不会到达任何 Pod`),
      check: { kind: 'requests', target: tally.target, expect: landed.length ? { landOn: { exactly: { pods: landed } } } : { landOn: { count: 0 } } },
    });
  }
  const seen = new Set<string>();
  for (const entry of shell) {
    const program = entry.line.trim().split(/\s+/)[0] ?? '';
    if (!/^[a-z][\w.-]*$/.test(program) || seen.has(`${program}:${entry.exitCode}`)) continue;
    seen.add(`${program}:${entry.exitCode}`);
    out.push({
      id: `shell-${program}-${entry.exitCode}`,
      text: both(`A ${program} line in the shell ends with exit status ${entry.exitCode}`, `Shell 中有一条 ${program} 命令以退出码 ${entry.exitCode} 结束`),
      check: { kind: 'shell', program, expect: { exitCode: entry.exitCode } },
    });
  }
  return out;
}

export interface LessonDraft {
  id: string;
  title: LessonText;
  goal: LessonText;
  question: LessonText;
}

/** The lesson file: JSON, as the lessons' types are (plain data a teacher can read and change). Its start is what
 *  the screen began from, its solution what is on screen now, its checks the ones picked. */
export function teacherLesson(draft: LessonDraft, start: PlaygroundState, solution: PlaygroundState, checks: CheckItem[]): Lesson {
  return {
    id: draft.id,
    section: 'beyond',
    seed: [],
    title: draft.title,
    goal: draft.goal,
    prediction: {
      question: draft.question,
      choices: [
        { id: 'yes', text: both('Yes', '会') },
        { id: 'no', text: both('No', '不会') },
      ],
      answer: 'yes',
    },
    start,
    solution,
    hints: [],
    debrief: { text: draft.goal, links: [] },
    checks,
  };
}
