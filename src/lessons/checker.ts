// How the UI runs checkLesson: in a Web Worker of its own (check.worker.ts), or on the main thread where no
// Worker can be made (tests, old browsers). The lesson travels with the request, so a teacher's lesson opened
// from a link is checked the same way as a built-in one.
import { checkLesson } from './check';
import type { Lesson, LessonCheck, PlaygroundState } from './types';

export interface CheckRequest {
  id: number;
  lesson: Lesson;
  state: PlaygroundState;
}

export type CheckReply =
  | { id: number; result: LessonCheck }
  /** A newer check was asked for before this one ran: its answer would be stale. */
  | { id: number; superseded: true }
  | { id: number; error: string };

/** What a check came to: the result, or `superseded` when a newer check replaced it (ignore it). */
export type CheckOutcome = { status: 'done'; result: LessonCheck } | { status: 'superseded' } | { status: 'error'; message: string };

export interface LessonChecker {
  check(lesson: Lesson, state: PlaygroundState): Promise<CheckOutcome>;
  readonly mode: 'worker' | 'main-thread';
  dispose(): void;
}

const defaultWorker = (): Worker | null => {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
};

/**
 * @example
 * const checker = createLessonChecker();
 * const outcome = await checker.check(lesson, shareStateNow);
 * if (outcome.status === 'done') outcome.result.items; // the checklist, each item passed or not
 */
export function createLessonChecker(createWorker: () => Worker | null = defaultWorker): LessonChecker {
  const worker = createWorker();
  const pending = new Map<number, (o: CheckOutcome) => void>();
  let nextId = 1;
  if (worker) {
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      const reply = event.data;
      const settle = pending.get(reply.id);
      if (!settle) return;
      pending.delete(reply.id);
      if ('result' in reply) settle({ status: 'done', result: reply.result });
      else if ('superseded' in reply) settle({ status: 'superseded' });
      else settle({ status: 'error', message: reply.error });
    };
  }
  return {
    mode: worker ? 'worker' : 'main-thread',
    check(lesson, state) {
      if (!worker) {
        try {
          return Promise.resolve({ status: 'done', result: checkLesson(lesson, state) });
        } catch (e) {
          return Promise.resolve({ status: 'error', message: `Internal error: ${(e as Error).message}` });
        }
      }
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, lesson, state } satisfies CheckRequest);
      });
    },
    dispose() {
      worker?.terminate();
      for (const settle of pending.values()) settle({ status: 'superseded' });
      pending.clear();
    },
  };
}
