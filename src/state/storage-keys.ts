// Where the draft store keeps its records in localStorage (storage.ts). A module of its own, without imports:
// vite.config.ts gives DRAFT_KEY to index.html's loader too (src/ui/page-start.ts), which shows the first view only
// where no draft is saved.

export const DRAFT_KEY = 'k8s-service-playground:draft';
/** The single kept-draft slot of earlier builds: read as the oldest set-aside draft. */
export const KEPT_KEY = 'k8s-service-playground:kept-draft';
export const SET_ASIDE_KEY = 'k8s-service-playground:set-aside';
