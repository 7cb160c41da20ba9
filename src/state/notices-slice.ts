// What the page tells the learner about sharing and saving: a link that could not be opened, a kept draft,
// storage that does not work, a file's import, a failed image export. Codes and values only; the UI words them.
import type { StateCreator } from 'zustand/vanilla';
import type { ShareError } from './url-codec';
import type { StorageIssueCode } from './storage';
import type { AppState } from './types';

export type ImportNotice =
  | { kind: 'error'; code: 'empty' | 'too-large' | 'not-text' | 'read-failed' }
  | { kind: 'converted'; dropped: number }
  | { kind: 'opened'; name: string };

export interface Notices {
  linkError: ShareError | null;
  /** The learner's own draft was set aside before something replaced it: offer to restore it. */
  keptDraft: boolean;
  /** The draft from an earlier visit, with the learner's changes, is on screen. */
  restored: boolean;
  storage: StorageIssueCode | null;
  importNotice: ImportNotice | null;
  /** The graph could not be exported as an image: the browser's message. */
  imageError: string | null;
  /** Another tab saved its draft over this one's: this tab's work stays on screen, theirs is kept aside. */
  otherTab: boolean;
  /** A lesson link named a lesson this build does not have (the id as written, rendered inert). */
  unknownLesson: string | null;
}

export interface NoticesSlice {
  notices: Notices;
  /** Shows or (with null / false) dismisses notices. */
  notify(patch: Partial<Notices>): void;
}

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: { linkError: null, keptDraft: false, restored: false, storage: null, importNotice: null, imageError: null, otherTab: false, unknownLesson: null },
  notify(patch) {
    set((s) => ({ notices: { ...s.notices, ...patch } }));
  },
});
