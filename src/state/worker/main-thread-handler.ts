// The core on the page's own thread, where no worker starts (and in tests): the shell's programs and the lessons'
// checks come with this module, which the client loads only then.
import { checkLesson } from '../../lessons';
import { createCoreHandler, type CoreHandler } from './handle';
import { runShellLines } from './shell-lines';

/** A core handler with everything it runs already loaded. */
export const createMainThreadHandler = (): CoreHandler =>
  createCoreHandler({ runShellLines: async () => runShellLines, checkLesson: async () => checkLesson });
