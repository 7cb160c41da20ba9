import { useTranslation } from 'react-i18next';
import type { Hop } from '../../state';
import { captionFor } from './caption';

export function HopCaption({ hop, index, hops }: { hop: Hop; index: number; hops: readonly Hop[] }) {
  const { t } = useTranslation();
  const { keys, values } = captionFor(hop, index, hops);
  return <>{t(keys, values)}</>;
}
