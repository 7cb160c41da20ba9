// The two terminals side by side: what the client Pod's lookup prints for a ClusterIP Service (one address,
// the VIP) and for a headless Service (one address per ready Pod). The answers are highlighted and counted.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { addHeadlessCopy, findPod, formatKubectlRun, headlessCopyName, parsePodRef, SEED_CLIENT } from '../../core';
import { compareNames, getAppStore, headlessCopySource, type DnsLookupResult } from '../../state';
import { useAppStore } from '../use-app-store';
import { isAnswerLine } from './dns-answers';
import { OutputNotes } from './OutputNotes';
import { TerminalText } from './TerminalText';
import './dns-empty.css';

function NameInput({ kind, name, onChange }: { kind: 'clusterip' | 'headless'; name: string; onChange: (name: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(name);
  const [prev, setPrev] = useState(name);
  if (prev !== name) {
    setPrev(name);
    setDraft(name);
  }
  const commit = () => {
    const v = draft.trim();
    if (v && v !== name) onChange(v);
    else setDraft(name);
  };
  return (
    <input
      className="dns-name mono"
      value={draft}
      aria-label={t(`dns.nameLabel.${kind}`)}
      spellCheck={false}
      autoComplete="off"
      data-testid={`dns-name-${kind}`}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(name);
      }}
    />
  );
}

function Side({ kind, name, result, tool, onName }: { kind: 'clusterip' | 'headless'; name: string; result: DnsLookupResult | undefined; tool: 'nslookup' | 'dig'; onName: (name: string) => void }) {
  const { t } = useTranslation();
  const answers = useMemo(() => (result?.status === 'ok' ? result.answers.map((r) => r.data) : []), [result]);
  // Answer lines stand out; busybox's "** server can't find …" lines (the AAAA and search-list misses) step back.
  const highlight = useCallback(
    (line: string) => (isAnswerLine(line, tool, answers) ? `answer answer-${kind}` : line.startsWith('** ') ? 'dim' : undefined),
    [answers, tool, kind],
  );
  // One address is its own sentence (the VIP; the only ready Pod), not a plural form: languages without a
  // singular form (Chinese) still say it.
  const command = tool === 'dig' ? `dig +search ${name}` : `nslookup ${name}`;
  return (
    <div className={`dns-side side-${kind}`} data-testid={`dns-${kind}`}>
      <div className="dns-side-header">
        <span className={`badge badge-${kind}`}>{t(`legend.${kind}`)}</span>
        <NameInput kind={kind} name={name} onChange={onName} />
        {result?.status === 'ok' && (
          <span className={`answer-count answer-count-${kind}`} data-testid={`dns-count-${kind}`}>
            {answers.length === 0 ? t('dns.countNone') : t(`dns.count.${kind}.${answers.length === 1 ? 'single' : 'many'}`, { count: answers.length })}
          </span>
        )}
      </div>
      <TerminalText command={command} result={result} highlight={highlight} reveal="answer" testId={`terminal-${kind}`} label={t('terminal.dnsLabel', { name })} />
      {result?.status === 'ok' && (
        <p className="dns-summary" data-testid={`dns-summary-${kind}`}>
          {answers.length === 0
            ? t(name.includes('.') && !name.replace(/\.$/, '').endsWith('.cluster.local') ? 'dns.noAnswerDotted' : 'dns.noAnswer')
            : t(`dns.summary.${kind}.${answers.length === 1 ? 'single' : 'many'}`, { count: answers.length, addresses: answers.join(', ') })}
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

/** No headless Service: say so under the HEADLESS label, and offer a headless copy of a ClusterIP Service. */
function NoHeadless() {
  const { t } = useTranslation();
  const { cluster, source } = useAppStore(useShallow((s) => ({ cluster: s.cluster, source: s.source })));
  const svc = headlessCopySource(cluster);
  const copyName = cluster && svc ? headlessCopyName(cluster, svc) : null;
  return (
    <div className="dns-side side-headless" data-testid="dns-headless">
      <div className="dns-side-header">
        <span className="badge badge-headless">{t('legend.headless')}</span>
      </div>
      <p className="dns-empty" data-testid="dns-no-headless">
        {t('dnsHeadless.none')}{' '}
        {cluster && svc && copyName && (
          <button type="button" className="linkish" data-testid="add-headless-copy"
            onClick={() => getAppStore().getState().replaceSource(addHeadlessCopy(source, cluster, svc))}>
            {t('dnsHeadless.add', { name: copyName, service: svc.name })}
          </button>
        )}
      </p>
    </div>
  );
}

/** The client Pod is gone: nothing to run the lookups in, and the one click that starts it again. */
function NoClient({ client, tool }: { client: string; tool: 'nslookup' | 'dig' }) {
  const { t } = useTranslation();
  const ref = parsePodRef(client);
  const run = { namespace: ref.namespace, name: ref.name, image: SEED_CLIENT.image };
  const command = formatKubectlRun(run);
  return (
    <p className="dns-empty" data-testid="dns-no-client">
      {t('dnsHeadless.noClient', { client: `${ref.namespace}/${ref.name}`, tool })}{' '}
      <button type="button" className="linkish mono" data-testid="dns-run-client" aria-label={t('sendCheck.runClient', { command })}
        onClick={() => getAppStore().getState().applyAction({ type: 'runPod', ...run })}>
        {command}
      </button>
    </p>
  );
}

export function DnsCompare() {
  const { views, tool, chosen, cluster, client } = useAppStore(
    useShallow((s) => ({ views: s.views, tool: s.dnsTool, chosen: s.compareNames, cluster: s.cluster, client: s.client })),
  );
  const names = useMemo(() => compareNames({ compareNames: chosen, cluster }), [chosen, cluster]);
  const pod = cluster ? findPod(cluster, client) : undefined;
  if (cluster && (!pod || !pod.ip)) return <div className="dns-compare"><NoClient client={client} tool={tool} /></div>;
  const [clusterIPName, headlessName] = names;
  return (
    <div className="dns-compare">
      <div className="dns-sides">
        <Side kind="clusterip" name={clusterIPName} result={views?.dns[0]} tool={tool} onName={(n) => getAppStore().getState().setCompareNames([n, headlessName])} />
        {headlessName === null ? (
          <NoHeadless />
        ) : (
          <Side kind="headless" name={headlessName} result={views?.dns[1] ?? undefined} tool={tool}
            onName={(n) => getAppStore().getState().setCompareNames([clusterIPName, n])} />
        )}
      </div>
      <OutputNotes results={[views?.dns[0], views?.dns[1] ?? undefined]} />
    </div>
  );
}
