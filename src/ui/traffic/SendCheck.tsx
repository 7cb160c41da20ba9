// The sentence beside the Send button: why there is nothing to send (no client, nothing typed), what a request
// will meet (a name nothing answers, a port nothing listens on) and, after a refused or timed-out request, which
// ports the Service or Pod really has. Each comes with the one click that fixes it.
import type { TFunction } from 'i18next';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { findPod, formatKubectlRun, isHop, parsePodRef, SEED_CLIENT, type RequestCheck, type TargetPorts } from '../../core';
import { clientCandidates, getAppStore, requestCheck } from '../../state';
import { useAppStore } from '../use-app-store';

/** `3306`, `80, 443`: the list in the learner's language. */
function portList(t: TFunction, ports: readonly number[]): string {
  return ports.join(t('sendCheck.listSeparator'));
}

function wrongPortText(t: TFunction, target: TargetPorts, port: number): string {
  const values = { name: target.name, port, ports: portList(t, target.ports), count: target.ports.length };
  if (target.kind === 'pod') return t('sendCheck.wrongPort.pod', values);
  if (!target.headless) return t('sendCheck.wrongPort.service', values);
  const said = t('sendCheck.wrongPort.headless', values);
  return target.servicePorts ? `${said} ${t('sendCheck.wrongPort.servicePorts', { ports: portList(t, target.servicePorts) })}` : said;
}

/** The target with the port that answers: `mysql-headless` → `mysql-headless:3306`. */
function withPort(typed: string, port: number): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)?([^/:?#\s]+)(?::\d+)?(.*)$/.exec(typed.trim());
  return m ? `${m[1] ?? ''}${m[2]}:${port}${m[3] ?? ''}` : typed;
}

function runClient(client: string) {
  const ref = parsePodRef(client);
  const store = getAppStore().getState();
  store.applyAction({ type: 'runPod', namespace: ref.namespace, name: ref.name, image: SEED_CLIENT.image });
  store.setClient(`${ref.namespace}/${ref.name}`);
}

function NoClient({ check }: { check: Extract<RequestCheck, { status: 'no-client' }> }) {
  const { t } = useTranslation();
  const cluster = useAppStore((s) => s.cluster);
  // `kubectl delete pod` played step by step: the Pod is still there, Terminating, until the steps finish it.
  if (cluster && findPod(cluster, check.client)?.terminating) return <span>{t('sendCheck.clientTerminating', { client: check.client })}</span>;
  const others = clientCandidates(cluster);
  const seed = `${SEED_CLIENT.namespace}/${SEED_CLIENT.name}`;
  const ref = parsePodRef(check.client);
  // The seed's client comes back with its own command; any other missing Pod: send from one that is there.
  const runnable = check.client === seed || !others.includes(seed);
  const run = runnable ? { namespace: ref.namespace, name: check.client === seed ? ref.name : SEED_CLIENT.name, image: SEED_CLIENT.image } : null;
  const command = run ? formatKubectlRun(run) : '';
  return (
    <>
      <span>{check.pending ? t('sendCheck.clientPending', { client: check.client }) : t('sendCheck.noClient', { client: check.client })}</span>{' '}
      {run ? (
        <button type="button" className="linkish mono" data-testid="run-client" aria-label={t('sendCheck.runClient', { command })}
          onClick={() => runClient(`${run.namespace}/${run.name}`)}>
          {command}
        </button>
      ) : (
        <button type="button" className="linkish" data-testid="use-client" onClick={() => getAppStore().getState().setClient(seed)}>
          {t('sendCheck.useClient', { client: SEED_CLIENT.name })}
        </button>
      )}
    </>
  );
}

export function SendCheck() {
  const { t } = useTranslation();
  const { target, client, trace, sent, sending } = useAppStore(
    useShallow((s) => ({ target: s.target, client: s.client, trace: s.trace, sent: s.sentRequest, sending: s.sending })),
  );
  // Checked against a new cluster in a transition, as the send bar's other parts are (SendBar).
  const cluster = useDeferredValue(useAppStore((s) => s.cluster));
  const check = useMemo(() => requestCheck({ cluster, client, target }), [cluster, client, target]);
  let body: ReactNode = null;
  let tone: 'info' | 'warn' = 'info';
  if (check) {
    switch (check.status) {
      case 'no-client':
        body = <NoClient check={check} />;
        tone = 'warn';
        break;
      case 'no-target':
        body = t('sendCheck.noTarget');
        break;
      case 'bad-url':
        body = t('sendCheck.badUrl', { target: target.trim() });
        tone = 'warn';
        break;
      case 'unknown-name':
        body = t('sendCheck.unknownName', { host: check.host, client: parsePodRef(client).name });
        tone = 'warn';
        break;
      case 'wrong-port': {
        // After the request on screen was refused or timed out, say so first; before, say what will happen.
        const outcome = trace && !sending && sent?.client === client && sent.target === target
          && (trace.outcome === 'refused' || trace.outcome === 'timeout') ? trace.outcome : null;
        const fixed = withPort(target, check.target.ports[0]!);
        body = (
          <>
            <span>
              {t(outcome ? `sendCheck.after.${outcome}` : 'sendCheck.before', { sentence: wrongPortText(t, check.target, check.port) })}
            </span>{' '}
            <button type="button" className="linkish" data-testid="use-port" onClick={() => getAppStore().getState().setTarget(fixed)}>
              {t('sendCheck.usePort', { target: fixed })}
            </button>
          </>
        );
        tone = 'warn';
        break;
      }
      case 'ok': {
        // The target's port is right, but the Pod behind it does not listen where the request landed (a Service's
        // targetPort the Pods do not declare): the reset says which ports it has.
        const reset = trace && !sending && sent?.client === client && sent.target === target && trace.outcome === 'refused'
          ? trace.hops.find(isHop('reset')) : undefined;
        const detail = reset?.detail;
        if (reset && detail && 'declared' in detail && detail.declared.length > 0) {
          const pod = reset.from.replace(/^pod:[^/]*\//, '');
          body = t('sendCheck.after.refused', { sentence: t('sendCheck.wrongPort.pod', { name: pod, port: detail.dport, ports: portList(t, detail.declared) }) });
          tone = 'warn';
        }
        break;
      }
    }
  }
  return (
    <p className={`send-check ${tone}`} data-testid="send-check" role="status" aria-live="polite" hidden={body === null}>
      {body}
    </p>
  );
}
