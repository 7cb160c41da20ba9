// Every lesson, grouped by the article's sections in the catalogue's order, each with the learner's progress.
import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../lessons';
import type { LessonCatalogue, LessonProgress } from '../../state';
import { useAppStore } from '../use-app-store';
import { useLessonText } from './lesson-language';

type Status = 'solved' | 'withSolution' | 'started' | 'new';

export function lessonStatus(p: LessonProgress | undefined): Status {
  if (!p) return 'new';
  if (p.solved) return p.solutionShown ? 'withSolution' : 'solved';
  return p.prediction !== undefined || p.hints > 0 || p.solutionShown ? 'started' : 'new';
}

/** The sections in the order their first lesson comes, each with its lessons. */
function bySection(lessons: readonly Lesson[]): [Lesson['section'], Lesson[]][] {
  const groups = new Map<Lesson['section'], Lesson[]>();
  for (const l of lessons) groups.set(l.section, [...(groups.get(l.section) ?? []), l]);
  return [...groups];
}

export function LessonList({ catalogue: { lessons, sectionTitles }, onOpen }: { catalogue: LessonCatalogue; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const text = useLessonText();
  const progress = useAppStore((s) => s.lessonProgress);
  const solved = (ls: readonly Lesson[]) => ls.filter((l) => progress[l.id]?.solved).length;
  return (
    <div className="lesson-list" data-testid="lesson-list">
      <p className="lesson-progress" data-testid="lessons-progress">
        <progress max={lessons.length} value={solved(lessons)} aria-label={t('lessons.progress', { solved: solved(lessons), total: lessons.length })} />{' '}
        {t('lessons.progress', { solved: solved(lessons), total: lessons.length })}
      </p>
      {bySection(lessons).map(([section, ls]) => (
        <section key={section} className="lesson-section" aria-labelledby={`lesson-section-${section}`}>
          <h3 id={`lesson-section-${section}`}>
            {text(sectionTitles[section])} <span className="muted">{t('lessons.sectionProgress', { solved: solved(ls), total: ls.length })}</span>
          </h3>
          <ul>
            {ls.map((l) => {
              const status = lessonStatus(progress[l.id]);
              return (
                <li key={l.id}>
                  <button type="button" className={`lesson-item status-${status}`} data-testid={`lesson-${l.id}`} data-status={status} onClick={() => onOpen(l.id)}>
                    <span className="lesson-mark" aria-hidden="true">{status === 'new' ? '○' : status === 'started' ? '◐' : '●'}</span>
                    <span className="lesson-item-title">{text(l.title)}</span>
                    <span className="lesson-item-status">{t(`lessons.status.${status}`)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
