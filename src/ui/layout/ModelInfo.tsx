// "What is modelled": which kube-proxy and CoreDNS behaviour the simulation reproduces, in plain words, with
// the core's own statement (its *_MODEL constants) where it gives one.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../use-app-store';

export function ModelInfo() {
  const { t } = useTranslation();
  const models = useAppStore((s) => s.models);
  const coredns = models?.coredns;
  return (
    <details className="model-info" data-testid="model-info">
      <summary>{t('model.summary')}</summary>
      <div className="model-info-body">
        <h2>{t('model.title')}</h2>
        <ul>
          <li>{t('model.kubeProxyIptables')}</li>
          <li>{t('model.kubeProxyIpvs')}</li>
          <li>{t('model.coredns', { version: coredns?.coredns ?? '1.11', ttl: coredns?.ttl ?? 30 })}</li>
          <li>{t('model.client')}</li>
          <li data-testid="model-containers">{t('modelAssumptions.containers')}</li>
          <li>{t('model.limits')}</li>
        </ul>
      </div>
    </details>
  );
}
