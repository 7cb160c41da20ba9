// A deletion played step by step: each Pod in transition with what its stage means for the EndpointSlice and
// DNS, and the buttons that let time pass (one lifecycleStep action per step, so undo and links follow).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { podsInTransition, stepsToSettle, type PodInTransition } from './stages';

function conditionsText(p: PodInTransition): string {
  const c = p.conditions;
  return c ? `ready: ${c.ready}, serving: ${c.serving}, terminating: ${c.terminating}` : '';
}

function StageLine({ p }: { p: PodInTransition }) {
  const { t } = useTranslation();
  const values = { pod: p.pod, node: p.node, ip: p.ip, conditions: conditionsText(p), name: p.dnsName ?? '' };
  return (
    <li data-testid="lifecycle-pod" data-pod={p.pod} data-stage={p.stage}>
      <span className={`lifecycle-badge stage-${p.stage}`}>{t(`time.stage.${p.stage}`)}</span>{' '}
      <span>{t(`time.explain.${p.stage}`, values)}</span>
      {p.dnsName && (
        <span className="lifecycle-dns" data-testid="lifecycle-dns">
          {' '}{t(p.dnsAnswers ? 'time.dns.answers' : 'time.dns.nxdomain', values)}
        </span>
      )}
    </li>
  );
}

export function LifecycleStepper() {
  const { t } = useTranslation();
  const cluster = useAppStore((s) => s.cluster);
  const moving = useMemo(() => podsInTransition(cluster), [cluster]);
  if (moving.length === 0) return null;
  const store = getAppStore().getState;
  const step = () => store().applyAction({ type: 'lifecycleStep' });
  return (
    <section className="lifecycle" data-testid="lifecycle" aria-label={t('time.lifecycleTitle')} aria-live="polite">
      <ul>{moving.map((p) => <StageLine key={p.pod} p={p} />)}</ul>
      <div className="lifecycle-buttons">
        <button type="button" className="primary" data-testid="lifecycle-next" onClick={step}>{t('time.next')}</button>
        <button type="button" data-testid="lifecycle-finish" onClick={() => {
          // Each step is still its own action: undo takes them back one at a time.
          for (let i = stepsToSettle(moving); i > 0; i--) step();
        }}>{t('time.finish')}</button>
      </div>
    </section>
  );
}
