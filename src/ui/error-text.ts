// Words for the error codes the state layer hands over (state/errors.ts, worker/handle.ts); other messages pass
// through.
import type { TFunction } from 'i18next';
import type { ActionError } from '../state';

export function errorText(t: TFunction, message: string): string {
  return message === 'overrun' ? t('errors.overrun') : message;
}

/** An action the core could not apply: a code in the learner's language, a core message as the core wrote it. */
export function actionErrorText(t: TFunction, error: ActionError): string {
  if (typeof error === 'string') return errorText(t, error);
  switch (error.code) {
    case 'workload-not-found': return t('errors.workloadNotFound', { kind: error.kind, name: error.name });
    case 'invalid-replicas': return t('errors.invalidReplicas', { replicas: error.replicas });
    case 'no-spec': return t('errors.noSpec');
    case 'replicas-line-changed': return t('errors.replicasLineChanged', { line: error.line });
    case 'spec-line-changed': return t('errors.specLineChanged', { line: error.line });
  }
}
