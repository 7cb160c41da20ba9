// The checks a teacher can pick for a lesson of their own: outcomes the core can test that hold on the screen now
// (the Services' ready endpoints, where the running total's requests landed, the shell lines' exit statuses),
// worded in both languages from the values themselves. The lesson file or link they go into is judged by the same
// checkLesson as the built-in lessons.
import type { Cluster } from '../../core';
import type { LessonText, TeacherCheck } from '../../lessons';
import type { ShellLineResult, Tally } from '../../state';

const podName = (ns: string, name: string): string => (ns === 'default' ? name : `${ns}/${name}`);
const both = (en: string, zh: string): LessonText => ({ en, 'zh-CN': zh });

export function candidateChecks(cluster: Cluster | null, tally: Tally | null, shell: readonly ShellLineResult[]): TeacherCheck[] {
  const out: TeacherCheck[] = [];
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
      check: { kind: 'endpoints', service: name, pods: list },
    });
  }
  if (tally && tally.requests > 0) {
    const landed = Object.keys(tally.hits).filter((p) => (tally.hits[p] ?? 0) > 0).map((p) => p.replace(/^pod:/, '').replace(/^default\//, '')).sort();
    out.push({
      id: 'requests-land',
      text: landed.length
        ? both(`Requests to ${tally.target} land on exactly: ${landed.join(', ')}`, `发往 ${tally.target} 的请求正好落在：${landed.join('、')}`)
        : both(`No request to ${tally.target} reaches a Pod`, `发往 ${tally.target} 的请求不会到达任何 Pod`),
      check: { kind: 'requests', target: tally.target, pods: landed },
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
      check: { kind: 'shell', program, exitCode: entry.exitCode },
    });
  }
  return out;
}
