// Requests per Pod summed over the sends to one target (the store's tally, reset by the learner or a new
// scenario): a small bar chart, one bar per Pod that answered. Pod names show the part that tells the rows
// apart in full (`…-qmldf`), shortening only the part they share.
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { elementLabel } from './caption';
import { splitNames } from './name-parts';

export function Distribution() {
  const { t } = useTranslation();
  const tally = useAppStore((s) => s.tally);
  if (!tally) return null;
  const { requests: count, hits, outcomes, sends, target } = tally;
  const entries = Object.entries(hits).sort(([a], [b]) => a.localeCompare(b));
  const names = splitNames(entries.map(([pod]) => elementLabel(pod)));
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <figure className="distribution" data-testid="distribution">
      <figcaption>
        {t('distribution.title', { count })}
        {sends > 1 && <span className="distribution-across muted" data-testid="distribution-across"> {t('distribution.across', { count: sends, target })}</span>}
      </figcaption>
      <ul>
        {entries.map(([pod, n], i) => (
          <li key={pod} data-testid="distribution-row" data-pod={elementLabel(pod)}>
            <span className="bar-label mono" title={elementLabel(pod)}>
              <span className="common">{names[i]!.common}</span>
              <span className="differs">{names[i]!.differs}</span>
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ width: `${(n / max) * 100}%` }} />
            </span>
            <span className="bar-value">{t('distribution.value', { n, pct: Math.round((n / Math.max(1, count)) * 100) })}</span>
          </li>
        ))}
      </ul>
      <p className="outcomes" data-testid="distribution-outcomes">
        {Object.entries(outcomes)
          .map(([o, n]) => t('distribution.outcome', { n, outcome: t([`outcome.short.${o}`, 'outcome.short.other'], { outcome: o }) }))
          .join(' · ')}
      </p>
      <button type="button" className="distribution-reset" onClick={() => getAppStore().getState().resetTally()} data-testid="distribution-reset">
        {t('distribution.reset')}
      </button>
    </figure>
  );
}
