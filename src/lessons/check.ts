// checkLesson: build the cluster a playground state describes, exactly as the playground's worker does, and ask
// the core what happens — DNS answers, where requests land, endpoints, kube-proxy's rules, a command's exit status.
// Only outcomes are judged, so any correct fix passes, however it was made, and no cosmetic edit can pass.
import { DEFAULT_KUBERNETES_VERSION, SEED_CLIENT, loadCluster, type Cluster } from '../core';
import { runCheck, type CheckContext } from './outcomes';
import type { CheckItemResult, Lesson, LessonCheck, PlaygroundState } from './types';

/** The client a state's checks look from when it names none: the seed's `kubectl run test` Pod. */
export const DEFAULT_CLIENT = `${SEED_CLIENT.namespace}/${SEED_CLIENT.name}`;

/**
 * The cluster on the learner's screen for a state: the seed's client runs in it, then the learner's actions apply,
 * under the state's Kubernetes minor (a state without one means the default, as a link without one does).
 */
export function buildLessonCluster(state: PlaygroundState): Cluster {
  const kubernetesVersion = state.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  return loadCluster(state.yaml, { nodes: state.nodes, run: [SEED_CLIENT], actions: state.actions, kubernetesVersion }).cluster;
}

/**
 * Judge a state against a lesson's checks. Pure and deterministic (the state's seed drives every random pick), so
 * it runs the same in Node, in a test and in a Web Worker.
 * @example
 * const lesson = lessons.find((l) => l.id === 'mixed-read')!;
 * checkLesson(lesson, lesson.start).passed;    // false
 * checkLesson(lesson, lesson.solution).passed; // true
 */
export function checkLesson(lesson: Lesson, state: PlaygroundState): LessonCheck {
  const ctx: CheckContext = { cluster: buildLessonCluster(state), state, client: state.client ?? DEFAULT_CLIENT };
  const items = lesson.checks.map((item): CheckItemResult => {
    const { passed, observed } = runCheck(ctx, item.check);
    return { id: item.id, passed, en: item.text.en, 'zh-CN': item.text['zh-CN'], observed };
  });
  return { passed: items.length > 0 && items.every((i) => i.passed), items };
}
