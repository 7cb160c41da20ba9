// The Lessons panel (课程): beside the playground, not over it, so the learner acts in the editor, on the graph and
// in the shell while reading the lesson. It lists the lessons, or shows the one open; opening one over the
// learner's own work asks first (the work is set aside either way, one click from coming back).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { LESSONS_PANEL_ID } from './LessonsButton';
import { LessonList } from './LessonList';
import { LessonView } from './LessonView';
import { TeacherExport } from './TeacherExport';
import './lessons.css';


function ConfirmReplace({ onConfirm, onCancel }: { onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog ref={ref} className="dialog" onClose={onCancel} aria-labelledby="lesson-confirm-title" data-testid="lesson-confirm">
      <h2 id="lesson-confirm-title">{t('lessons.confirm.open')}</h2>
      <p>{t('lessons.confirm.text')}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>{t('lessons.confirm.cancel')}</button>
        <button type="button" className="primary" autoFocus data-testid="lesson-confirm-open" onClick={onConfirm}>{t('lessons.confirm.open')}</button>
      </div>
    </dialog>
  );
}

/** Keeps the panel's top at the header's bottom edge (the header wraps to more rows on narrow windows). */
function useHeaderBottom(active: boolean): void {
  useEffect(() => {
    const header = document.querySelector('.app-header');
    if (!active || !header) return;
    const place = () => document.documentElement.style.setProperty('--lessons-top', `${Math.round(header.getBoundingClientRect().bottom)}px`);
    place();
    const observer = new ResizeObserver(place);
    observer.observe(header);
    return () => observer.disconnect();
  }, [active]);
}

export function LessonsPanel() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.lessonPanelOpen);
  const catalogue = useAppStore((s) => s.lessonCatalogue);
  const lessonId = useAppStore((s) => s.lessonId);
  // A teacher's lesson from a link is not in the catalogue.
  const linked = useAppStore((s) => (s.lessonLinked?.lesson.id === s.lessonId ? s.lessonLinked.lesson : undefined));
  const [asking, setAsking] = useState<string | null>(null);
  const store = getAppStore().getState();
  useHeaderBottom(open);
  if (!open) return null;
  const lesson = linked ?? catalogue?.lessons.find((l) => l.id === lessonId);

  const start = (id: string) => {
    if (getAppStore().getState().hasOwnWork()) setAsking(id);
    else void store.openLesson(id, { fromStart: true });
  };

  return (
    <aside id={LESSONS_PANEL_ID} className="lessons-panel" aria-labelledby="lessons-panel-title" data-testid="lessons-panel">
      <div className="lessons-head">
        <h2 id="lessons-panel-title">{t('lessons.title')}</h2>
        <button type="button" aria-label={t('lessons.close')} data-testid="lessons-close" onClick={() => store.setLessonPanelOpen(false)}>×</button>
      </div>
      {!catalogue ? (
        <p className="muted" role="status">{t('lessons.loading')}</p>
      ) : lesson ? (
        <LessonView lesson={lesson} onRestart={() => start(lesson.id)} />
      ) : (
        <>
          <LessonList catalogue={catalogue} onOpen={start} />
          <details className="lesson-export-box" data-testid="lesson-export">
            <summary>{t('lessons.export.title')}</summary>
            <TeacherExport />
          </details>
        </>
      )}
      {asking !== null && (
        <ConfirmReplace
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const id = asking;
            setAsking(null);
            void store.openLesson(id, { fromStart: true });
          }}
        />
      )}
    </aside>
  );
}
