// Words for the error codes the state layer hands over (state/errors.ts, worker/handle.ts); other messages pass
// through.
import type { TFunction } from 'i18next';
import type { ActionError } from '../state';
import { diagnosticText } from './diagnostic-text';

export function errorText(t: TFunction, message: string): string {
  return message === 'overrun' ? t('errors.overrun') : message;
}

/** An action the core could not apply: a code or note in the learner's language, a program's message as it wrote it. */
export function actionErrorText(t: TFunction, error: ActionError): string {
  if (typeof error === 'string') return errorText(t, error);
  if ('severity' in error) return diagnosticText(t, error);
  switch (error.code) {
    case 'workload-not-found': return t('errors.workloadNotFound', { kind: error.kind, name: error.name });
    case 'invalid-replicas': return t('errors.invalidReplicas', { replicas: error.replicas });
    case 'no-spec': return t('errors.noSpec');
    case 'replicas-line-changed': return t('errors.replicasLineChanged', { line: error.line });
    case 'spec-line-changed': return t('errors.specLineChanged', { line: error.line });
  }
}
