// Title, scenario, the ClusterIP/headless legend (the one palette used everywhere), what is modelled, and a
// slot for actions other features add (the Share menu and the Undo buttons) after the language switch: the
// Share menu opens leftwards from the right edge, so the Share button stays last.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { ModelInfo } from './ModelInfo';
import { ScenarioPicker } from './ScenarioPicker';

export function Header({ headerActions }: { headerActions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1>
        <span className="logo" aria-hidden="true">⎈</span> {t('app.title')}
      </h1>
      <ScenarioPicker />
      <ul className="legend" aria-label={t('legend.title')}>
        <li>
          <span className="swatch swatch-clusterip" aria-hidden="true" /> {t('legend.clusterip')}
        </li>
        <li>
          <span className="swatch swatch-headless" aria-hidden="true" /> {t('legend.headless')}
        </li>
      </ul>
      <ModelInfo />
      <div className="header-actions" data-testid="header-actions">
        <LanguageSwitch />
        {headerActions}
      </div>
    </header>
  );
}
