import { useTranslation } from 'react-i18next';
import { scenarios } from '../../scenarios';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';

export function ScenarioPicker() {
  const { t } = useTranslation();
  const id = useAppStore((s) => s.scenarioId);
  return (
    <label className="field inline scenario-picker">
      <span>{t('header.scenario')}</span>
      <select value={id} onChange={(e) => getAppStore().getState().switchScenario(e.target.value)} data-testid="scenario-picker">
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {t(s.titleKey)}
          </option>
        ))}
      </select>
    </label>
  );
}
