// "Send request": the client Pod, the target as typed after `wget`, and how many. Options below it.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { findScenario } from '../../scenarios';
import { clientCandidates, getAppStore, targetSuggestions } from '../../state';
import { useAppStore } from '../use-app-store';
import { ClientOptions } from '../time/ClientOptions';
import { TimeControls } from '../time/TimeControls';

function ProxyMode() {
  const { t } = useTranslation();
  const mode = useAppStore((s) => s.options.proxyMode);
  return (
    <div className="segmented" role="radiogroup" aria-label={t('send.proxyMode')}>
      <span className="seg-label" aria-hidden="true">{t('send.proxyMode')}</span>
      {(['iptables', 'ipvs'] as const).map((m) => (
        <label key={m} className={mode === m ? 'on' : ''}>
          <input
            type="radio"
            name="proxy-mode"
            value={m}
            data-testid={`opt-proxy-${m}`}
            checked={mode === m}
            onChange={() => getAppStore().getState().setOption('proxyMode', m)}
          />
          {t(`send.proxy.${m}`)}
        </label>
      ))}
    </div>
  );
}

export function SendBar() {
  const { t } = useTranslation();
  const listId = useId();
  const { cluster, client, target, sending, scenarioId } = useAppStore(
    useShallow((s) => ({ cluster: s.cluster, client: s.client, target: s.target, sending: s.sending, scenarioId: s.scenarioId })),
  );
  const clients = useMemo(() => clientCandidates(cluster), [cluster]);
  const suggestions = useMemo(() => targetSuggestions(cluster, findScenario(scenarioId)?.targets ?? []), [cluster, scenarioId]);
  const store = getAppStore().getState;
  const canSend = !!cluster && !!target.trim() && !sending;

  return (
    <form
      className="send-bar"
      data-testid="send-bar"
      aria-label={t('send.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (canSend) void store().send(1);
      }}
    >
      <div className="send-row">
        <label className="field">
          <span>{t('send.client')}</span>
          <select data-testid="client-select" value={client} onChange={(e) => store().setClient(e.target.value)}>
            {clients.includes(client) ? null : <option value={client}>{client}</option>}
            {clients.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <span className="cmd" aria-hidden="true">
          wget -qO- http://
        </span>
        <label className="field grow">
          <span className="visually-hidden">{t('send.target')}</span>
          <input
            data-testid="target-input"
            list={listId}
            value={target}
            placeholder={t('send.targetPlaceholder')}
            aria-label={t('send.target')}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => store().setTarget(e.target.value)}
          />
          <datalist id={listId}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <div className="send-buttons" role="group" aria-label={t('send.howMany')}>
          <button type="submit" className="primary" data-testid="send-1" disabled={!canSend}>
            {t('send.one')}
          </button>
          <button type="button" data-testid="send-10" disabled={!canSend} onClick={() => void store().send(10)}>
            {t('send.many', { count: 10 })}
          </button>
          <button type="button" data-testid="send-100" disabled={!canSend} onClick={() => void store().send(100)}>
            {t('send.many', { count: 100 })}
          </button>
        </div>
        <ProxyMode />
        <details className="send-more" data-popover>
          <summary data-testid="send-options">{t('send.options')}</summary>
          <fieldset className="send-options">
            <legend className="visually-hidden">{t('send.options')}</legend>
            <ClientOptions />
          </fieldset>
        </details>
      </div>
      <TimeControls />
    </form>
  );
}
