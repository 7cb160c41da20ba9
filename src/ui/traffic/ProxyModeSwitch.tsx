// kube-proxy's mode: iptables, nftables or IPVS (deprecated since Kubernetes 1.35). Each choice says in a sentence
// what does the work (its title, and the rules tab shows the chosen one's).
import { useTranslation } from 'react-i18next';
import type { ProxyMode } from '../../core';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';

export const proxyModes: readonly ProxyMode[] = ['iptables', 'nftables', 'ipvs'];

export function ProxyModeSwitch() {
  const { t } = useTranslation();
  const mode = useAppStore((s) => s.options.proxyMode);
  return (
    <div className="segmented" role="radiogroup" aria-label={t('send.proxyMode')}>
      <span className="seg-label" aria-hidden="true">{t('send.proxyMode')}</span>
      {proxyModes.map((m) => (
        <label key={m} className={mode === m ? 'on' : ''} title={t(`dataplane.mode.${m}`)}>
          <input
            type="radio"
            name="proxy-mode"
            value={m}
            data-testid={`opt-proxy-${m}`}
            checked={mode === m}
            onChange={() => getAppStore().getState().setOption('proxyMode', m)}
          />
          {t(`send.proxy.${m}`)}
          {m === 'ipvs' && <span className="deprecated-mark"> ({t('dataplane.mode.deprecated')})</span>}
        </label>
      ))}
    </div>
  );
}
