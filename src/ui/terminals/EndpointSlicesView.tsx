// EndpointSlices as the EndpointSlice controller (or the learner) wrote them: per Service, each endpoint's
// address and conditions. Not-ready endpoints are what kube-proxy and CoreDNS leave out.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../use-app-store';

export function EndpointSlicesView() {
  const { t } = useTranslation();
  const cluster = useAppStore((s) => s.cluster);
  const slices = (cluster?.endpointSlices ?? []).filter((s) => s.namespace !== 'kube-system' || s.service === 'kube-dns');
  const headless = new Set(cluster?.services.filter((s) => s.headless).map((s) => `${s.namespace}/${s.name}`));
  return (
    // Its tables scroll inside the terminals pane; focusable, so the keyboard scrolls them too.
    <div className="tab-body slices" tabIndex={0} role="region" aria-label={t('terminal.tab.slices')} data-testid="endpointslices">
      {slices.map((s) => (
        <table key={`${s.namespace}/${s.name}`} className={`slice ${headless.has(`${s.namespace}/${s.service}`) ? 'slice-headless' : 'slice-clusterip'}`}>
          <caption>
            <span className="mono">{s.namespace}/{s.name}</span>{' '}
            <span className="muted">{t('slices.for', { service: s.service, ports: s.ports.map((p) => `${p.name ? `${p.name} ` : ''}${p.port}/${p.protocol}`).join(', ') || '—' })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('slices.address')}</th>
              <th scope="col">ready</th>
              <th scope="col">serving</th>
              <th scope="col">terminating</th>
              <th scope="col">hostname</th>
              <th scope="col">nodeName</th>
              <th scope="col">targetRef</th>
            </tr>
          </thead>
          <tbody>
            {s.endpoints.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {t('slices.empty')}
                </td>
              </tr>
            )}
            {s.endpoints.map((e, i) => (
              <tr key={i} className={e.conditions.ready ? '' : 'not-ready'}>
                <td className="mono">{e.addresses.join(', ')}</td>
                <td>{String(e.conditions.ready)}</td>
                <td>{String(e.conditions.serving)}</td>
                <td>{String(e.conditions.terminating)}</td>
                <td className="mono">{e.hostname ?? ''}</td>
                <td className="mono">{e.nodeName ?? ''}</td>
                <td className="mono">{e.targetRef ? `Pod/${e.targetRef.name}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
