// The UI's way to run checkLesson: on the main thread where no Worker can be made, else through one, where a newer
// check answers the older ones as superseded.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { createLessonChecker, type CheckReply, type CheckRequest } from './checker';
import { mixedRead } from './mixed-read';

/** A Worker stand-in: it records what is posted, and the test sends its replies. */
function fakeWorker() {
  const posted: CheckRequest[] = [];
  const worker = {
    onmessage: null as ((e: MessageEvent<CheckReply>) => void) | null,
    postMessage(req: CheckRequest) { posted.push(req); },
    terminate() {},
    reply(reply: CheckReply) { worker.onmessage?.({ data: reply } as MessageEvent<CheckReply>); },
  };
  return { worker, posted };
}

describe('createLessonChecker', () => {
  it('runs on the main thread where no Worker can be made', async () => {
    const checker = createLessonChecker(() => null);
    expect(checker.mode).toBe('main-thread');
    await expect(checker.check(mixedRead, mixedRead.solution)).resolves.toEqual({ status: 'done', result: checkLesson(mixedRead, mixedRead.solution) });
  });

  it('sends the lesson and the state to the worker and settles each request by its id', async () => {
    const { worker, posted } = fakeWorker();
    const checker = createLessonChecker(() => worker as unknown as Worker);
    expect(checker.mode).toBe('worker');
    const first = checker.check(mixedRead, mixedRead.start);
    const second = checker.check(mixedRead, mixedRead.solution);
    expect(posted.map((p) => [p.id, p.lesson.id, p.state === mixedRead.solution])).toEqual([[1, 'mixed-read', false], [2, 'mixed-read', true]]);
    const result = checkLesson(mixedRead, mixedRead.solution);
    worker.reply({ id: 2, result });
    worker.reply({ id: 1, superseded: true });
    await expect(second).resolves.toEqual({ status: 'done', result });
    await expect(first).resolves.toEqual({ status: 'superseded' });
  });

  it('passes on a worker error, and settles what is pending when disposed', async () => {
    const { worker } = fakeWorker();
    const checker = createLessonChecker(() => worker as unknown as Worker);
    const failing = checker.check(mixedRead, mixedRead.start);
    worker.reply({ id: 1, error: 'Internal error: boom' });
    await expect(failing).resolves.toEqual({ status: 'error', message: 'Internal error: boom' });
    const pending = checker.check(mixedRead, mixedRead.start);
    checker.dispose();
    await expect(pending).resolves.toEqual({ status: 'superseded' });
  });
});
