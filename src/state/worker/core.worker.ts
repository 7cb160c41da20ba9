// The core's Web Worker: a thin switch (handle.ts) over core/index.ts. Messages queue for one macrotask so a
// request superseded on its channel (the learner typed again) is skipped rather than computed.
import { handle } from './handle';
import type { WorkerEnvelope, WorkerReply } from './protocol';

const queue: WorkerEnvelope[] = [];
let scheduled = false;

function drain() {
  scheduled = false;
  while (queue.length) {
    const next = queue.shift()!;
    if (queue.some((later) => later.channel === next.channel)) continue; // superseded: the client drops it anyway
    let reply: WorkerReply;
    try {
      reply = { id: next.id, ok: true, result: handle(next.request) };
    } catch (e) {
      reply = { id: next.id, ok: false, error: `Internal error: ${(e as Error).message}` };
    }
    self.postMessage(reply);
  }
}

self.onmessage = (event: MessageEvent<WorkerEnvelope>) => {
  queue.push(event.data);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
};
