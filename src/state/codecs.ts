// The state layer's second entry, for code that runs outside the app (e2e page objects, tools): the link and
// draft formats alone, with no store, worker or bundled scenarios, so it loads in plain Node.
export { decodeShareFragment, encodeShareState, type ShareError } from './url-codec';
export { DRAFT_KEY } from './storage';
// The state a link carries is also what a lesson starts from and is checked on (src/lessons).
export type { ShareLesson, ShareLessonCheck, ShareLessonText, ShareState } from './url-codec';
