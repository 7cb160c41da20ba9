// "Reset to the scenario" in the header, beside Undo / Redo, so it is one Tab stop away rather than inside the
// Share menu. The text before the reset is kept as a draft the notices offer back, as the Share menu's does.
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';

export function ResetScenarioButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="reset-scenario" data-testid="reset-scenario-header" title={t('share.resetScenario')} onClick={() => getAppStore().getState().resetToScenario()}>
      ⟲ <span className="visually-hidden">{t('share.resetScenario')}</span>
    </button>
  );
}
