// The right-hand column: the hop on screen in detail, the distribution of many requests, the selected
// element with its actions, and the status changes made so far with a reset.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { Distribution } from '../traffic/Distribution';
import { HopDetail } from '../traffic/HopDetail';
import { SelectionPanel } from './SelectionPanel';

export function Inspector({ openLabel }: { openLabel: (mode: 'add' | 'remove') => void }) {
  const { t } = useTranslation();
  const { trace, activeHop, actions, clientState } = useAppStore(
    useShallow((s) => ({ trace: s.trace, activeHop: s.activeHop, actions: s.actions.length, clientState: s.clientState !== undefined })),
  );
  const hop = trace?.hops[activeHop];
  const store = getAppStore().getState;
  return (
    // Focusable: when its content is taller than the column it scrolls, and a keyboard user scrolls it from here.
    <aside className="inspector" aria-label={t('inspector.title')} tabIndex={0} data-testid="inspector">
      <section>
        <h2>{t('inspector.hop')}</h2>
        <Distribution />
        {hop ? <HopDetail hop={hop} index={activeHop} /> : <p className="muted">{t('inspector.noHop')}</p>}
      </section>
      <section>
        <h2>{t('inspector.selection')}</h2>
        <SelectionPanel openLabel={openLabel} />
      </section>
      <section className="state-changes">
        <h2>{t('inspector.state')}</h2>
        <p data-testid="action-count">{t('inspector.changes', { count: actions })}</p>
        <div className="action-buttons">
          <button type="button" disabled={!actions} onClick={() => store().resetActions()} data-testid="reset-actions">
            {t('inspector.reset')}
          </button>
          <button type="button" disabled={!clientState} onClick={() => store().resetClientState()} data-testid="reset-client">
            {t('inspector.resetClient')}
          </button>
        </div>
      </section>
    </aside>
  );
}
