// "Send request": the client Pod, the target as typed after `wget`, how many, and the client's options; under
// them kube-proxy's mode, the client program and the clock on one line (two rows at 1280 px), then why the
// client's requests spread or stick.
import { useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { findPod, formatKubectlRun, type Cluster } from '../../core';
import { findScenario } from '../../scenarios';
import { blocksSend, clientCandidates, getAppStore, requestCheck, suggestionsFor, targetSuggestions } from '../../state';
import { useAppStore } from '../use-app-store';
import { ClientOptions } from '../time/ClientOptions';
import { TimeControls } from '../time/TimeControls';
import { ProxyModeSwitch } from './ProxyModeSwitch';
import { SendCheck } from './SendCheck';
import './send-bar.css';

/** A Pod the learner started with `kubectl run` reads as that command; a Pod from the YAML by its name. */
function clientLabel(cluster: Cluster | null, id: string): { text: string; command?: string } {
  const run = cluster ? findPod(cluster, id)?.kubectlRun : undefined;
  return run ? { text: `kubectl run ${run.name}`, command: formatKubectlRun(run) } : { text: id };
}

export function SendBar() {
  const { t } = useTranslation();
  const listId = useId();
  const { client, target, sending, scenarioId } = useAppStore(
    useShallow((s) => ({ client: s.client, target: s.target, sending: s.sending, scenarioId: s.scenarioId })),
  );
  // What a new cluster changes here (the clients, the suggestions, the request's check) renders in a transition,
  // as the graph does (GraphPanel).
  const cluster = useDeferredValue(useAppStore((s) => s.cluster));
  const blocked = useMemo(() => blocksSend(requestCheck({ cluster, client, target })), [cluster, client, target]);
  const clients = useMemo(() => clientCandidates(cluster), [cluster]);
  const allSuggestions = useMemo(() => targetSuggestions(cluster, findScenario(scenarioId)?.targets ?? []), [cluster, scenarioId]);
  const suggestions = useMemo(() => suggestionsFor(allSuggestions, target), [allSuggestions, target]);
  const store = getAppStore().getState;
  const canSend = !!cluster && !blocked && !sending;
  const chosen = clientLabel(cluster, client);

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
          <select data-testid="client-select" value={client} title={chosen.command} onChange={(e) => store().setClient(e.target.value)}>
            {/* Before the first build nothing is known of the client: its name, not "not running". */}
            {clients.includes(client) ? null : <option value={client}>{cluster ? t('sendCheck.notRunning', { client }) : client}</option>}
            {clients.map((c) => (
              <option key={c} value={c}>
                {clientLabel(cluster, c).text}
              </option>
            ))}
          </select>
        </label>
        <span className="send-cmd">
        <span className="cmd" data-testid="send-cmd-prefix" aria-hidden="true">
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
            size={Math.max(12, target.length + 1)}
            onChange={(e) => store().setTarget(e.target.value)}
          />
          <datalist id={listId}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        </span>
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
        <details className="send-more" data-popover>
          <summary data-testid="send-options">{t('send.options')}</summary>
          <fieldset className="send-options">
            <legend className="visually-hidden">{t('send.options')}</legend>
            <ClientOptions />
          </fieldset>
        </details>
        <SendCheck />
      </div>
      <div className="send-row send-modes">
        <ProxyModeSwitch />
        <TimeControls />
      </div>
    </form>
  );
}
