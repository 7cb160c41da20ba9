// The structured data of the hop on screen: records returned, rule chain and probability, endpoint, reason.
import { useTranslation } from 'react-i18next';
import type { Hop, TraceStep } from '../../core';
import { elementLabel } from './caption';
import { EndpointChoice } from './EndpointChoice';
import { rulesWalked } from './rules-walked';

/** The rules the kernel walked: matched ones marked, the rest dimmed (as a rule tracer prints them). */
function Steps({ steps }: { steps: readonly TraceStep[] }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="muted">{t('detail.rulesMatched', { count: steps.filter((s) => s.matched).length, total: steps.length })}</span>
      <ol className="rule-steps" data-testid="rule-steps">
        {steps.map((s, i) => (
          <li key={i} className={s.matched ? 'matched' : 'missed'}>
            <span aria-hidden="true">{s.matched ? '✓ ' : '· '}</span>
            <span className="visually-hidden">{s.matched ? t('detail.matched') : t('detail.notMatched')}</span>
            {s.table === 'nat' ? '' : `[${s.table}] `}
            {s.line}
          </li>
        ))}
      </ol>
    </>
  );
}

// The walked rules are shown once, as Steps, wherever the detail carries them (`rules`, or a DNS query's `dnat.rules`).
const fields = (o: object): Array<[string, unknown]> => Object.entries(o).filter(([k]) => k !== 'rules');

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return <span className="mono">{value.join(', ')}</span>;
    return (
      <ul className="detail-list">
        {value.map((v, i) => (
          <li key={i}>
            <Value value={v} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="detail-nested">
        {fields(value).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <Value value={v} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span className="mono">{String(value)}</span>;
}

export function HopDetail({ hop, index }: { hop: Hop; index: number }) {
  const { t } = useTranslation();
  const rules = rulesWalked(hop);
  return (
    <div className="hop-detail" data-testid="hop-detail">
      <h3>{t('detail.hopTitle', { n: index + 1, kind: t(`hopKind.${hop.kind}`) })}</h3>
      <EndpointChoice hop={hop} />
      <dl className="detail-table">
        <div>
          <dt>{t('detail.from')}</dt>
          <dd className="mono">{elementLabel(hop.from)}</dd>
        </div>
        <div>
          <dt>{t('detail.to')}</dt>
          <dd className="mono">{elementLabel(hop.to)}</dd>
        </div>
        {fields(hop.detail).map(([k, v]) => (
          <div key={k} data-testid={`detail-${k}`}>
            <dt>{t(`detailKey.${k}`, { defaultValue: k })}</dt>
            <dd>
              <Value value={v} />
            </dd>
          </div>
        ))}
        {rules.length > 0 && (
          <div data-testid="detail-rules">
            <dt>{t('detailKey.rules')}</dt>
            <dd>
              <Steps steps={rules} />
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
