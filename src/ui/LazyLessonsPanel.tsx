// The Lessons panel's code (the list, the lesson view, the teacher's export) loads when the panel first opens — from
// the header's button or a lesson link — not with the page: most visits never open it. Its stylesheet stays with
// the page (Playground.tsx), since the header's button and the layout beside the open panel use it.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../state';
import { useAppStore } from './use-app-store';
import { LoadBoundary } from './LoadBoundary';
import { LESSONS_PANEL_ID } from './lessons/LessonsButton';

/** A fresh lazy panel: React keeps a failed import for good, so a retry needs a new one. */
const lazyPanel = () => lazy(() => import('./lessons/LessonsPanel').then((m) => ({ default: m.LessonsPanel })));

/** Where the panel will be, while its code loads or after it failed to. */
function PanelPlaceholder({ retry }: { retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <aside id={LESSONS_PANEL_ID} className="lessons-panel" aria-labelledby="lessons-panel-title" data-testid="lessons-panel-loading">
      <div className="lessons-head">
        <h2 id="lessons-panel-title">{t('lessons.title')}</h2>
        <button type="button" aria-label={t('lessons.close')} onClick={() => getAppStore().getState().setLessonPanelOpen(false)}>×</button>
      </div>
      {retry ? (
        <div role="alert">
          <p>{t('lessonsLoad.failed')}</p>
          <button type="button" onClick={retry}>{t('loadFailed.retry')}</button>
        </div>
      ) : (
        <p className="muted" role="status">{t('lessons.loading')}</p>
      )}
    </aside>
  );
}

export function LazyLessonsPanel() {
  const open = useAppStore((s) => s.lessonPanelOpen);
  const [LessonsPanel, setLessonsPanel] = useState(() => lazyPanel());
  if (!open) return null;
  return (
    <LoadBoundary onRetry={() => setLessonsPanel(() => lazyPanel())} fallback={(retry) => <PanelPlaceholder retry={retry} />}>
      <Suspense fallback={<PanelPlaceholder />}>
        <LessonsPanel />
      </Suspense>
    </LoadBoundary>
  );
}
