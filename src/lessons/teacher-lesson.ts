// A teacher's own lesson: what the Lessons panel's export makes of the screen (a goal, a question, checks picked from
// the outcomes the core can test now), as a lesson file or as a link (url-codec's `l` key, read there as hostile
// input). Both become a Lesson judged by the same checkLesson as the built-in ones.
import type { ShareLesson, ShareLessonCheck, ShareLessonText } from '../state/codecs';
import { LESSON_LANGUAGES, type Check, type Lesson, type LessonLanguage, type LessonText, type PlaygroundState } from './types';

/** A check the export offers: its words in both languages and the outcome it tests. */
export interface TeacherCheck {
  id: string;
  text: LessonText;
  check: ShareLessonCheck;
}

/** What the teacher typed. A language left blank was not written. */
export interface LessonDraft {
  id: string;
  title: LessonText;
  goal: LessonText;
  question: LessonText;
  /** The question's right answer. */
  answer: 'yes' | 'no';
}

/** The prediction's choices: the teacher asks a yes/no question and says which is right. */
const YES_NO: Lesson['prediction']['choices'] = [
  { id: 'yes', text: { en: 'Yes', 'zh-CN': '会' } },
  { id: 'no', text: { en: 'No', 'zh-CN': '不会' } },
];

/** The lesson check an exported check stands for: none of its Pods means none at all. */
export function checkFromLink(c: ShareLessonCheck): Check {
  switch (c.kind) {
    case 'endpoints': return { kind: 'endpoints', service: c.service, expect: c.pods.length > 0 ? { exactly: { pods: [...c.pods] } } : { count: 0 } };
    case 'requests': return { kind: 'requests', target: c.target, expect: { landOn: c.pods.length > 0 ? { exactly: { pods: [...c.pods] } } : { count: 0 } } };
    case 'shell': return { kind: 'shell', program: c.program, expect: { exitCode: c.exitCode } };
  }
}

function lessonOf(id: string, texts: { title: LessonText; goal: LessonText; question: LessonText; answer: 'yes' | 'no' }, start: PlaygroundState, solution: PlaygroundState, checks: { id: string; text: LessonText; check: ShareLessonCheck }[]): Lesson {
  return {
    id,
    section: 'beyond',
    seed: [],
    title: texts.title,
    goal: texts.goal,
    prediction: { question: texts.question, choices: YES_NO, answer: texts.answer },
    start,
    solution,
    hints: [],
    debrief: { text: texts.goal, links: [] },
    checks: checks.map((c) => ({ id: c.id, text: c.text, check: checkFromLink(c.check) })),
  };
}

/** The lesson file: its start is what the screen began from, its solution what is on screen now. */
export function teacherLesson(draft: LessonDraft, start: PlaygroundState, solution: PlaygroundState, checks: TeacherCheck[]): Lesson {
  return lessonOf(draft.id, draft, start, solution, checks);
}

const written = (t: ShareLessonText, lang: LessonLanguage): boolean => (t[lang]?.trim() ?? '') !== '';

/** The lesson for a link: the draft's texts as written (blank languages left out) and the checks picked. */
export function linkLesson(draft: LessonDraft, checks: TeacherCheck[]): ShareLesson {
  const keep = (t: LessonText): ShareLessonText => Object.fromEntries(LESSON_LANGUAGES.filter((l) => written(t, l)).map((l) => [l, t[l]]));
  return { id: draft.id, title: keep(draft.title), goal: keep(draft.goal), question: keep(draft.question), answer: draft.answer, checks: checks.map((c) => ({ id: c.id, text: c.text, check: c.check })) };
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two teachers' lessons of the same id apart in one browser. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Where a linked lesson's id and progress live: never a built-in lesson's id (they do not start so), and a different
 *  lesson under the same teacher's id (every export starts as `my-lesson`) gets its own progress. */
export const LINKED_LESSON_PREFIX = 'link-';

/** A lesson id (at most 63 characters: the link caps the teacher's id at 40) for a link's lesson and start. */
export const linkedLessonKey = (state: PlaygroundState & { lesson: ShareLesson }): string =>
  `${LINKED_LESSON_PREFIX}${fnv1a(JSON.stringify(state))}-${state.lesson.id}`;

/** A text in both languages from one written in one or both: the one missing shows the one written. */
function bothLanguages(t: ShareLessonText, fallback: ShareLessonText, languages: readonly LessonLanguage[]): LessonText {
  const pick = (lang: LessonLanguage): string => {
    const order = [lang, ...languages.filter((l) => l !== lang), ...LESSON_LANGUAGES];
    for (const l of order) if (written(t, l)) return t[l]!;
    for (const l of order) if (written(fallback, l)) return fallback[l]!;
    return '';
  };
  return { en: pick('en'), 'zh-CN': pick('zh-CN') };
}

/** The lesson a link opens: it starts from the link's state, its texts in the languages the teacher wrote. */
export function lessonFromLink(state: PlaygroundState & { lesson: ShareLesson }): Lesson {
  const { lesson: shared, ...start } = state;
  const languages = LESSON_LANGUAGES.filter((l) => written(shared.goal, l));
  const goal = bothLanguages(shared.goal, {}, languages);
  const texts = {
    title: bothLanguages(shared.title, { en: shared.id, 'zh-CN': shared.id }, languages),
    goal,
    question: bothLanguages(shared.question, {}, languages),
    answer: shared.answer,
  };
  const checks = shared.checks.map((c) => ({ id: c.id, text: bothLanguages(c.text, {}, languages), check: c.check }));
  return { ...lessonOf(linkedLessonKey(state), texts, start, start, checks), fromLink: { languages } };
}
