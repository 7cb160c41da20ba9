// Which kube-proxy the rules come from: the Kubernetes minor (it sets the default mode), one sentence on what does
// the work in the chosen mode, and the messages kube-proxy of that minor logs as it starts in that mode.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { KUBERNETES_VERSIONS, kubeProxyStartup, parseKubernetesVersion } from '../../core';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';

export function VersionSelect() {
  const { t } = useTranslation();
  const version = useAppStore((s) => s.kubernetesVersion);
  return (
    <label className="field inline">
      <span>{t('dataplane.version.label')}</span>
      <select
        value={version}
        data-testid="k8s-version"
        onChange={(e) => {
          const v = parseKubernetesVersion(e.target.value);
          if (v) getAppStore().getState().setKubernetesVersion(v);
        }}
      >
        {KUBERNETES_VERSIONS.map((v) => (
          <option key={v} value={v}>
            v{v}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `about`: the sentence on what does the work in the mode (the IPVS tab says it at length instead). */
export function KubeProxyLog({ about = true }: { about?: boolean }) {
  const { t } = useTranslation();
  const { version, mode } = useAppStore(useShallow((s) => ({ version: s.kubernetesVersion, mode: s.options.proxyMode })));
  const startup = useMemo(() => kubeProxyStartup(version, mode), [version, mode]);
  return (
    <div className="kube-proxy-log" data-testid="kube-proxy-log">
      {about && <span className="muted" data-testid="mode-about">{t(`dataplane.mode.${mode}`)}</span>}
      <span className="muted">{t('dataplane.startup.title', { version })}</span>
      {startup.log.map((line) => (
        <code key={line} className="log-line">
          &quot;{line}&quot;
        </code>
      ))}
      {startup.notes.map((n) => (
        <p key={n} className="tab-note warning-note" data-testid={`kube-proxy-note-${n}`}>
          {t(`dataplane.note.${n}`, { default: startup.defaultMode })}
        </p>
      ))}
    </div>
  );
}
