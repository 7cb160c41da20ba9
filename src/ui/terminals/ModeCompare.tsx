// The two-mode view: the last request through iptables and through nftables, side by side. Same Service, same
// endpoints, different rules: the lesson is that the dataplane changes and the Service does not.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ProxyMode } from '../../core';
import { getAppStore, otherProxyMode, type Trace } from '../../state';
import { useAppStore } from '../use-app-store';
import { outcomeKey } from '../traffic/outcome';
import { decidingRules } from './matched-rules';

function Side({ mode, trace }: { mode: ProxyMode; trace: Trace | null }) {
  const { t } = useTranslation();
  const rules = useMemo(() => decidingRules(trace), [trace]);
  return (
    <section className="mode-side" data-testid={`mode-side-${mode}`} aria-label={t(`send.proxy.${mode}`)}>
      <h3>{t(`send.proxy.${mode}`)}</h3>
      {!trace ? (
        <p className="muted">{t('dataplane.compare.waiting')}</p>
      ) : (
        <>
          <pre className="terminal mode-rules" tabIndex={0}>
            {rules.map((r) => (
              <span key={r} className="line used used-jump">
                {r}
                {'\n'}
              </span>
            ))}
          </pre>
          <p className="mode-outcome" data-testid={`mode-outcome-${mode}`}>
            {trace.outcome === 'delivered' && trace.pod ? t('dataplane.compare.delivered', { pod: trace.pod }) : t(outcomeKey(trace.outcome))}
          </p>
        </>
      )}
    </section>
  );
}

export function ModeCompareToggle() {
  const { t } = useTranslation();
  const { on, mode } = useAppStore(useShallow((s) => ({ on: s.modeCompare, mode: s.options.proxyMode })));
  return (
    <label className="check" title={t('dataplane.compare.about')}>
      <input type="checkbox" data-testid="mode-compare" checked={on} onChange={(e) => getAppStore().getState().setModeCompare(e.target.checked)} />
      {t('dataplane.compare.toggle', { other: t(`send.proxy.${otherProxyMode(mode)}`) })}
    </label>
  );
}

export function ModeCompare() {
  const { t } = useTranslation();
  const { on, mode, trace, other } = useAppStore(useShallow((s) => ({ on: s.modeCompare, mode: s.options.proxyMode, trace: s.trace, other: s.compareTrace })));
  if (!on) return null;
  const second = otherProxyMode(mode);
  const same = !!trace && !!other && trace.outcome === other.outcome;
  return (
    <div className="mode-compare" data-testid="mode-compare-view">
      <p className="muted tab-note">{!trace ? t('dataplane.compare.send') : same ? t('dataplane.compare.same') : t('dataplane.compare.about')}</p>
      <div className="mode-sides">
        <Side mode={mode} trace={trace} />
        <Side mode={second} trace={trace ? other : null} />
      </div>
    </div>
  );
}
