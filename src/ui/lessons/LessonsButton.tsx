// The header's way into the lessons: opens and closes the Lessons panel.
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';

export const LESSONS_PANEL_ID = 'lessons-panel';

export function LessonsButton() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.lessonPanelOpen);
  return (
    <button
      type="button"
      className="lessons-button"
      aria-expanded={open}
      aria-controls={LESSONS_PANEL_ID}
      data-testid="lessons-button"
      onClick={() => getAppStore().getState().setLessonPanelOpen(!open)}
    >
      {t('lessons.button')}
    </button>
  );
}
