// Each lesson's module on its own, for the page: the light embed loads only the lesson it shows, the Lessons panel all
// of them. The bundler makes a chunk of each module imported here, so what one lesson needs (its scenario, the core
// functions it builds its states with) comes with that lesson only. `lessons` in index.ts lists the same modules
// statically for Node (lessons:verify, the tests); load.test.ts holds the two lists equal, in the same order.
import type { checkLesson } from './check';
import type { lessonFromLink } from './teacher-lesson';
import type { Lesson, LESSON_SECTION_TITLES } from './types';

const modules: Readonly<Record<string, () => Promise<Lesson>>> = {
  'clusterip-target-port': () => import('./clusterip-target-port').then((m) => m.clusterIPTargetPort),
  'clusterip-dns': () => import('./clusterip-dns').then((m) => m.clusterIPDns),
  'clusterip-rules': () => import('./clusterip-rules').then((m) => m.clusterIPRules),
  'session-affinity': () => import('./session-affinity').then((m) => m.sessionAffinityLesson),
  'headless-dns': () => import('./headless-dns').then((m) => m.headlessDns),
  'statefulset-pod-dns': () => import('./statefulset-pod-dns').then((m) => m.statefulSetPodDns),
  'scenario-web': () => import('./scenario-web').then((m) => m.scenarioWeb),
  'path-comparison': () => import('./path-comparison').then((m) => m.pathComparison),
  'use-case-table': () => import('./use-case-table').then((m) => m.useCaseTable),
  'kafka': () => import('./kafka').then((m) => m.kafka),
  'elasticsearch': () => import('./elasticsearch').then((m) => m.elasticsearch),
  'redis': () => import('./redis').then((m) => m.redis),
  'mixed-read': () => import('./mixed-read').then((m) => m.mixedRead),
  'q1-decision': () => import('./q1-decision').then((m) => m.q1Decision),
  'q2-client-lb': () => import('./q2-client-lb').then((m) => m.q2ClientLb),
  'q3-test-commands': () => import('./q3-test-commands').then((m) => m.q3TestCommands),
  'q4-statefulset-clusterip': () => import('./q4-statefulset-clusterip').then((m) => m.q4StatefulSetClusterIP),
  'ping-clusterip': () => import('./ping-clusterip').then((m) => m.pingClusterIP),
  'kube-proxy-data-path': () => import('./kube-proxy-data-path').then((m) => m.kubeProxyDataPath),
  'per-connection-balancing': () => import('./per-connection-balancing').then((m) => m.perConnectionBalancing),
  'ndots-search-list': () => import('./ndots-search-list').then((m) => m.ndotsSearchList),
  'busybox-nslookup-dots': () => import('./busybox-nslookup-dots').then((m) => m.busyboxNslookupDots),
  'readiness-dns-rules': () => import('./readiness-dns-rules').then((m) => m.readinessDnsRules),
  'publish-not-ready': () => import('./publish-not-ready').then((m) => m.publishNotReady),
  'affinity-behind-snat': () => import('./affinity-behind-snat').then((m) => m.affinityBehindSnat),
  'deployment-headless-names': () => import('./deployment-headless-names').then((m) => m.deploymentHeadlessNames),
  'selectorless-endpointslice': () => import('./selectorless-endpointslice').then((m) => m.selectorlessEndpointSlice),
  'externalname-cname': () => import('./externalname-cname').then((m) => m.externalNameCname),
  'endpoints-deprecated': () => import('./endpoints-deprecated').then((m) => m.endpointsDeprecated),
};

/** Lesson `id` from its own module; undefined when no lesson has that id. */
export function loadLesson(id: string): Promise<Lesson | undefined> {
  return Object.hasOwn(modules, id) ? modules[id]!() : Promise.resolve(undefined);
}

/** Every lesson, in the panel's order (as `lessons` lists them). */
export function loadLessons(): Promise<Lesson[]> {
  return Promise.all(Object.values(modules).map((load) => load()));
}

/** The reader of a teacher's lesson in a link (teacher-lesson.ts lessonFromLink), on its own: the embed opens one
 *  without the catalogue. */
export function loadLessonFromLink(): Promise<typeof lessonFromLink> {
  return import('./teacher-lesson').then((m) => m.lessonFromLink);
}

/** The checker (check.ts checkLesson) on its own, for the core worker: it loads it when a lesson is open, without
 *  the catalogue, and a worker that only builds clusters never loads the shell's programs the checks reach. */
export function loadCheckLesson(): Promise<typeof checkLesson> {
  return import('./check').then((m) => m.checkLesson);
}

/** What the Lessons panel lists: every lesson, the headings of the sections it groups them by, and the reader of
 *  a teacher's lesson link. */
export async function loadCatalogue(): Promise<{ lessons: Lesson[]; sectionTitles: typeof LESSON_SECTION_TITLES; fromLink: typeof lessonFromLink }> {
  const [lessons, sectionTitles, fromLink] = await Promise.all([
    loadLessons(),
    import('./types').then((m) => m.LESSON_SECTION_TITLES),
    loadLessonFromLink(),
  ]);
  return { lessons, sectionTitles, fromLink };
}
