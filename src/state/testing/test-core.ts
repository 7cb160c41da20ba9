// The core client for tests: the real core (worker/handle.ts) on the main thread, exactly as the app runs it where
// no Worker can be made, with every command it ran recorded per command for the test to assert on.
import { createCoreClient, type CoreClient } from '../worker/client';
import { createMainThreadHandler } from '../worker/main-thread-handler';
import type { BuiltRecipe, CommandInput, CoreCommand } from '../worker/protocol';

export type CoreCalls = { [K in CoreCommand]: CommandInput<K>[] };

export interface TestCore {
  core: CoreClient;
  /** What the core was asked, in order, per command. */
  calls: CoreCalls;
  /** The recipe a revision was built from (what a send or views call ran on). */
  recipeOf(revision: number): BuiltRecipe | undefined;
  /** Forgets every cluster, as a fresh worker does after an overrun. */
  restart(): void;
}

export function createTestCore(): TestCore {
  const calls: CoreCalls = { build: [], views: [], send: [], scale: [], shell: [], importText: [], checkLesson: [], encodeShare: [] };
  let handle = createMainThreadHandler();
  const core = createCoreClient({
    createWorker: () => null,
    loadHandler: async () => (command, input) => {
      calls[command].push(input);
      return handle(command, input);
    },
  });
  const recipeOf = (revision: number): BuiltRecipe | undefined => {
    const b = calls.build.find((x) => x.revision === revision);
    return b && { ...b.recipe, revision };
  };
  const restart = () => {
    handle = createMainThreadHandler();
  };
  return { core, calls, recipeOf, restart };
}
