// The terminals under the graph: the DNS comparison first, then kube-proxy's rules for the proxy mode (the nat and
// filter tables, or nftables' ruleset), IPVS, the client's resolver configuration, EndpointSlices and a
// `kubectl get … -o wide`.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProxyMode } from '../../core';
import { getAppStore, type TerminalTab } from '../../state';
import { useAppStore } from '../use-app-store';
import { DnsCompare, DnsToolToggle } from './DnsCompare';
import { NFT_LIST_RULESET, OtherTab } from './RulesTabs';

/** The tabs for a proxy mode: nftables mode leaves iptables' filter table to nobody, so it has no tab of its own. */
export const terminalTabs = (mode: ProxyMode): TerminalTab[] =>
  mode === 'nftables' ? ['dns', 'iptables', 'ipvs', 'resolv', 'slices', 'kubectl'] : ['dns', 'iptables', 'filter', 'ipvs', 'resolv', 'slices', 'kubectl'];

export function Terminals() {
  const { t } = useTranslation();
  const mode = useAppStore((s) => s.options.proxyMode);
  const tabs = terminalTabs(mode);
  const chosen = useAppStore((s) => s.terminalTab);
  // A link or an earlier choice may name the filter tab while nftables mode has none: its rules are in the ruleset.
  const tab = tabs.includes(chosen) ? chosen : 'iptables';
  const setTab = (x: TerminalTab) => getAppStore().getState().setTerminalTab(x);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = (i + delta + tabs.length) % tabs.length;
    setTab(tabs[next]!);
    refs.current[next]?.focus();
  };
  return (
    <section className="terminals" aria-label={t('terminal.title')} data-testid="terminals">
      <div className="tabs-row">
      <div role="tablist" className="tabs" aria-label={t('terminal.title')}>
        {tabs.map((x, i) => (
          <button
            key={x}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            id={`tab-${x}`}
            aria-selected={tab === x}
            aria-controls={`panel-${x}`}
            tabIndex={tab === x ? 0 : -1}
            className={tab === x ? 'tab on' : 'tab'}
            onClick={() => setTab(x)}
            onKeyDown={(e) => onKey(e, i)}
            data-testid={`tab-${x}`}
          >
            {x === 'iptables' && mode === 'nftables' ? NFT_LIST_RULESET : x === 'filter' ? t('dataplane.tab.filter') : t(`terminal.tab.${x}`)}
          </button>
        ))}
      </div>
      {tab === 'dns' && <DnsToolToggle />}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'dns' ? <DnsCompare /> : <OtherTab tab={tab} />}
      </div>
    </section>
  );
}
