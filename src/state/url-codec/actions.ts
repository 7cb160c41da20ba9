// The cluster actions a link replays: the core's own type (core/model/actions.ts). The v1 wire mapping
// in v1.ts turns each into a short tuple; a new action kind needs a new opcode there.
export type { ClusterAction } from '../../core';
