// What writes a link or a draft on the page: the link encoder (fflate's deflate) and the shell's grammar, which says
// which typed lines a replay needs. The store takes it as a dependency instead of importing it, so a page that
// writes no link while it loads (the light lesson embed, whose one link is "Open in playground") loads it after it
// has shown its step; the playground passes it at once.
import { replayedLines } from '../core';
import type { LinkWriter } from './types';
import { encodeShareStateBestEffort } from './url-codec';

export const linkWriter: LinkWriter = { encode: encodeShareStateBestEffort, replayedLines };
