// The lessons' face: every lesson (the panel lists them in this order, grouped by `section`), the checker, and the
// contract's types. One file per lesson; add a lesson by importing it and listing it below, and in load.ts, which
// loads each on its own for the page.
import { clusterIPTargetPort } from './clusterip-target-port';
import { clusterIPDns } from './clusterip-dns';
import { clusterIPRules } from './clusterip-rules';
import { sessionAffinityLesson } from './session-affinity';
import { headlessDns } from './headless-dns';
import { statefulSetPodDns } from './statefulset-pod-dns';
import { scenarioWeb } from './scenario-web';
import { pathComparison } from './path-comparison';
import { useCaseTable } from './use-case-table';
import { kafka } from './kafka';
import { elasticsearch } from './elasticsearch';
import { redis } from './redis';
import { mixedRead } from './mixed-read';
import { q1Decision } from './q1-decision';
import { q2ClientLb } from './q2-client-lb';
import { q3TestCommands } from './q3-test-commands';
import { q4StatefulSetClusterIP } from './q4-statefulset-clusterip';
// Beyond the article
import { pingClusterIP } from './ping-clusterip';
import { kubeProxyDataPath } from './kube-proxy-data-path';
import { perConnectionBalancing } from './per-connection-balancing';
import { ndotsSearchList } from './ndots-search-list';
import { busyboxNslookupDots } from './busybox-nslookup-dots';
import { readinessDnsRules } from './readiness-dns-rules';
import { publishNotReady } from './publish-not-ready';
import { affinityBehindSnat } from './affinity-behind-snat';
import { deploymentHeadlessNames } from './deployment-headless-names';
import { selectorlessEndpointSlice } from './selectorless-endpointslice';
import { externalNameCname } from './externalname-cname';
import { endpointsDeprecated } from './endpoints-deprecated';
import type { Lesson } from './types';

export const lessons: Lesson[] = [
  clusterIPTargetPort,
  clusterIPDns,
  clusterIPRules,
  sessionAffinityLesson,
  headlessDns,
  statefulSetPodDns,
  scenarioWeb,
  pathComparison,
  useCaseTable,
  kafka,
  elasticsearch,
  redis,
  mixedRead,
  q1Decision,
  q2ClientLb,
  q3TestCommands,
  q4StatefulSetClusterIP,
  // Beyond the article
  pingClusterIP,
  kubeProxyDataPath,
  perConnectionBalancing,
  ndotsSearchList,
  busyboxNslookupDots,
  readinessDnsRules,
  publishNotReady,
  affinityBehindSnat,
  deploymentHeadlessNames,
  selectorlessEndpointSlice,
  externalNameCname,
  endpointsDeprecated,
];

export { loadCatalogue, loadCheckLesson, loadLesson, loadLessonFromLink, loadLessons } from './load';
export { checkLesson, buildLessonCluster, DEFAULT_CLIENT } from './check';
export { lessonFromLink, linkLesson, linkedLessonKey, teacherLesson, LINKED_LESSON_PREFIX, type LessonDraft, type TeacherCheck } from './teacher-lesson';
export { verifyLessons, verifyLesson, linkProblem, DEBRIEF_SOURCES, type VerifyReport, type LessonReport } from './verify';
export { LESSON_LANGUAGES, LESSON_SECTIONS, LESSON_SECTION_TITLES, SEED_IDS } from './types';
export type * from './types';
