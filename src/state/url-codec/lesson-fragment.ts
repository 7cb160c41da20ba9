// A lesson link: `#lesson=ID`, alone (the lesson from its start) or before the usual state,
// `#lesson=ID&v1.…` (the lesson with the sender's work on screen). The share fragment's own alphabet
// (base64url) has no `&` or `=`, so the two parts split without ambiguity, and a link without the lesson part
// is exactly the link it always was. The lesson's texts are not in the link: the receiver reads them in the
// language they use.

/** Lesson ids as lessons name themselves: lowercase words and digits joined by dashes. */
const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LESSON_ID = 63;

export const isLessonId = (s: string): boolean => s.length <= MAX_LESSON_ID && LESSON_ID.test(s);

export interface LessonFragment {
  /** The lesson the link names, as written (at most 63 characters; the catalogue says whether one has it); null:
   *  the link names none. */
  lesson: string | null;
  /** The rest of the fragment: the usual share fragment (`v1.…`), or '' when the link carries no state. */
  share: string;
}

/** Splits a fragment (with or without `#`) into its lesson and its share state. */
export function splitLessonFragment(fragment: string): LessonFragment {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith('lesson=')) return { lesson: null, share: text };
  const amp = text.indexOf('&');
  const raw = amp < 0 ? text.slice('lesson='.length) : text.slice('lesson='.length, amp);
  const share = amp < 0 ? '' : text.slice(amp + 1);
  return { lesson: (decodeURIComponentSafe(raw) ?? raw).slice(0, MAX_LESSON_ID), share };
}

/** The fragment (without `#`) for lesson `id`, with the share fragment `share` when given. */
export function lessonFragment(id: string, share?: string): string {
  return share ? `lesson=${id}&${share}` : `lesson=${id}`;
}

function decodeURIComponentSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
