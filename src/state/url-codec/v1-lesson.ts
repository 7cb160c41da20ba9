// The `l` key of link format v1: a teacher's own lesson. A link is untrusted input, and a lesson's words are shown in
// the panel and its checks run after every change, so every part is checked and capped here: lengths, counts,
// names by the grammars the core accepts, texts free of control and reordering characters, and only the check kinds
// this page can run (anything else is refused by name, never skipped: a lesson missing one of its checks would turn
// green for the wrong reason).
//
//   l: { i: id, n?: title, g: goal, q: the yes/no question asked before acting, a?: its answer 'n' (absent: yes),
//        c: [check, …] }
//   text:  { e?: English, z?: Simplified Chinese }   at least one language for the goal and the question; a blank
//          one counts as absent (the panel shows the other, and says the teacher wrote only that one)
//   check: [id, text, 'e', service, [pod, …]]   the Service's ready endpoints are exactly these Pods (none: no endpoint)
//          [id, text, 'r', target, [pod, …]]    requests to target land on exactly these Pods (none: none reaches one)
//          [id, text, 's', program, exitCode]   a line of the client's shell that ran program ended with this status
import {
  MAX_LINK_LESSON_CHECKS, MAX_LINK_LESSON_GOAL, MAX_LINK_LESSON_ID, MAX_LINK_LESSON_PODS, MAX_LINK_LESSON_SENTENCE,
  MAX_LINK_LESSON_TITLE, MAX_TARGET_CHARS,
} from './limits';
import { isLessonId } from './lesson-fragment';
import { isPodRef, isTarget } from './names';
import { FieldError, field, readArray, readEnum, readInt, readObject, readString, type Json, type JsonObject } from './read';
import type { ShareLesson, ShareLessonCheck, ShareLessonText } from './share-state';

const ANSWER: Readonly<Record<string, ShareLesson['answer']>> = { y: 'yes', n: 'no' };
const CHECK_KIND: Readonly<Record<string, ShareLessonCheck['kind']>> = { e: 'endpoints', r: 'requests', s: 'shell' };

/** A program as the first word of a shell line names it (ui/lessons/teacher-checks.ts offers no other). */
const isProgram = (s: string): boolean => /^[a-z][\w.-]*$/.test(s);
/** A check's id: letters, digits and `._-` (the export makes them from Service, program and exit status). */
const isCheckId = (s: string): boolean => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s);

/** The bidi controls: they make the text shown differ from the text's order (and so from what a check names). */
const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** C0 controls but tab and newline, DEL and C1 (a terminal or a screen reader acts on them), and the bidi controls. */
function hasBadText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || BIDI.has(c)) return true;
  }
  return false;
}

const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

function textToWire(t: ShareLessonText): JsonObject {
  const w: JsonObject = {};
  if (!isBlank(t.en)) w.e = t.en!;
  if (!isBlank(t['zh-CN'])) w.z = t['zh-CN']!;
  return w;
}

function checkToWire(c: ShareLessonCheck): Json[] {
  switch (c.kind) {
    case 'endpoints': return ['e', c.service, [...c.pods]];
    case 'requests': return ['r', c.target, [...c.pods]];
    case 'shell': return ['s', c.program, c.exitCode];
  }
}

export function lessonToWire(l: ShareLesson): JsonObject {
  const w: JsonObject = { i: l.id };
  const title = textToWire(l.title);
  if (Object.keys(title).length > 0) w.n = title;
  w.g = textToWire(l.goal);
  w.q = textToWire(l.question);
  if (l.answer === 'no') w.a = 'n';
  w.c = l.checks.map((c) => [c.id, textToWire(c.text), ...checkToWire(c.check)]);
  return w;
}

function readText(v: Json | undefined, path: string, max: number): ShareLessonText {
  const o = readObject(v, path);
  const out: ShareLessonText = {};
  for (const [key, lang] of [['e', 'en'], ['z', 'zh-CN']] as const) {
    const s = field(o, key);
    if (s === undefined) continue;
    const text = readString(s, `${path}.${lang}`, max);
    if (hasBadText(text)) throw new FieldError(`${path}.${lang}`, 'bad-text');
    if (!isBlank(text)) out[lang] = text;
  }
  return out;
}

function readPods(v: Json | undefined, path: string): string[] {
  return readArray(v, path, MAX_LINK_LESSON_PODS).map((p, i) => readString(p, `${path}[${i}]`, 317, isPodRef));
}

function readCheck(item: Json, path: string): ShareLesson['checks'][number] {
  const t = readArray(item, path, 5);
  const id = readString(t[0], `${path}.id`, 100, isCheckId);
  const text = readText(t[1], `${path}.text`, MAX_LINK_LESSON_SENTENCE);
  if (isBlank(text.en) && isBlank(text['zh-CN'])) throw new FieldError(`${path}.text`, 'missing');
  const kind = readString(t[2], `${path}.kind`, 16);
  if (!Object.hasOwn(CHECK_KIND, kind)) throw new FieldError(`${path}.kind`, 'unknown-check');
  const check: ShareLessonCheck = (() => {
    switch (CHECK_KIND[kind]!) {
      case 'endpoints': return { kind: 'endpoints', service: readString(t[3], `${path}.service`, 317, isPodRef), pods: readPods(t[4], `${path}.pods`) };
      case 'requests': return { kind: 'requests', target: readString(t[3], `${path}.target`, MAX_TARGET_CHARS, isTarget), pods: readPods(t[4], `${path}.pods`) };
      case 'shell': return { kind: 'shell', program: readString(t[3], `${path}.program`, 64, isProgram), exitCode: readInt(t[4], `${path}.exitCode`, 0, 255) };
    }
  })();
  return { id, text, check };
}

/** Validates a link's `l`; throws FieldError (the v1 reader's way out) naming the first wrong field. */
export function readLesson(v: Json): ShareLesson {
  const o = readObject(v, 'lesson');
  const id = readString(field(o, 'i'), 'lesson.id', MAX_LINK_LESSON_ID, isLessonId);
  const title = field(o, 'n') === undefined ? {} : readText(field(o, 'n'), 'lesson.title', MAX_LINK_LESSON_TITLE);
  const goal = readText(field(o, 'g'), 'lesson.goal', MAX_LINK_LESSON_GOAL);
  if (isBlank(goal.en) && isBlank(goal['zh-CN'])) throw new FieldError('lesson.goal', 'missing');
  const question = readText(field(o, 'q'), 'lesson.question', MAX_LINK_LESSON_SENTENCE);
  if (isBlank(question.en) && isBlank(question['zh-CN'])) throw new FieldError('lesson.question', 'missing');
  const a = field(o, 'a');
  const answer = a === undefined ? 'yes' : readEnum(a, 'lesson.answer', ANSWER);
  const items = readArray(field(o, 'c'), 'lesson.checks', MAX_LINK_LESSON_CHECKS);
  if (items.length === 0) throw new FieldError('lesson.checks', 'missing');
  const seen = new Set<string>();
  const checks = items.map((item, i) => {
    const c = readCheck(item, `lesson.checks[${i}]`);
    if (seen.has(c.id)) throw new FieldError(`lesson.checks[${i}].id`, 'duplicate');
    seen.add(c.id);
    return c;
  });
  return { id, title, goal, question, answer, checks };
}
