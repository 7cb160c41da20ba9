// The learner's progress through the lessons, kept in this browser's localStorage (never in links or drafts: it is
// the reader's, not the scenario's). Read as untrusted input: another build, another tab or a hand edit may have
// written it, so every field is checked and anything odd is dropped rather than trusted.
import { isShareFragment } from './url-codec';
import { isLessonId } from './url-codec/lesson-fragment';
import type { StorageLike } from './storage';

export const LESSON_PROGRESS_KEY = 'k8s-service-playground:lessons';

/** One lesson's progress. */
export interface LessonProgress {
  /** The answer the learner committed to before acting. */
  prediction?: string;
  /** Hints opened so far (they open one at a time, gentlest first). */
  hints: number;
  /** The check passed once. */
  solved: boolean;
  /** The learner asked for the solution (it was applied on screen). */
  solutionShown: boolean;
}

export interface LessonProgressData {
  /** The lesson open when the page was left: a reload reopens it over the restored draft. */
  open: string | null;
  lessons: Record<string, LessonProgress>;
  /** The teacher's lesson last opened from a link (its id, and the link's fragment, read again as any link is): a
   *  reload reopens it though the address bar no longer holds its link. */
  linked?: { key: string; fragment: string };
}

export const emptyProgress: LessonProgressData = { open: null, lessons: {} };
export const freshLesson: LessonProgress = { hints: 0, solved: false, solutionShown: false };

const MAX_PREDICTION_CHARS = 500;
const MAX_LESSONS = 500;
/** A teacher's link kept for reloads: most are a few kilobytes; a larger one (a big start state) is not kept. */
export const MAX_KEPT_LINK_CHARS = 256 * 1024;

function readLinked(v: unknown): LessonProgressData['linked'] {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.key !== 'string' || !isLessonId(o.key) || typeof o.fragment !== 'string') return undefined;
  if (o.fragment.length > MAX_KEPT_LINK_CHARS || !isShareFragment(o.fragment)) return undefined;
  return { key: o.key, fragment: o.fragment };
}

function readLesson(v: unknown): LessonProgress | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const hints = typeof o.hints === 'number' && Number.isInteger(o.hints) && o.hints >= 0 && o.hints <= 10 ? o.hints : 0;
  const p: LessonProgress = { hints, solved: o.solved === true, solutionShown: o.solutionShown === true };
  if (typeof o.prediction === 'string') p.prediction = o.prediction.slice(0, MAX_PREDICTION_CHARS);
  return p;
}

/** The progress stored as `raw`; junk reads as no progress. */
export function parseProgress(raw: string | null): LessonProgressData {
  if (!raw) return emptyProgress;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return emptyProgress;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return emptyProgress;
  const o = v as Record<string, unknown>;
  const lessons: Record<string, LessonProgress> = {};
  if (typeof o.lessons === 'object' && o.lessons !== null && !Array.isArray(o.lessons)) {
    for (const [id, p] of Object.entries(o.lessons).slice(0, MAX_LESSONS)) {
      const lesson = isLessonId(id) ? readLesson(p) : null;
      if (lesson) lessons[id] = lesson;
    }
  }
  const open = typeof o.open === 'string' && isLessonId(o.open) ? o.open : null;
  const linked = readLinked(o.linked);
  return linked ? { open, lessons, linked } : { open, lessons };
}

export function loadProgress(storage: StorageLike | null): LessonProgressData {
  try {
    return parseProgress(storage?.getItem(LESSON_PROGRESS_KEY) ?? null);
  } catch {
    return emptyProgress;
  }
}

/** Saves `data`; false when the browser would not (full, blocked): progress then lasts for the visit. */
export function saveProgress(storage: StorageLike | null, data: LessonProgressData): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LESSON_PROGRESS_KEY, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}
