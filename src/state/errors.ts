// Errors the UI words itself: an overrun becomes the code 'overrun' (the UI says it in the learner's language);
// anything else keeps its message (an Internal error from the core, in English like the core's diagnostics).
import { Overrun } from './worker/client';

export const OVERRUN = 'overrun';

export function errorCode(e: unknown): string {
  return e instanceof Overrun ? OVERRUN : (e as Error).message;
}
