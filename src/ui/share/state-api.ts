// The state layer's share API, in one place for the components here.
export {
  buildShareUrl, decodeShareFragment, encodeShareStateBestEffort, isShareFragment,
  type ShareError, type ShareState,
} from '../../state/url-codec';
export { createDraftStore, resolveLocalStorage, type DraftStore, type StorageIssue, type StorageIssueCode } from '../../state/storage';
export { attachShareController, type ShareController } from '../../state/share-controller';
export { exportScenarioYaml, importScenarioText, scenarioFileName, MAX_IMPORT_BYTES } from '../../state/scenario-file';
