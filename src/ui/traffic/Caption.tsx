import { useTranslation } from 'react-i18next';
import type { Hop } from '../../state';
import { captionKeys, captionValues } from './caption';

export function Caption({ hop }: { hop: Hop }) {
  const { t } = useTranslation();
  return <>{t(captionKeys(hop), { ...captionValues(hop), kind: hop.kind })}</>;
}
