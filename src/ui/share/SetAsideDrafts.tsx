// The drafts set aside in this browser (before a link, a file or another scenario replaced the screen, or when
// another tab saved over them): newest first, each with its time and first line, one click from coming back.
// Reachable after a reload, as long as the browser keeps the site's storage.
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';

export function SetAsideDrafts() {
  const { t, i18n } = useTranslation();
  const drafts = useAppStore((s) => s.setAside);
  if (drafts.length === 0) return null;
  return (
    <details className="share-notice set-aside" data-testid="set-aside">
      <summary>{t('drafts.setAside', { count: drafts.length })}</summary>
      <ul>
        {drafts.map((d) => (
          <li key={d.savedAt} data-testid="set-aside-draft">
            <time dateTime={new Date(d.savedAt).toISOString()}>{new Date(d.savedAt).toLocaleString(i18n.language)}</time>{' '}
            <code>{d.firstLine || t('drafts.emptyText')}</code>{' '}
            <button type="button" onClick={() => void getAppStore().getState().restoreSetAside(d.savedAt)}>
              {t('drafts.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
