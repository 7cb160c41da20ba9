// The simulated clock: the time of the next request, buttons that move it past the limits that decide where
// requests go (DNS TTL, a kept-alive connection's idle timeout, sessionAffinity's timeoutSeconds), and what the
// client still remembers at that time. Moving the clock is an advanceClock action: undo and links follow it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { clientMemory, formatClock, KEEP_ALIVE_IDLE_SECONDS } from './client-memory';

/** The moves offered: past kubeadm's `ttl 30`, past an idle connection's 90 s, past the default affinity timeout. */
const MOVES = [
  { seconds: 30, key: 'ttl' },
  { seconds: KEEP_ALIVE_IDLE_SECONDS, key: 'idle' },
  { seconds: 10_800, key: 'affinity' },
] as const;

export function SimClock() {
  const { t } = useTranslation();
  const memory = useClientMemory();
  const store = getAppStore().getState;
  return (
    <div className="sim-clock" data-testid="sim-clock">
      <span className="sim-clock-time">
        {t('time.clock.label')} <output className="mono" data-testid="clock-time">{formatClock(memory.now)}</output>
      </span>
      <span className="sim-clock-moves" role="group" aria-label={t('time.clock.moves')}>
        {MOVES.map((m) => (
          <button key={m.key} type="button" data-testid={`clock-${m.seconds}`} title={t(`time.clock.why.${m.key}`)}
            aria-label={t('time.clock.move', { seconds: m.seconds, why: t(`time.clock.why.${m.key}`) })}
            onClick={() => store().applyAction({ type: 'advanceClock', seconds: m.seconds })}>
            {t('time.clock.plus', { seconds: m.seconds })}
          </button>
        ))}
      </span>
    </div>
  );
}

function useClientMemory() {
  const { clientState, cluster, client } = useAppStore(useShallow((s) => ({ clientState: s.clientState, cluster: s.cluster, client: s.client })));
  return useMemo(() => clientMemory(clientState, cluster, client), [clientState, cluster, client]);
}

/** What the client still has at the time of its next request: cached answers and kept-alive connections. */
export function ClientMemoryLine() {
  const { t } = useTranslation();
  const memory = useClientMemory();
  const kind = useAppStore((s) => s.options.clientKind);
  const parts = [
    ...memory.answers.map((a) => (a.expiresIn > 0
      ? t('time.memory.dns', { name: a.name, addresses: a.addresses.join(', '), seconds: a.expiresIn })
      : t('time.memory.dnsExpired', { name: a.name, seconds: -a.expiresIn }))),
    ...memory.connections.map((c) => (c.idle <= KEEP_ALIVE_IDLE_SECONDS
      ? t('time.memory.connection', { target: c.target, pod: c.pod, idle: c.idle, max: KEEP_ALIVE_IDLE_SECONDS })
      : t('time.memory.connectionIdle', { target: c.target, idle: c.idle, max: KEEP_ALIVE_IDLE_SECONDS }))),
    ...memory.affinity.map((a) => t('time.memory.affinity', { node: a.node, seconds: a.ago })),
  ];
  // busybox wget keeps nothing itself (its sentence says so); a node's affinity list is the kernel's.
  if (parts.length === 0 && kind === 'busybox-wget') return null;
  return (
    <span className="sim-clock-memory muted" data-testid="client-memory">
      {parts.length === 0 ? t('time.memory.empty') : parts.join(' · ')}
    </span>
  );
}
