// Every field of the store's state, once: what happens to it when a new source (a scenario, a link, a draft,
// a file) replaces the text on screen, and whether a change to it is the learner's work, worth saving as a
// draft. The table is a Record over all fields, so a new field without an entry fails the type-check, and
// resetForSource and the draft's autosave can never forget one.
import type { AppState } from './types';

/** The store's data: every field that is not an action. */
export type StateField = { [K in keyof AppState]: AppState[K] extends (...args: never[]) => unknown ? never : K }[keyof AppState];
export type StateData = Pick<AppState, StateField>;

interface FieldRule {
  /** `reset`: it belongs to the text on screen, so it goes back to its initial value (unless the caller sets it);
   *  `keep`: a setting, the screen's layout, or bookkeeping with rules of its own. */
  newSource: 'reset' | 'keep';
  /** It is part of the share state (the link, the draft): a change to it schedules a draft save. */
  saved: boolean;
}

const reset = { newSource: 'reset', saved: false } as const;
const keep = { newSource: 'keep', saved: false } as const;
const resetSaved = { newSource: 'reset', saved: true } as const;
const keepSaved = { newSource: 'keep', saved: true } as const;

const FIELDS: Record<StateField, FieldRule> = {
  // editor
  source: resetSaved,
  scenarioId: keep,
  sourceRevision: keep, // bumped by resetForSource itself, so the editor reloads the text
  diagnostics: keep, // replaced by the rebuild that follows
  building: keep,
  buildError: keep,
  lastBuild: reset, // the old text's build: a scale checks it against the text and rebuilds anyway
  // cluster
  nodes: keepSaved,
  cluster: reset,
  builtFrom: reset,
  stale: reset,
  actions: resetSaved,
  actionErrors: reset,
  models: keep,
  // traffic
  client: resetSaved,
  target: resetSaved,
  options: keepSaved,
  seed: keepSaved,
  sent: keepSaved, // with seed, the next request's seed: continues across sources unless a link sets both
  trace: reset,
  // In a link (the hop on screen), but playback moves it many times a second: not by itself a reason to save.
  activeHop: reset,
  playing: reset,
  speed: keep,
  distribution: reset,
  distributionCount: reset,
  clientState: resetSaved,
  outcomes: reset,
  tally: reset,
  sending: keep,
  trafficError: reset,
  kubernetesVersion: keepSaved,
  compareTrace: reset,
  sentRequest: reset,
  // view
  selection: reset,
  terminalTab: keepSaved,
  dnsTool: keepSaved,
  rulesNode: resetSaved,
  mobileTab: keep,
  editorCollapsed: keep,
  compareNames: resetSaved,
  modeCompare: keepSaved,
  views: keep, // the terminals keep the last output until the new cluster's arrives
  // share, notices, history
  embed: keep,
  shareOpening: keep,
  writesLinks: keep,
  sendLog: keepSaved, // restarts with the client's state (share-snapshot.ts)
  draft: keep,
  setAside: keep,
  notices: keep,
  history: keep, // a new scenario is one step to undo; an opened link starts the history over
  // shell: a new source opens a new shell (a link replays its lines after it is built)
  shellLines: resetSaved,
  shellEntries: reset,
  shellSession: reset,
  shellPlace: resetSaved, // a link puts its place back after its lines ran
  shellPlaces: reset,
  shellOtherLines: resetSaved,
  shellClientTyped: reset,
  shellScreen: keep, // bumped by setShellPlace only
  shellOpen: keepSaved,
  shellBusy: keep, // the running line's generation check clears it
  shellError: reset,
  // lessons: the learner's, not the scenario's: progress is kept in its own storage (lesson-progress.ts), never in
  // a draft or a link (a lesson link names its lesson beside the state, url-codec/lesson-fragment.ts)
  lessonCatalogue: keep,
  lessonPanelOpen: keep,
  lessonId: keep, // a lesson outlives the sources it opens; leaving it is the learner's choice
  lessonLinked: keep, // the teacher's lesson a link opened: its link is its source, not the screen's
  lessonAlone: keep, // a lesson, like lessonCatalogue
  lessonProgress: keep,
  lessonCheck: reset, // judged the old text: the check after the new build replaces it
  lessonSolving: keep, // the solution's own steps replace the text
};

const keys = Object.keys(FIELDS) as StateField[];

/** Fields whose change is worth a draft save. */
export const SAVED_FIELDS: readonly StateField[] = keys.filter((k) => FIELDS[k].saved);

/** The `reset` fields at their values in `initial`: what a new source starts from. */
export function sourceResetValues(initial: StateData): Partial<StateData> {
  const out: Partial<Record<StateField, unknown>> = {};
  for (const k of keys) if (FIELDS[k].newSource === 'reset') out[k] = initial[k];
  return out as Partial<StateData>;
}
