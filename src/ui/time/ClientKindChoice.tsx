// Which program sends: the article's busybox wget (a process per request) or a long-running app (DNS cache,
// kept-alive connections), with one sentence saying why its requests spread or stick.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ClientKind } from '../../core';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';

const KINDS: readonly ClientKind[] = ['busybox-wget', 'app'];

export function ClientKindChoice() {
  const { t } = useTranslation();
  const kind = useAppStore((s) => s.options.clientKind);
  const store = getAppStore().getState;
  const choose = (k: ClientKind) => {
    store().setOption('clientKind', k);
    // An app keeps its connections by default (an HTTP client's pool); the learner may turn that off.
    if (k === 'app') store().setOption('keepAlive', true);
  };
  return (
    <div className="segmented client-kind" role="radiogroup" aria-label={t('time.client.label')} aria-describedby="client-why">
      <span className="seg-label" aria-hidden="true">{t('time.client.label')}</span>
      {KINDS.map((k) => (
        <label key={k} className={kind === k ? 'on' : ''}>
          <input type="radio" name="client-kind" value={k} data-testid={`client-kind-${k}`} checked={kind === k} onChange={() => choose(k)} />
          {t(`time.client.${k}`)}
        </label>
      ))}
    </div>
  );
}

/** One sentence: why this client's requests spread over the Pods or stick to one. */
export function ClientWhy() {
  const { t } = useTranslation();
  const { kind, keepAlive, ttl } = useAppStore(
    useShallow((s) => ({ kind: s.options.clientKind, keepAlive: s.options.keepAlive, ttl: s.models?.coredns.ttl ?? 30 })),
  );
  const why = kind === 'busybox-wget' ? 'time.why.busybox-wget' : keepAlive ? 'time.why.app' : 'time.why.appNoPool';
  return <span className="client-why" id="client-why" data-testid="client-why">{t(why, { ttl })}</span>;
}
