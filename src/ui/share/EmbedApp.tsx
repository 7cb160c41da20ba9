// The embed view for an iframe in a blog post (720 px column): the graph, the send controls, the player,
// the two DNS terminals, and "Open in playground" carrying the state on screen. Read-only: no editor,
// and nothing is saved in the reader's browser.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../use-app-store';
import { GraphPanel } from '../panels/GraphPanel';
import { DnsCompare } from '../terminals/DnsCompare';
import { Player } from '../traffic/Player';
import { SendBar } from '../traffic/SendBar';
import { usePlayback } from '../traffic/usePlayback';
import { usePopovers } from '../layout/popovers';
import { parseLanguage } from '../i18n/language';
import { Notices } from './Notices';

function OpenInPlayground() {
  const { t, i18n } = useTranslation();
  const language = parseLanguage(i18n.language);
  // The link for the state on screen, suggesting the embed's language; a string, so a store change
  // re-renders only when the link changes.
  const href = useAppStore((s) => s.shareLink({ language })?.url ?? window.location.pathname);
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener" data-testid="open-in-playground">
      {t('share.openInPlayground')} ↗
    </a>
  );
}

export function EmbedApp() {
  const { t } = useTranslation();
  usePlayback();
  usePopovers();
  return (
    <div className="embed-app" data-testid="embed-app">
      <header className="embed-header">
        <span className="embed-title">
          <span className="logo" aria-hidden="true">⎈</span> {t('share.embedTitle')}
        </span>
        <ul className="legend" aria-label={t('legend.title')}>
          <li><span className="swatch swatch-clusterip" aria-hidden="true" /> {t('legend.clusterip')}</li>
          <li><span className="swatch swatch-headless" aria-hidden="true" /> {t('legend.headless')}</li>
        </ul>
        <OpenInPlayground />
      </header>
      <Notices />
      <main className="embed-main">
        <SendBar />
        <div className="embed-graph">
          <GraphPanel />
        </div>
        <Player />
        <DnsCompare />
      </main>
    </div>
  );
}
