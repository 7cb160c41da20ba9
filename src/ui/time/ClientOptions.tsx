// The app client's own settings: its kept-alive connection pool and how it picks among a headless Service's
// addresses. busybox wget has neither (one connection per process, the first address), so they are off for it.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { HeadlessStrategy } from '../../core';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';

export const headlessStrategies: readonly HeadlessStrategy[] = ['first', 'random', 'round-robin'];

export function ClientOptions() {
  const { t } = useTranslation();
  const options = useAppStore(useShallow((s) => s.options));
  const store = getAppStore().getState;
  const busybox = options.clientKind === 'busybox-wget';
  return (
    <>
      <label className="check">
        <input type="checkbox" data-testid="opt-keepalive" disabled={busybox} checked={!busybox && options.keepAlive}
          onChange={(e) => store().setOption('keepAlive', e.target.checked)} />
        {t('send.keepAlive')}
      </label>
      <label className="field inline">
        <span>{t('send.headlessStrategy')}</span>
        <select data-testid="opt-strategy" disabled={busybox} value={busybox ? 'first' : options.headlessStrategy}
          onChange={(e) => {
            const chosen = headlessStrategies.find((s) => s === e.target.value);
            if (chosen) store().setOption('headlessStrategy', chosen);
          }}>
          {headlessStrategies.map((s) => <option key={s} value={s}>{t(`send.strategy.${s}`)}</option>)}
        </select>
      </label>
      {busybox && <p className="muted send-note" data-testid="client-options-note">{t('time.optionsBusybox')}</p>}
    </>
  );
}
