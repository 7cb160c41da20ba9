// Where the draft store keeps its records in localStorage (storage.ts). A module of its own, without imports: the
// build's page loader reads DRAFT_KEY too (vite.config.ts, src/ui/page-start.ts).

export const DRAFT_KEY = 'k8s-service-playground:draft';
/** The single kept-draft slot of earlier builds: read as the oldest set-aside draft. */
export const KEPT_KEY = 'k8s-service-playground:kept-draft';
export const SET_ASIDE_KEY = 'k8s-service-playground:set-aside';
