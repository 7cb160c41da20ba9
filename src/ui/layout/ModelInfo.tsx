// "What is modelled": which kube-proxy and CoreDNS behaviour the simulation reproduces, in plain words, with
// the core's own statement (its *_MODEL constants) where it gives one. The sentences mark commands and flags
// as `code`; they render as <code>, as text.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../use-app-store';
import { splitCodeSpans } from './code-spans';

function Prose({ text }: { text: string }) {
  return splitCodeSpans(text).map((p, i) => (p.code ? <code key={i}>{p.text}</code> : <span key={i}>{p.text}</span>));
}

export function ModelInfo() {
  const { t } = useTranslation();
  const models = useAppStore((s) => s.models);
  const coredns = models?.coredns;
  return (
    <details className="model-info" data-testid="model-info" data-popover>
      <summary>{t('model.summary')}</summary>
      <div className="model-info-body">
        <h2>{t('model.title')}</h2>
        <ul>
          <li><Prose text={t('model.kubeProxyIptables')} /></li>
          <li><Prose text={t('model.kubeProxyIpvs')} /></li>
          <li><Prose text={t('model.coredns', { version: coredns?.coredns ?? '1.11', ttl: coredns?.ttl ?? 30 })} /></li>
          <li><Prose text={t('model.client')} /></li>
          <li data-testid="model-containers"><Prose text={t('modelAssumptions.containers')} /></li>
          <li><Prose text={t('model.limits')} /></li>
        </ul>
      </div>
    </details>
  );
}
