// What `npm run lessons:verify` and the unit suite prove of every lesson: it can be failed and solved (its start
// fails the check, its solution passes), every text exists in both languages, its links are well-formed links to
// sources a learner can trust, and together the lessons cover every item of the article.
import { encodeShareState } from '../state/codecs';
import { checkLesson } from './check';
import { LESSON_LANGUAGES, LESSON_SECTIONS, SEED_IDS, type Chooser, type Lesson, type LessonText } from './types';

/** Where a debrief may send a learner: the Kubernetes docs and upstream sources (host, and path prefix if any). */
export const DEBRIEF_SOURCES: readonly { host: string; path?: string }[] = [
  { host: 'kubernetes.io' },
  { host: 'github.com', path: '/kubernetes/' },
  { host: 'github.com', path: '/kubernetes-sigs/' },
  { host: 'github.com', path: '/coredns/' },
  { host: 'coredns.io' },
  { host: 'github.com', path: '/mirror/busybox/' },
  { host: 'git.busybox.net' },
  { host: 'busybox.net' },
  { host: 'man7.org' },
  { host: 'sourceware.org' },
  { host: 'www.netfilter.org' },
];

export interface LessonReport {
  id: string;
  problems: string[];
  /** Items of the start state's check that failed (at least one must), and how many the solution passed. */
  startFailed: number;
  solutionPassed: number;
  items: number;
}

export interface VerifyReport {
  lessons: LessonReport[];
  /** Seed ids no lesson covers, and problems across lessons (duplicate ids). */
  problems: string[];
  ok: boolean;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_HINTS = 3;

/** Why a debrief link is not acceptable, or null. */
export function linkProblem(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return `not a URL: ${href}`;
  }
  if (url.href !== href && url.href !== `${href}/`) return `not in normal form (${url.href}): ${href}`;
  if (url.protocol !== 'https:') return `not https: ${href}`;
  if (url.username || url.password || url.port) return `carries credentials or a port: ${href}`;
  const known = DEBRIEF_SOURCES.some((s) => url.hostname === s.host && (s.path === undefined || url.pathname.startsWith(s.path)));
  return known ? null : `not a known source (${url.hostname}${url.pathname}): ${href}`;
}

// As the UI's bundles (src/ui/i18n/bundles.test.ts): beside a Han character Chinese uses full-width ？！，； and “”,
// and no space between two Han characters; ASCII punctuation inside names and formats is not beside one.
const HAN = '[\\u4e00-\\u9fff]';
const UNCHINESE_PUNCTUATION = [
  new RegExp(`${HAN}[?!,;]`), new RegExp(`[?!](?=${HAN})`), new RegExp(`${HAN}\\s*"|"\\s*${HAN}`), new RegExp(`${HAN} ${HAN}`),
];

function textProblems(where: string, text: LessonText | undefined): string[] {
  if (!text) return [`${where}: missing`];
  const missing = LESSON_LANGUAGES.flatMap((lang) => (typeof text[lang] === 'string' && text[lang].trim() !== '' ? [] : [`${where}: no ${lang} text`]));
  const zh = text['zh-CN'] ?? '';
  const punctuation = UNCHINESE_PUNCTUATION.some((re) => re.test(zh)) ? [`${where}: zh-CN punctuation beside Chinese is not full-width: ${zh}`] : [];
  return [...missing, ...punctuation];
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** A chooser's flow: texts in both languages, every step leads somewhere, every part is reached, no loop. */
function chooserProblems(chooser: Chooser): string[] {
  const problems: string[] = [];
  const questions = new Map(chooser.questions.map((q) => [q.id, q]));
  const results = new Set(chooser.results.map((r) => r.id));
  for (const q of chooser.questions) problems.push(...textProblems(`chooser question ${q.id}`, q.text));
  for (const r of chooser.results) {
    problems.push(...textProblems(`chooser result ${r.id}`, r.title), ...textProblems(`chooser result ${r.id} why`, r.why));
    const link = encodeShareState(r.state);
    if (!link.ok) problems.push(`chooser result ${r.id}: its state cannot travel in a link`);
  }
  const reached = new Set<string>();
  const walk = (id: string, path: string[]): void => {
    if (path.includes(id)) { problems.push(`chooser: a loop through ${[...path, id].join(' → ')}`); return; }
    const q = questions.get(id);
    if (!q) { problems.push(`chooser: no question "${id}"`); return; }
    reached.add(id);
    for (const step of [q.yes, q.no]) {
      if ('result' in step) {
        if (results.has(step.result)) reached.add(step.result);
        else problems.push(`chooser: question ${id} leads to no result "${step.result}"`);
      } else walk(step.question, [...path, id]);
    }
  };
  walk(chooser.first, []);
  for (const id of [...questions.keys(), ...results]) if (!reached.has(id)) problems.push(`chooser: "${id}" is never reached`);
  return [...new Set(problems)];
}

/** Everything wrong with one lesson, and how its start and solution fare. */
export function verifyLesson(lesson: Lesson): LessonReport {
  const problems: string[] = [];
  if (!ID.test(lesson.id)) problems.push(`id "${lesson.id}" is not lowercase words and dashes`);
  if (!LESSON_SECTIONS.includes(lesson.section)) problems.push(`unknown section "${lesson.section}"`);
  for (const s of lesson.seed) if (!(SEED_IDS as readonly string[]).includes(s)) problems.push(`unknown seed id "${s}"`);
  problems.push(...textProblems('title', lesson.title), ...textProblems('goal', lesson.goal));
  problems.push(...textProblems('prediction question', lesson.prediction.question));
  const choices = lesson.prediction.choices;
  if (choices.length < 2) problems.push('prediction: fewer than two choices');
  for (const c of choices) problems.push(...textProblems(`prediction choice ${c.id}`, c.text));
  for (const d of duplicates(choices.map((c) => c.id))) problems.push(`prediction: choice id "${d}" twice`);
  if (!choices.some((c) => c.id === lesson.prediction.answer)) problems.push(`prediction: answer "${lesson.prediction.answer}" is not a choice`);
  if (lesson.hints.length === 0 || lesson.hints.length > MAX_HINTS) problems.push(`${lesson.hints.length} hints (1 to ${MAX_HINTS})`);
  lesson.hints.forEach((h, i) => problems.push(...textProblems(`hint ${i + 1}`, h)));
  problems.push(...textProblems('debrief', lesson.debrief.text));
  if (lesson.debrief.links.length === 0) problems.push('debrief: no link');
  for (const link of lesson.debrief.links) {
    const bad = linkProblem(link.href);
    if (bad) problems.push(`debrief link ${bad}`);
    problems.push(...textProblems(`debrief link ${link.href}`, link.title));
  }
  if (lesson.checks.length === 0) problems.push('no checks');
  for (const item of lesson.checks) problems.push(...textProblems(`check ${item.id}`, item.text));
  for (const d of duplicates(lesson.checks.map((c) => c.id))) problems.push(`check id "${d}" twice`);
  if (lesson.chooser) problems.push(...chooserProblems(lesson.chooser));

  // A lesson opens like a link (`#lesson=ID` beside the usual state): both states must be ones a link carries.
  for (const [name, state] of [['start', lesson.start], ['solution', lesson.solution]] as const) {
    const link = encodeShareState(state);
    if (!link.ok) problems.push(`the ${name} state cannot travel in a link: ${JSON.stringify(link.error)}`);
  }
  const atStart = checkLesson(lesson, lesson.start);
  const solved = checkLesson(lesson, lesson.solution);
  const startFailed = atStart.items.filter((i) => !i.passed).length;
  const solutionPassed = solved.items.filter((i) => i.passed).length;
  if (atStart.passed) problems.push('the start state already passes');
  for (const i of solved.items) if (!i.passed) problems.push(`the solution fails check ${i.id} (saw ${JSON.stringify(i.observed)})`);
  return { id: lesson.id, problems, startFailed, solutionPassed, items: lesson.checks.length };
}

/** Every lesson, and the set of them: unique ids, every seed id covered. */
export function verifyLessons(all: readonly Lesson[]): VerifyReport {
  const reports = all.map(verifyLesson);
  const problems: string[] = [];
  for (const d of duplicates(all.map((l) => l.id))) problems.push(`lesson id "${d}" twice`);
  const covered = new Set(all.flatMap((l) => l.seed));
  for (const s of SEED_IDS) if (!covered.has(s)) problems.push(`seed id "${s}" is covered by no lesson`);
  return { lessons: reports, problems, ok: problems.length === 0 && reports.every((r) => r.problems.length === 0) };
}
