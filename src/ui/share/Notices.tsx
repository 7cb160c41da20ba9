// Messages from sharing and saving, in the page (never a blank screen): a link that could not be opened,
// a kept draft with its Restore button, storage that does not work, an import's outcome.
import { useTranslation } from 'react-i18next';
import { getAppStore, type Notices as NoticeState, type ShareError } from '../../state';
import { useAppStore } from '../use-app-store';
import { SetAsideDrafts } from './SetAsideDrafts';

/** A link error in words: also what the teacher's export says when its lesson would not make a link. */
export function linkErrorText(t: (k: string, o?: Record<string, unknown>) => string, e: ShareError): string {
  if (e.code === 'unsupported-version') return t(e.newer ? 'share.linkError.unsupported-version-newer' : 'share.linkError.unsupported-version', { version: e.version });
  if (e.code === 'invalid-field') return t('share.linkError.invalid-field', { path: e.path || '/', reason: t(`share.linkError.reason.${e.reason ?? 'wrong-type'}`) });
  return t(`share.linkError.${e.code}`);
}

export function Notices() {
  const { t } = useTranslation();
  const n = useAppStore((s) => s.notices);
  const embed = useAppStore((s) => s.embed);
  const store = getAppStore().getState();
  const dismiss = (patch: Partial<NoticeState>) => () => store.notify(patch);
  return (
    <div className="share-notices" role="region" aria-label={t('share.notices')} data-testid="share-notices">
      {n.linkError && (
        <div className="share-notice error" role="alert" data-testid="link-error" data-code={n.linkError.code}>
          <strong>{t('share.linkError.title')}</strong> <span>{linkErrorText(t, n.linkError)}</span>{' '}
          {!embed && <span className="muted">{t('share.linkError.kept')}</span>}
          <button type="button" onClick={dismiss({ linkError: null })}>{t('share.dismiss')}</button>
        </div>
      )}
      {n.keptDraft && (
        <div className="share-notice" role="status" data-testid="kept-draft">
          <span>{t('share.kept.text')}</span>
          <button type="button" className="primary" data-testid="restore-draft" onClick={() => void store.restoreKept()}>{t('share.kept.restore')}</button>
          <button type="button" data-testid="dismiss-kept" onClick={() => store.dismissKept()}>{t('share.dismiss')}</button>
        </div>
      )}
      {n.otherTab && !embed && (
        <div className="share-notice" role="status" data-testid="other-tab">
          <span>{t('drafts.otherTab')}</span>
          <button type="button" onClick={dismiss({ otherTab: false })}>{t('share.dismiss')}</button>
        </div>
      )}
      {!embed && <SetAsideDrafts />}
      {n.restored && (
        <div className="share-notice" role="status" data-testid="draft-restored">
          <span>{t('share.restored')}</span>
          <button type="button" data-testid="reset-scenario-notice" onClick={() => { store.resetToScenario(); store.notify({ restored: false }); }}>{t('share.resetScenario')}</button>
          <button type="button" onClick={dismiss({ restored: false })}>{t('share.dismiss')}</button>
        </div>
      )}
      {n.storage && (
        <div className="share-notice warning" role="status" data-testid="storage-notice" data-code={n.storage}>
          <span>{t(`share.storage.${n.storage}`)}</span>
          <button type="button" onClick={dismiss({ storage: null })}>{t('share.dismiss')}</button>
        </div>
      )}
      {n.importNotice && (
        <div className={`share-notice${n.importNotice.kind === 'error' ? ' error' : ''}`} role={n.importNotice.kind === 'error' ? 'alert' : 'status'} data-testid="import-notice">
          <span>
            {n.importNotice.kind === 'error' ? t(`share.import.${n.importNotice.code}`)
              : n.importNotice.kind === 'converted' ? t('share.import.converted', { count: n.importNotice.dropped })
                : t('share.import.opened', { name: n.importNotice.name })}
          </span>
          <button type="button" onClick={dismiss({ importNotice: null })}>{t('share.dismiss')}</button>
        </div>
      )}
      {n.unknownLesson !== null && (
        <div className="share-notice error" role="alert" data-testid="unknown-lesson">
          <span>{t('lessons.unknown', { id: n.unknownLesson })}</span>
          <button type="button" onClick={dismiss({ unknownLesson: null })}>{t('share.dismiss')}</button>
        </div>
      )}
      {n.imageError && (
        <div className="share-notice error" role="alert" data-testid="image-error">
          <span>{t('share.imageFailed', { message: n.imageError })}</span>
          <button type="button" onClick={dismiss({ imageError: null })}>{t('share.dismiss')}</button>
        </div>
      )}
    </div>
  );
}
