// The lesson on screen and the learner's progress. A lesson opens over its start state (the learner's own work set
// aside first, as a scenario switch does), its check runs in the core worker after every build, send and shell line,
// and "show solution" plays the solution on screen through the same actions a learner takes (the text is replaced,
// then each cluster action, send and shell line follows), so it shows how, not just that.
//
// The lesson catalogue is loaded on first use (the panel opened, a lesson link, a lesson open at the last visit):
// its texts and manifests stay out of the page's first script. The light embed has no panel and shows one lesson: it
// loads that lesson's module alone (each lesson is a chunk of its own, src/lessons load.ts).
//
// A teacher's own lesson arrives in a share link (its `lesson`, validated by the link's reader): it opens over the
// link's state like a catalogue lesson, under an id of its own (src/lessons teacher-lesson.ts) so its progress is
// never another lesson's, and its link is kept with the progress so that a reload finds it again.
import type { StateCreator } from 'zustand/vanilla';
import type { Lesson, LessonCheck, LessonSection, LessonText } from '../lessons';
import { emptyProgress, freshLesson, loadProgress, MAX_KEPT_LINK_CHARS, saveProgress, type LessonProgress, type LessonProgressData } from './lesson-progress';
import type { StorageLike } from './storage';
import type { AppState, StoreDeps } from './types';
import { decodeShareFragment, type ShareLesson, type ShareState } from './url-codec';
import { StaleReply } from './worker/client';

/** A link's state with a teacher's lesson in it. */
export type LinkedLessonState = ShareState & { lesson: ShareLesson };

/** The lessons in the panel's order, and the headings of the article's sections they are grouped by. */
export interface LessonCatalogue {
  lessons: readonly Lesson[];
  sectionTitles: Readonly<Record<LessonSection, LessonText>>;
  /** The lesson a link's teacher lesson is (src/lessons lessonFromLink). */
  fromLink(state: LinkedLessonState): Lesson;
}

export interface LessonsSlice {
  /** The lessons, once loaded (loadLessons). */
  lessonCatalogue: LessonCatalogue | null;
  /** The Lessons panel is shown. */
  lessonPanelOpen: boolean;
  /** The lesson being worked on; null: the panel lists them all. */
  lessonId: string | null;
  /** The teacher's lesson opened from a link (it is not in the catalogue), with that link's fragment, if any. */
  lessonLinked: { lesson: Lesson; fragment: string } | null;
  /** The lesson the embed shows, loaded on its own (the embed loads no catalogue). */
  lessonAlone: Lesson | null;
  /** Progress per lesson id, as kept in localStorage. */
  lessonProgress: Readonly<Record<string, LessonProgress>>;
  /** The open lesson's check on the state on screen; null until it ran on it. */
  lessonCheck: LessonCheck | null;
  /** "Show solution" is playing the solution on screen. */
  lessonSolving: boolean;
  /** Loads the catalogue (once; a failed load is tried again at the next call). */
  loadLessons(): Promise<LessonCatalogue>;
  /** Reads the progress from `storage` (null: the embed, which keeps nothing); returns the lesson open at the last
   *  visit, for the share session to reopen over what it restores. */
  startLessons(storage: StorageLike | null): string | null;
  setLessonPanelOpen(open: boolean): void;
  /** Opens lesson `id`; `fromStart` puts its start state on screen (the learner's own work set aside first).
   *  False when there is no such lesson. */
  openLesson(id: string, opts: { fromStart: boolean }): Promise<boolean>;
  /** Opens the teacher's lesson in the link `fragment` over its state, already on screen. False when the
   *  catalogue could not load. */
  openLinkedLesson(state: LinkedLessonState, fragment: string): Promise<boolean>;
  /** Back to the list; the screen stays as it is. */
  closeLesson(): void;
  /** The learner's answer to the prediction question, committed before acting. */
  commitPrediction(answer: string): void;
  /** Opens the next hint. */
  showHint(): void;
  /** Plays the open lesson's solution on screen. */
  showSolution(): Promise<void>;
  /** Runs the open lesson's check on the state on screen. */
  runLessonCheck(): Promise<void>;
}

const lessonById = (s: Pick<LessonsSlice, 'lessonCatalogue' | 'lessonLinked' | 'lessonAlone'>, id: string | null): Lesson | undefined =>
  id === null ? undefined
    : s.lessonLinked?.lesson.id === id ? s.lessonLinked.lesson
      : s.lessonAlone?.id === id ? s.lessonAlone
        : s.lessonCatalogue?.lessons.find((l) => l.id === id);

/** Whether `prefix` is where `all` starts: the solution's actions continue the ones on screen. */
const startsWith = <T>(all: readonly T[], prefix: readonly T[]): boolean =>
  prefix.length <= all.length && prefix.every((x, i) => JSON.stringify(x) === JSON.stringify(all[i]));

export const createLessonsSlice = (deps: StoreDeps): StateCreator<AppState, [], [], LessonsSlice> => (set, get, api) => {
  let storage: StorageLike | null = null;
  let catalogue: Promise<LessonCatalogue> | null = null;
  /** Bumped by every check asked: an older answer must not overwrite a newer one. */
  let checkGeneration = 0;
  /** The teacher's lesson last opened from a link, as the progress keeps it. */
  let linked: LessonProgressData['linked'];

  function persist(): void {
    const { lessonId, lessonProgress } = get();
    saveProgress(storage, { open: lessonId, lessons: { ...lessonProgress }, ...(linked ? { linked } : {}) });
  }

  /** The lesson `id`, from the catalogue, the link opened or the link kept from the last visit. */
  async function findLesson(id: string): Promise<Lesson | undefined> {
    if (get().embed) {
      const lesson = lessonById(get(), id) ?? await import('../lessons').then((m) => m.loadLesson(id)).catch(() => undefined);
      if (lesson) set({ lessonAlone: lesson });
      return lesson;
    }
    const cat = await get().loadLessons().catch(() => null);
    const found = lessonById(get(), id);
    if (found || !cat || linked?.key !== id) return found;
    // Read again as any link is: the storage is another build's, another tab's, or hand-edited.
    const d = decodeShareFragment(linked.fragment);
    if (!d.ok || !d.value.lesson) return undefined;
    const lesson = cat.fromLink({ ...d.value, lesson: d.value.lesson });
    if (lesson.id !== id) return undefined;
    set({ lessonLinked: { lesson, fragment: linked.fragment } });
    return lesson;
  }

  async function show(lesson: Lesson, fromStart: boolean): Promise<void> {
    const id = lesson.id;
    set({ lessonId: id, lessonPanelOpen: true, lessonCheck: null });
    if (!get().lessonProgress[id]) updateProgress(id, {});
    else persist();
    if (fromStart) await get().replaceScreen(lesson.start, `lesson:${id}`);
    await get().runLessonCheck();
  }

  function updateProgress(id: string, patch: Partial<LessonProgress>): void {
    set((s) => ({ lessonProgress: { ...s.lessonProgress, [id]: { ...(s.lessonProgress[id] ?? freshLesson), ...patch } } }));
    persist();
  }

  // The check follows the cluster: a new build (the text, an action, the node count), a send, a shell line.
  api.subscribe((s, prev) => {
    if (s.lessonId === null || s.lessonSolving || s.shareOpening) return;
    const moved = s.builtFrom !== prev.builtFrom || s.sent !== prev.sent || s.shellEntries !== prev.shellEntries
      || s.lessonId !== prev.lessonId || s.client !== prev.client || s.target !== prev.target || s.options !== prev.options
      || (prev.shareOpening && !s.shareOpening);
    if (moved) void get().runLessonCheck();
  });

  return {
    lessonCatalogue: null,
    lessonPanelOpen: false,
    lessonId: null,
    lessonLinked: null,
    lessonAlone: null,
    lessonProgress: {},
    lessonCheck: null,
    lessonSolving: false,

    loadLessons() {
      catalogue ??= import('../lessons').then(
        async (m) => {
          const loaded = await m.loadCatalogue();
          set({ lessonCatalogue: loaded });
          return loaded;
        },
        (e: unknown) => {
          catalogue = null;
          throw e;
        },
      );
      return catalogue;
    },

    startLessons(s) {
      storage = s;
      const p = s ? loadProgress(s) : emptyProgress;
      linked = p.linked;
      set({ lessonProgress: p.lessons });
      return p.open;
    },

    setLessonPanelOpen(open) {
      set({ lessonPanelOpen: open });
      // A chunk that failed to load (offline, a redeploy) leaves the panel saying it is loading; reopening tries again.
      if (open) get().loadLessons().catch(() => undefined);
    },

    async openLesson(id, { fromStart }) {
      const lesson = await findLesson(id);
      if (!lesson) {
        get().notify({ unknownLesson: id });
        return false;
      }
      await show(lesson, fromStart);
      return true;
    },

    async openLinkedLesson(state, fragment) {
      // The embed reads the teacher's lesson without the catalogue, which only the panel lists.
      const fromLink = get().embed
        ? await import('../lessons').then((m) => m.loadLessonFromLink()).catch(() => null)
        : await get().loadLessons().then((cat) => cat.fromLink, () => null);
      if (!fromLink) return false;
      const lesson = fromLink(state);
      linked = fragment.length <= MAX_KEPT_LINK_CHARS ? { key: lesson.id, fragment } : undefined;
      set({ lessonLinked: { lesson, fragment } });
      await show(lesson, false);
      return true;
    },

    closeLesson() {
      set({ lessonId: null, lessonCheck: null });
      persist();
    },

    commitPrediction(answer) {
      const id = get().lessonId;
      if (id !== null) updateProgress(id, { prediction: answer.trim().slice(0, 500) });
    },

    showHint() {
      const s = get();
      const lesson = lessonById(s, s.lessonId);
      if (!lesson) return;
      const shown = s.lessonProgress[lesson.id]?.hints ?? 0;
      if (shown < lesson.hints.length) updateProgress(lesson.id, { hints: shown + 1 });
    },

    async showSolution() {
      const s = get();
      const lesson = lessonById(s, s.lessonId);
      if (!lesson || s.lessonSolving) return;
      const sol = lesson.solution;
      updateProgress(lesson.id, { solutionShown: true });
      set({ lessonSolving: true });
      try {
        // The text first: the editor shows the new manifests, the graph rebuilds from them.
        if (get().source !== sol.yaml) {
          get().replaceSource(sol.yaml);
          await get().rebuild();
        }
        // Then the cluster actions the solution takes, one at a time, each one on the graph as the menu's would be.
        if (!startsWith(sol.actions, get().actions)) get().resetActions();
        for (const action of sol.actions.slice(get().actions.length)) {
          get().applyAction(action);
          await get().rebuild();
        }
        if (sol.client !== undefined && sol.client !== get().client) get().setClient(sol.client);
        const o = sol.options;
        if (o?.proxyMode !== undefined && o.proxyMode !== get().options.proxyMode) get().setOption('proxyMode', o.proxyMode);
        if (o?.clientKind !== undefined && o.clientKind !== get().options.clientKind) get().setOption('clientKind', o.clientKind);
        if (o?.keepAlive !== undefined && o.keepAlive !== get().options.keepAlive) get().setOption('keepAlive', o.keepAlive);
        if (o?.strategy !== undefined && o.strategy !== get().options.headlessStrategy) get().setOption('headlessStrategy', o.strategy);
        // The requests and shell lines it makes, in order.
        for (const send of sol.sends ?? []) {
          get().setTarget(send.target ?? sol.target ?? get().target);
          await get().send(send.count);
        }
        if (sol.target !== undefined) get().setTarget(sol.target);
        for (const line of sol.shell ?? []) await get().runShellLine(line);
      } finally {
        set({ lessonSolving: false });
      }
      await get().runLessonCheck();
    },

    async runLessonCheck() {
      const s = get();
      const lesson = lessonById(s, s.lessonId);
      if (!lesson) return;
      const id = lesson.id;
      const gen = ++checkGeneration;
      try {
        const r = await deps.core.checkLesson({ lesson, state: s.shareState() });
        if (gen !== checkGeneration || get().lessonId !== id) return;
        set({ lessonCheck: r });
        if (r.passed && !get().lessonProgress[id]?.solved) updateProgress(id, { solved: true });
      } catch (e) {
        if (e instanceof StaleReply) return;
        // The check could not run (the worker overran): the list stays as it was; the next change runs it again.
      }
    },
  };
};
