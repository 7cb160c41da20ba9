// Input limits for links, each with its reason (docs/architecture.md: limits live beside their reason). The
// one limit a learner meets is the core's: any source loadCluster reads (MAX_SOURCE_BYTES) can be saved as a
// draft and shared as a link; these caps are set from it, so they never refuse such a source first.
import { MAX_SOURCE_BYTES } from '../../core';

export { MAX_SOURCE_BYTES };

/** Inflated JSON cap: a source the core reads, JSON-escaped (a control character becomes `\u00XX`, six
 *  bytes for one), with the rest of the state. Larger cannot be a real scenario: it is a bomb or junk. */
export const MAX_INFLATED_BYTES = 6 * MAX_SOURCE_BYTES + 64 * 1024;

/** Fragment cap in characters: a source the core reads that does not compress (1 MiB deflates to about
 *  1 MiB, 1.4 M base64url characters) still fits; Chromium's 2 MB URL cap is the outer bound. The inflate
 *  cap, not this, is the guard against bombs (a 50 MB zero bomb is about 65 k characters). */
export const MAX_FRAGMENT_CHARS = 2 * 1024 * 1024;

/** Actions replayed on open. Each is a cluster rebuild; a learner makes tens, not thousands. */
export const MAX_ACTIONS = 1000;

/** The core's per-workload replicas cap (1,000, with a warning past it). */
export const MAX_REPLICAS = 1000;

/** Requests per send. */
export const MAX_COUNT = 1000;

/** Target text: a DNS name (253) plus `:port`. */
export const MAX_TARGET_CHARS = 260;

/** Animation hops: a trace has tens. */
export const MAX_HOP = 10_000;

/** Sends replayed on open, and their total requests: replay must stay well under a second. */
export const MAX_SENDS = 100;
export const MAX_SENT_REQUESTS = 10_000;

/** Simulated nodes (core manifest/limits.ts MAX_NODES: node N gets 10.244.N.0/24). */
export const MAX_NODES = 250;

/** An image reference: the distribution reference grammar caps a name at 255 characters, plus tag or digest. */
export const MAX_IMAGE_CHARS = 400;

/** Shell lines a link carries (the last ones typed): each replays at once, and the link stays short. */
export const MAX_SHELL_LINES = 50;

/** One shell line: the core's own cap (manifest/limits.ts MAX_SHELL_LINE), past which ash's runner refuses it. */
export const MAX_SHELL_LINE_CHARS = 4096;

/** A teacher's lesson in a link (`l`). Its id is at most 40 characters so that the progress key made from it (a
 *  hash and the id, lesson-progress.ts) stays a lesson id (63). */
export const MAX_LINK_LESSON_ID = 40;
/** Its texts: a title is a line, a goal a paragraph; a question and a check's words a sentence or two. */
export const MAX_LINK_LESSON_TITLE = 200;
export const MAX_LINK_LESSON_GOAL = 2000;
export const MAX_LINK_LESSON_SENTENCE = 500;
/** Its checks: every one runs after each build, send and shell line (a `requests` check sends 60 requests), and a
 *  teacher picks a handful. */
export const MAX_LINK_LESSON_CHECKS = 12;
/** Pods one check names: the Pods behind one Service. */
export const MAX_LINK_LESSON_PODS = 100;
