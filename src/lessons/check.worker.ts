// The lesson checker's Web Worker: builds the state's cluster and runs the lesson's checks off the main thread,
// so a check after every edit never stalls typing. Only the newest request waiting is run; older ones are
// answered as superseded.
import { checkLesson } from './check';
import type { CheckReply, CheckRequest } from './checker';

const queue: CheckRequest[] = [];
let scheduled = false;

function drain() {
  scheduled = false;
  const newest = queue.pop();
  for (const old of queue.splice(0)) self.postMessage({ id: old.id, superseded: true } satisfies CheckReply);
  if (!newest) return;
  try {
    self.postMessage({ id: newest.id, result: checkLesson(newest.lesson, newest.state) } satisfies CheckReply);
  } catch (e) {
    self.postMessage({ id: newest.id, error: `Internal error: ${(e as Error).message}` } satisfies CheckReply);
  }
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  queue.push(event.data);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
};
