// Words for the error codes the state layer hands over (state/errors.ts); other messages pass through.
import type { TFunction } from 'i18next';

export function errorText(t: TFunction, message: string): string {
  return message === 'overrun' ? t('errors.overrun') : message;
}
