// The state layer's second entry, for code that runs outside the app (e2e page objects, tools): the link and
// draft formats alone, with no store, worker or bundled scenarios, so it loads in plain Node.
export { decodeShareFragment, encodeShareState, type ShareError } from './url-codec';
export { DRAFT_KEY } from './storage';
