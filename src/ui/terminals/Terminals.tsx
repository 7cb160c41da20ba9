// The terminals under the graph: the DNS comparison first, then kube-proxy's rules, the client's resolver
// configuration, EndpointSlices and a `kubectl get … -o wide`.
import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { getAppStore, rulesNode, type TerminalTab } from '../../state';
import { useAppStore } from '../use-app-store';
import { formatKubectlGetWide } from '../../core';
import { chainsInTrace, iptablesLineClass } from './chains';
import { DnsCompare, DnsToolToggle } from './DnsCompare';
import { EndpointSlicesView } from './EndpointSlicesView';
import { TerminalText } from './TerminalText';

const tabs: TerminalTab[] = ['dns', 'iptables', 'ipvs', 'resolv', 'slices', 'kubectl'];

export function Terminals() {
  const { t } = useTranslation();
  const tab = useAppStore((s) => s.terminalTab);
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
            {t(`terminal.tab.${x}`)}
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

function OtherTab({ tab }: { tab: Exclude<TerminalTab, 'dns'> }) {
  const { t } = useTranslation();
  const { views, cluster, trace, node, client, proxyMode } = useAppStore(
    useShallow((s) => ({ views: s.views, cluster: s.cluster, trace: s.trace, node: rulesNode(s), client: s.client, proxyMode: s.options.proxyMode })),
  );
  const used = useMemo(() => chainsInTrace(trace), [trace]);
  const iptHighlight = useCallback((line: string) => iptablesLineClass(line, used), [used]);
  const kubectl = useMemo(() => (cluster ? ({ status: 'ok', text: formatKubectlGetWide(cluster) } as const) : null), [cluster]);
  const nodes = cluster?.nodes.map((n) => n.name) ?? [];
  const nodePicker = (
    <label className="field inline">
      <span>{t('terminal.node')}</span>
      <select value={node} onChange={(e) => getAppStore().getState().setRulesNode(e.target.value)} data-testid="rules-node">
        {nodes.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
  switch (tab) {
    case 'iptables':
      return (
        <div className="tab-body">
          <div className="tab-toolbar">
            {nodePicker}
            <span className="muted">{used.size ? t('terminal.chainsHighlighted', { count: used.size }) : t('terminal.sendToHighlight')}</span>
            {proxyMode === 'ipvs' && <span className="muted">{t('terminal.ipvsNote')}</span>}
          </div>
          <TerminalText command={`iptables-save -t nat   # ${node}`} result={views?.iptables} highlight={iptHighlight} testId="terminal-iptables" label={t('terminal.tab.iptables')} />
        </div>
      );
    case 'ipvs':
      return (
        <div className="tab-body">
          <div className="tab-toolbar">{nodePicker}</div>
          <TerminalText command={`ipvsadm -Ln   # ${node}`} result={views?.ipvs} testId="terminal-ipvs" label={t('terminal.tab.ipvs')} />
        </div>
      );
    case 'resolv':
      return (
        <div className="tab-body">
          <TerminalText command={`cat /etc/resolv.conf   # ${client}`} result={views?.resolvConf} testId="terminal-resolv" label={t('terminal.tab.resolv')} />
        </div>
      );
    case 'slices':
      return <EndpointSlicesView />;
    case 'kubectl':
      return (
        <div className="tab-body">
          <TerminalText command="kubectl get pods,svc,endpointslices -o wide" result={kubectl} testId="terminal-kubectl" label={t('terminal.tab.kubectl')} />
        </div>
      );
  }
}

