// The terminal tabs other than DNS: the node's rules for the proxy mode with the rules the last request matched
// highlighted (and scrolled to), IPVS's table and counters, the client's resolv.conf, EndpointSlices, kubectl.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatKubectlGetWide, ipvsadmStats } from '../../core';
import { getAppStore, rulesNode, type TerminalTab, type TextResult } from '../../state';
import { useAppStore } from '../use-app-store';
import { EndpointSlicesView } from './EndpointSlicesView';
import { KubeProxyLog, VersionSelect } from './KubeProxyStrip';
import { ModeCompare, ModeCompareToggle } from './ModeCompare';
import { iptablesMatchedLines, matchedRules, nftMatchedLines, type MatchedLine } from './matched-rules';
import { TerminalText } from './TerminalText';

/** The command, as program text: the tab and the terminal name it as typed. */
export const NFT_LIST_RULESET = 'nft list ruleset';

const LINE_CLASS: Record<MatchedLine, string> = { matched: 'used', decisive: 'used used-jump' };

/** The highlight for a rules terminal: the matched lines of its text, counted for the toolbar. */
function useMatched(result: TextResult | null | undefined, find: (text: string) => Map<number, MatchedLine>) {
  const lines = useMemo(() => (result?.status === 'ok' ? find(result.text) : new Map<number, MatchedLine>()), [result, find]);
  const highlight = useCallback((_: string, i: number) => {
    const how = lines.get(i);
    return how && LINE_CLASS[how];
  }, [lines]);
  return { count: lines.size, highlight };
}

function MatchedNote({ count, sent, node }: { count: number; sent: boolean; node: string }) {
  const { t } = useTranslation();
  if (!sent) return <span className="muted">{t('dataplane.matched.send')}</span>;
  return (
    <span className="muted" data-testid="matched-note">
      {count ? t('dataplane.matched.count', { count, node }) : t('dataplane.matched.none', { node })}
    </span>
  );
}

export function OtherTab({ tab }: { tab: Exclude<TerminalTab, 'dns'> }) {
  const { t } = useTranslation();
  const { views, cluster, trace, node, client, mode, conns } = useAppStore(
    useShallow((s) => ({
      views: s.views, cluster: s.cluster, trace: s.trace, node: rulesNode(s), client: s.client, mode: s.options.proxyMode,
      conns: s.clientState?.ipvsConns,
    })),
  );
  const matched = useMemo(() => matchedRules(trace, node), [trace, node]);
  const natLines = useCallback((text: string) => iptablesMatchedLines(text, 'nat', matched.iptables), [matched]);
  const filterLines = useCallback((text: string) => iptablesMatchedLines(text, 'filter', matched.iptables), [matched]);
  const nftLines = useCallback((text: string) => nftMatchedLines(text, matched.nft), [matched]);
  const nat = useMatched(views?.iptables, natLines);
  const filter = useMatched(views?.filter, filterLines);
  const nft = useMatched(views?.nft, nftLines);
  const kubectl = useMemo(() => (cluster ? ({ status: 'ok', text: formatKubectlGetWide(cluster) } as const) : null), [cluster]);
  const stats = useMemo(
    () => (cluster && mode === 'ipvs' ? ({ status: 'ok', text: ipvsadmStats(cluster, conns ?? {}, { node }) } as const) : null),
    [cluster, mode, conns, node],
  );
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
      if (mode === 'nftables') {
        return (
          <div className="tab-body">
            <div className="tab-toolbar">
              <VersionSelect />
              {nodePicker}
              <MatchedNote count={nft.count} sent={!!trace} node={node} />
              <ModeCompareToggle />
            </div>
            <KubeProxyLog />
            <ModeCompare />
            <TerminalText command={`${NFT_LIST_RULESET}   # ${node}`} result={views?.nft} highlight={nft.highlight} scrollKey={trace} scrollTo="used-jump"
              testId="terminal-nft" label={NFT_LIST_RULESET} />
          </div>
        );
      }
      return (
        <div className="tab-body">
          <div className="tab-toolbar">
            <VersionSelect />
            {nodePicker}
            <MatchedNote count={nat.count} sent={!!trace} node={node} />
            {mode === 'ipvs' && <span className="muted">{t('terminal.ipvsNote')}</span>}
            <ModeCompareToggle />
          </div>
          <KubeProxyLog />
          <ModeCompare />
          <TerminalText command={`iptables-save -t nat   # ${node}`} result={views?.iptables} highlight={nat.highlight} scrollKey={trace} scrollTo="used-jump"
            testId="terminal-iptables" label={t('terminal.tab.iptables')} />
        </div>
      );
    case 'filter':
      return (
        <div className="tab-body">
          <div className="tab-toolbar">
            {nodePicker}
            <MatchedNote count={filter.count} sent={!!trace} node={node} />
          </div>
          <p className="muted tab-note">{t('dataplane.filter.about')}</p>
          <TerminalText command={`iptables-save -t filter   # ${node}`} result={views?.filter} highlight={filter.highlight} scrollKey={trace} scrollTo="used-jump"
            testId="terminal-filter" label={t('dataplane.tab.filter')} />
        </div>
      );
    case 'ipvs':
      return (
        <div className="tab-body">
          <div className="tab-toolbar">
            <VersionSelect />
            {nodePicker}
          </div>
          <KubeProxyLog about={mode !== 'ipvs'} />
          <p className="muted tab-note" data-testid="ipvs-note">{mode === 'ipvs' ? t('dataplane.ipvs.path') : t('dataplane.ipvs.empty', { mode })}</p>
          <TerminalText command={`ipvsadm -Ln   # ${node}`} result={views?.ipvs} testId="terminal-ipvs" label={t('terminal.tab.ipvs')} />
          {stats && (
            <>
              <TerminalText command={`ipvsadm -Ln --stats   # ${node}`} result={stats} testId="terminal-ipvs-stats" label={t('dataplane.ipvs.statsLabel')} />
              <p className="muted tab-note">{t('dataplane.ipvs.statsNote')}</p>
            </>
          )}
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
