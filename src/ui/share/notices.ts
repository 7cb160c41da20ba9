// What the Share feature tells the learner: a link that could not be opened, a kept draft, storage that
// does not work, a file that could not be imported. Codes only; Notices.tsx makes the sentences.
import { createStore } from 'zustand/vanilla';
import type { ShareError, StorageIssueCode } from './state-api';

export type ImportNotice =
  | { kind: 'error'; code: 'empty' | 'too-large' | 'not-text' | 'read-failed' }
  | { kind: 'converted'; dropped: number }
  | { kind: 'opened'; name: string };

export interface NoticeState {
  linkError: ShareError | null;
  keptDraft: boolean;
  restored: boolean;
  storage: StorageIssueCode | null;
  importNotice: ImportNotice | null;
  imageError: string | null;
}

export const initialNotices: NoticeState = {
  linkError: null, keptDraft: false, restored: false, storage: null, importNotice: null, imageError: null,
};

export const noticeStore = createStore<NoticeState>()(() => ({ ...initialNotices }));

export const notify = (patch: Partial<NoticeState>): void => noticeStore.setState(patch);
