// How the rules chose this connection's Pod, as a table a learner can add up: each iptables rule's probability
// is a share of what the rules above it leave, so every Pod gets 1/n; nftables draws once, 1/n each.
import { useTranslation } from 'react-i18next';
import type { Hop } from '../../core';
import { endpointChoice, fraction } from './endpoint-choice';

export function EndpointChoice({ hop }: { hop: Hop }) {
  const { t } = useTranslation();
  const choice = endpointChoice(hop);
  if (!choice) return null;
  if (choice.mode === 'nftables') {
    return (
      <section className="endpoint-choice" data-testid="endpoint-choice" aria-label={t('choice.numgenTitle', { mod: choice.mod })}>
        <h4>{t('choice.numgenTitle', { mod: choice.mod })}</h4>
        <p>{t('choice.numgen', { mod: choice.mod, max: choice.mod - 1, value: choice.value })}</p>
      </section>
    );
  }
  const { n, rows } = choice;
  return (
    <section className="endpoint-choice" data-testid="endpoint-choice" aria-label={t('choice.title', { svcChain: choice.svcChain, n })}>
      <h4>{t('choice.title', { svcChain: choice.svcChain, n })}</h4>
      <ol className="choice-rows">
        {rows.map((r) => {
          const left = fraction(r.k, n);
          const takes = r.position === 1 ? t('choice.takesFirst', { k: r.k })
            : r.k === 1 ? t('choice.takesLast', { left }) : t('choice.takesMiddle', { k: r.k, left });
          return (
            <li key={r.position} className={r.taken ? 'taken' : undefined} data-testid="choice-row" aria-current={r.taken ? 'step' : undefined}>
              <div>
                <strong>{t('choice.rule', { position: r.position })}</strong>{' '}
                <span className="mono">{r.k === 1 ? t('choice.noCondition') : `--probability ${r.printed ? `${r.printed} ` : ''}≈ 1/${r.k}`}</span>
                {r.taken && <span className="choice-this"> ← {t('choice.thisOne')}</span>}
              </div>
              <div className="choice-takes">{t('choice.takes')}: {takes} = <span className="mono">1/{n}</span> {t('choice.overall')}</div>
            </li>
          );
        })}
      </ol>
      <p className="choice-summary" data-testid="choice-summary">{t('choice.summary', { n })}</p>
    </section>
  );
}
