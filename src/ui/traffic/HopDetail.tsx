// The hop on screen in words: where the packet went, each field of its detail worded for people (real data —
// addresses, ports, chain names, records — as it is), the rules walked, how the endpoint was chosen, and the raw
// data one click away.
import { useTranslation } from 'react-i18next';
import type { Hop, TraceStep } from '../../core';
import { detailRows, elementWords, rawDetail, type Shown } from './detail-words';
import { EndpointChoice } from './EndpointChoice';
import { rulesWalked } from './rules-walked';

/** The rules the kernel walked: matched ones marked, the rest dimmed (as a rule tracer prints them). */
function Steps({ steps }: { steps: readonly TraceStep[] }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="muted">{t('detail.rulesMatched', { count: steps.filter((s) => s.matched).length, total: steps.length })}</span>
      {/* Focusable: a long walk scrolls, and a keyboard user must be able to scroll it. */}
      <ol className="rule-steps" data-testid="rule-steps" tabIndex={0} aria-label={t('detailKey.rules')}>
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

function ShownValue({ shown }: { shown: Shown }) {
  const { t } = useTranslation();
  if ('items' in shown) {
    return (
      <ul className="detail-list">
        {shown.items.map((s, i) => (
          <li key={i}><ShownValue shown={s} /></li>
        ))}
      </ul>
    );
  }
  if ('key' in shown) return <span>{t(shown.key, shown.values ?? {})}</span>;
  return <span className="mono">{shown.text}</span>;
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
          <dd><ShownValue shown={elementWords(hop.from)} /></dd>
        </div>
        <div>
          <dt>{t('detail.to')}</dt>
          <dd><ShownValue shown={elementWords(hop.to)} /></dd>
        </div>
        {detailRows(hop).map(({ field, shown }) => (
          <div key={field} data-testid={`detail-${field}`}>
            <dt>{t(`detailKey.${field}`)}</dt>
            <dd><ShownValue shown={shown} /></dd>
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
      <details className="hop-raw" data-testid="hop-raw">
        <summary>{t('hopDetail.raw')}</summary>
        {/* Focusable: it scrolls when long, and a keyboard user must be able to scroll it. */}
        <pre className="mono" tabIndex={0}>{rawDetail(hop)}</pre>
      </details>
    </div>
  );
}
