// The core's Web Worker: a thin loop over handle.ts, which keeps this worker's clusters. Messages queue for one
// macrotask so a request superseded by a newer one for the same command (the learner typed again) is skipped
// rather than computed.
import { loadCheckLesson } from '../../lessons';
import { createCoreHandler } from './handle';
import type { WorkerEnvelope, WorkerReply } from './protocol';
import { toWire, transferOf } from './wire';

// The shell's programs and the lessons' checks load with the first line typed and the first lesson opened.
const handle = createCoreHandler({ runShellLines: () => import('./shell-lines').then((m) => m.runShellLines), checkLesson: loadCheckLesson });
const queue: WorkerEnvelope[] = [];
let scheduled = false;

let draining = false;

async function run({ id, command, input }: WorkerEnvelope): Promise<WorkerReply> {
  try {
    return { id, command, ok: true, result: await handle(command, input) };
  } catch (e) {
    return { id, command, ok: false, error: `Internal error: ${(e as Error).message}` };
  }
}

// One drain at a time, in arrival order: a command that loads its code first (the shell's) holds the ones after it.
async function drain() {
  scheduled = false;
  draining = true;
  while (queue.length) {
    const next = queue.shift()!;
    if (queue.some((later) => later.command === next.command)) continue; // superseded: the client drops it anyway
    const message = toWire(await run(next));
    self.postMessage(message, { transfer: transferOf(message) });
  }
  draining = false;
}

self.onmessage = (event: MessageEvent<WorkerEnvelope>) => {
  queue.push(event.data);
  if (!scheduled && !draining) {
    scheduled = true;
    setTimeout(() => void drain(), 0);
  }
};
