// The two terminals side by side: what the client Pod's lookup prints for a ClusterIP Service (one address,
// the VIP) and for a headless Service (one address per ready Pod). The answers are highlighted and counted.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { compareNames, getAppStore, useAppStore, type TextResult } from '../../state';
import { answerAddresses, isAnswerLine } from './dns-answers';
import { TerminalText } from './TerminalText';

function Side({ kind, name, result, tool }: { kind: 'clusterip' | 'headless'; name: string; result: TextResult | undefined; tool: 'nslookup' | 'dig' }) {
  const { t } = useTranslation();
  const answers = useMemo(() => (result?.status === 'ok' ? answerAddresses(result.text, tool) : []), [result, tool]);
  // Answer lines stand out; busybox's "** server can't find …" lines (the AAAA and search-list misses) step back.
  const highlight = useCallback(
    (line: string) => (isAnswerLine(line, tool, answers) ? `answer answer-${kind}` : line.startsWith('** ') ? 'dim' : undefined),
    [answers, tool, kind],
  );
  const command = tool === 'dig' ? `dig +search ${name}` : `nslookup ${name}`;
  return (
    <div className={`dns-side side-${kind}`} data-testid={`dns-${kind}`}>
      <div className="dns-side-header">
        <span className={`badge badge-${kind}`}>{t(`legend.${kind}`)}</span>
        <span className="mono">{name}</span>
        {result?.status === 'ok' && (
          <span className={`answer-count answer-count-${kind}`} data-testid={`dns-count-${kind}`}>
            {t(kind === 'clusterip' ? 'dns.countClusterIP' : 'dns.countHeadless', { count: answers.length })}
          </span>
        )}
      </div>
      <TerminalText command={command} result={result} highlight={highlight} testId={`terminal-${kind}`} label={t('terminal.dnsLabel', { name })} />
      {result?.status === 'ok' && (
        <p className="dns-summary" data-testid={`dns-summary-${kind}`}>
          {t(kind === 'clusterip' ? 'dns.summaryClusterIP' : 'dns.summaryHeadless', { count: answers.length, addresses: answers.join(', ') })}
        </p>
      )}
    </div>
  );
}

export function DnsToolToggle() {
  const { t } = useTranslation();
  const tool = useAppStore((s) => s.dnsTool);
  return (
    <div className="segmented" role="radiogroup" aria-label={t('dns.tool')} title={t('dns.from')}>
      {(['nslookup', 'dig'] as const).map((x) => (
        <label key={x} className={tool === x ? 'on' : ''}>
          <input type="radio" name="dns-tool" value={x} checked={tool === x} onChange={() => getAppStore().getState().setDnsTool(x)} data-testid={`dns-tool-${x}`} />
          {x}
        </label>
      ))}
    </div>
  );
}

export function DnsCompare() {
  const { views, tool, chosen, cluster } = useAppStore(
    useShallow((s) => ({ views: s.views, tool: s.dnsTool, chosen: s.compareNames, cluster: s.cluster })),
  );
  const names = useMemo(() => compareNames({ compareNames: chosen, cluster }), [chosen, cluster]);
  return (
    <div className="dns-compare">
      <div className="dns-sides">
        <Side kind="clusterip" name={names[0]} result={views?.dns[0]} tool={tool} />
        <Side kind="headless" name={names[1]} result={views?.dns[1]} tool={tool} />
      </div>
    </div>
  );
}
