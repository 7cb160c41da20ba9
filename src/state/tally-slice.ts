// The running total of requests per Pod across sends (×10, then ×100 …) until the learner resets it, so a
// skew shows over many more requests than one send makes. It counts one target from one client: a send to
// another target, or from another client, starts a new total, since adding hits of two Services would
// compare nothing. A new scenario clears it (source-fields.ts).
import type { StateCreator } from 'zustand/vanilla';
import type { AppState, TallySlice } from './types';

const add = (into: Record<string, number>, from: Readonly<Record<string, number>>): Record<string, number> => {
  const out = { ...into };
  for (const [k, n] of Object.entries(from)) out[k] = (out[k] ?? 0) + n;
  return out;
};

export const createTallySlice: StateCreator<AppState, [], [], TallySlice> = (set) => ({
  tally: null,

  addToTally({ client, target, count, hits, outcomes }) {
    set((s) => {
      const same = s.tally && s.tally.client === client && s.tally.target === target;
      const base = same && s.tally ? s.tally : { client, target, sends: 0, requests: 0, hits: {}, outcomes: {} };
      return {
        tally: {
          client,
          target,
          sends: base.sends + 1,
          requests: base.requests + count,
          hits: add(base.hits, hits),
          outcomes: add(base.outcomes, outcomes),
        },
      };
    });
  },

  resetTally() {
    set({ tally: null });
  },
});
