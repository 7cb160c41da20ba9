// Requests per Pod after sending many: a small bar chart, one bar per Pod that answered, plus the ready Pods
// that got none (so "not ready Pods get nothing" is visible).
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../use-app-store';
import { elementLabel } from './caption';

export function Distribution() {
  const { t } = useTranslation();
  const { distribution, count, outcomes } = useAppStore(
    useShallow((s) => ({ distribution: s.distribution, count: s.distributionCount, outcomes: s.outcomes })),
  );
  if (!distribution && !outcomes) return null;
  const entries = Object.entries(distribution ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <figure className="distribution" data-testid="distribution">
      <figcaption>{t('distribution.title', { count })}</figcaption>
      <ul>
        {entries.map(([pod, n]) => (
          <li key={pod} data-testid="distribution-row" data-pod={elementLabel(pod)}>
            <span className="bar-label mono">{elementLabel(pod)}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ width: `${(n / max) * 100}%` }} />
            </span>
            <span className="bar-value">{t('distribution.value', { n, pct: Math.round((n / Math.max(1, count)) * 100) })}</span>
          </li>
        ))}
      </ul>
      {outcomes && (
        <p className="outcomes" data-testid="distribution-outcomes">
          {Object.entries(outcomes)
            .map(([o, n]) => t('distribution.outcome', { n, outcome: t([`outcome.short.${o}`, 'outcome.short.other'], { outcome: o }) }))
            .join(' · ')}
        </p>
      )}
    </figure>
  );
}
