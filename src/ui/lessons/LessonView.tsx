// One lesson, predict → do → see → explain: the goal and the question first; once the learner has committed an
// answer, the checks (green by themselves as the cluster changes), hints one at a time and the solution; once the
// check passes, the debrief sets the prediction beside what happened.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson, LessonLanguage } from '../../lessons';
import { getAppStore } from '../../state';
import { parseLanguage } from '../i18n/language';
import { useAppStore } from '../use-app-store';
import { useLessonText } from './lesson-language';
import { observationText } from './observation-text';

function Prediction({ lesson, committed }: { lesson: Lesson; committed: string | undefined }) {
  const { t } = useTranslation();
  const text = useLessonText();
  const [choice, setChoice] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const legend = useId();
  const chosen = lesson.prediction.choices.find((c) => c.id === committed);
  if (committed !== undefined) {
    return (
      <p className="lesson-prediction-done" data-testid="lesson-prediction-done">
        {t('lessons.predict.yours', { answer: chosen ? text(chosen.text) : committed })}
      </p>
    );
  }
  return (
    <form
      className="lesson-prediction"
      data-testid="lesson-prediction"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice === null) return setMissing(true);
        getAppStore().getState().commitPrediction(choice);
      }}
    >
      <fieldset aria-labelledby={legend}>
        <legend id={legend}>
          <strong>{t('lessons.predict.title')}</strong> {text(lesson.prediction.question)}
        </legend>
        {lesson.prediction.choices.map((c) => (
          <label key={c.id} className="lesson-choice">
            <input type="radio" name={`${lesson.id}-prediction`} value={c.id} checked={choice === c.id} onChange={() => { setChoice(c.id); setMissing(false); }} data-testid={`prediction-${c.id}`} />
            <span>{text(c.text)}</span>
          </label>
        ))}
      </fieldset>
      {missing && <p className="error-text" role="alert">{t('lessons.predict.pick')}</p>}
      <button type="submit" className="primary" data-testid="commit-prediction">{t('lessons.predict.commit')}</button>
      <p className="muted lesson-small">{t('lessons.predict.before')}</p>
    </form>
  );
}

function Checks() {
  const { t } = useTranslation();
  const text = useLessonText();
  const check = useAppStore((s) => s.lessonCheck);
  return (
    <section className="lesson-block" aria-labelledby="lesson-checks-title">
      <h3 id="lesson-checks-title">{t('lessons.checks.title')}</h3>
      <p className={check?.passed ? 'lesson-verdict passed' : 'lesson-verdict'} role="status" data-testid="lesson-verdict" data-passed={check?.passed ? 'true' : 'false'}>
        {!check ? t('lessons.checks.running') : check.passed ? t('lessons.checks.passed') : t('lessons.checks.pending')}
      </p>
      {check && (
        <ul className="lesson-checks" data-testid="lesson-checks">
          {check.items.map((item) => (
            <li key={item.id} className={item.passed ? 'passed' : 'failed'} data-testid={`lesson-check-${item.id}`} data-passed={item.passed ? 'true' : 'false'}>
              <span className="lesson-check-mark" aria-hidden="true">{item.passed ? '✓' : '○'}</span>
              <span>
                {text(item)} <span className="visually-hidden">({item.passed ? t('lessons.checks.ok') : t('lessons.checks.notYet')})</span>
                <span className="lesson-seen">{t('lessons.checks.seen', { what: observationText(t, item.observed) })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Hints({ lesson, shown }: { lesson: Lesson; shown: number }) {
  const { t } = useTranslation();
  const text = useLessonText();
  if (lesson.hints.length === 0) return null;
  return (
    <section className="lesson-block" aria-labelledby="lesson-hints-title">
      <h3 id="lesson-hints-title">{t('lessons.hints.title')}</h3>
      <ol className="lesson-hints" data-testid="lesson-hints">
        {lesson.hints.slice(0, shown).map((h, i) => <li key={i}>{text(h)}</li>)}
      </ol>
      {shown < lesson.hints.length ? (
        <button type="button" data-testid="lesson-hint" onClick={() => getAppStore().getState().showHint()}>
          {t('lessons.hints.next', { shown: shown + 1, total: lesson.hints.length })}
        </button>
      ) : (
        <p className="muted lesson-small">{t('lessons.hints.none')}</p>
      )}
    </section>
  );
}

function Debrief({ lesson, prediction }: { lesson: Lesson; prediction: string | undefined }) {
  const { t } = useTranslation();
  const text = useLessonText();
  const [open, setOpen] = useState(false);
  const answer = lesson.prediction.choices.find((c) => c.id === lesson.prediction.answer);
  const yours = lesson.prediction.choices.find((c) => c.id === prediction);
  if (!open) {
    return <button type="button" className="primary" data-testid="lesson-debrief-open" onClick={() => setOpen(true)}>{t('lessons.debrief.open')}</button>;
  }
  return (
    <section className="lesson-block lesson-debrief" aria-labelledby="lesson-debrief-title" data-testid="lesson-debrief">
      <h3 id="lesson-debrief-title">{t('lessons.debrief.title')}</h3>
      <dl>
        <dt>{t('lessons.debrief.yours')}</dt>
        <dd data-testid="debrief-yours">{yours ? text(yours.text) : (prediction ?? '—')}</dd>
        <dt>{t('lessons.debrief.answer')}</dt>
        <dd data-testid="debrief-answer">{answer ? text(answer.text) : '—'}</dd>
      </dl>
      <p className={prediction === lesson.prediction.answer ? 'lesson-verdict passed' : 'lesson-verdict'} data-testid="debrief-verdict">
        {prediction === lesson.prediction.answer ? t('lessons.debrief.right') : t('lessons.debrief.wrong')}
      </p>
      <h4>{t('lessons.debrief.why')}</h4>
      <p className="lesson-debrief-text">{text(lesson.debrief.text)}</p>
      {lesson.debrief.links.length > 0 && (
        <>
          <h4>{t('lessons.debrief.read')}</h4>
          <ul>
            {lesson.debrief.links.map((l) => (
              <li key={l.href}>
                <a href={l.href} target="_blank" rel="noopener noreferrer">{text(l.title)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A teacher's lesson written in one language, read in the other: says so, and marks its texts with their language. */
function useWrittenIn(lesson: Lesson): LessonLanguage | undefined {
  const { i18n } = useTranslation();
  const page = parseLanguage(i18n.language) ?? 'en';
  const written = lesson.fromLink?.languages;
  return written && written.length > 0 && !written.includes(page) ? written[0] : undefined;
}

export function LessonView({ lesson, onRestart }: { lesson: Lesson; onRestart(): void }) {
  const { t } = useTranslation();
  const writtenIn = useWrittenIn(lesson);
  const text = useLessonText();
  const progress = useAppStore((s) => s.lessonProgress[lesson.id]);
  const solving = useAppStore((s) => s.lessonSolving);
  const passed = useAppStore((s) => s.lessonCheck?.passed === true);
  const store = getAppStore().getState();
  const committed = progress?.prediction;
  return (
    <article className="lesson-view" data-testid="lesson-view" data-lesson={lesson.id} aria-labelledby="lesson-title">
      <div className="lesson-nav">
        <button type="button" data-testid="lessons-all" onClick={() => store.closeLesson()}>← {t('lessons.all')}</button>
        <button type="button" data-testid="lesson-restart" onClick={onRestart}>{t('lessons.restart')}</button>
      </div>
      <h2 id="lesson-title" data-testid="lesson-title" lang={writtenIn}>{text(lesson.title)}</h2>
      {writtenIn && (
        <p className="lesson-note" data-testid="lesson-written-in">
          {t('teacherLink.writtenIn', { language: t(`teacherLink.language.${writtenIn}`) })}
        </p>
      )}
      <section className="lesson-block" aria-labelledby="lesson-goal-title">
        <h3 id="lesson-goal-title">{t('lessons.goal')}</h3>
        <p data-testid="lesson-goal" lang={writtenIn}>{text(lesson.goal)}</p>
      </section>
      <Prediction key={lesson.id} lesson={lesson} committed={committed} />
      {committed !== undefined && (
        <>
          <Checks />
          <Hints lesson={lesson} shown={progress?.hints ?? 0} />
          {lesson.fromLink ? (
            <p className="muted lesson-small" data-testid="lesson-no-solution">{t('teacherLink.noSolution')}</p>
          ) : (
            <div className="lesson-solution">
              <button type="button" data-testid="lesson-solution" disabled={solving} onClick={() => void store.showSolution()}>
                {t('lessons.solution.show')}
              </button>
              <p className="muted lesson-small" role="status">
                {solving ? t('lessons.solution.playing') : progress?.solutionShown ? t('lessons.solution.shown') : ''}
              </p>
            </div>
          )}
          {passed && <Debrief key={lesson.id} lesson={lesson} prediction={committed} />}
        </>
      )}
    </article>
  );
}
