// A teacher's own lesson from what is on screen: they start from a scenario or a link (the lesson's start), fix
// or change it (its solution), write the goal and the question in both languages, pick the checks that hold now,
// and download the lesson file, or copy a link that carries the lesson itself (the link's `l`) over its start state.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { linkLesson, teacherLesson, type LessonDraft } from '../../lessons';
import { decodeShareFragment, encodeShareState, getAppStore, isLessonId, type ShareState } from '../../state';
import { scenarios } from '../../scenarios';
import { copyText, downloadText } from '../share/files';
import { linkErrorText } from '../share/Notices';
import { useAppStore } from '../use-app-store';
import { useLessonText } from './lesson-language';
import { candidateChecks } from './teacher-checks';

function Field({ label, value, onChange, testId, help }: { label: string; value: string; onChange(v: string): void; testId: string; help?: string }) {
  const id = useId();
  return (
    <div className="lesson-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-describedby={help ? `${id}-help` : undefined} />
      {help && <span id={`${id}-help`} className="muted lesson-small">{help}</span>}
    </div>
  );
}

/** What the screen started from: the state last opened, shared or restored, else the scenario as it comes. */
function startState(): ShareState {
  const s = getAppStore().getState();
  const basis = s.draft.basis ? decodeShareFragment(s.draft.basis) : null;
  if (basis?.ok) {
    // A teacher's lesson the screen came from is not part of the next one's start.
    const { lesson: _opened, ...start } = basis.value;
    return start;
  }
  const scenario = scenarios.find((x) => x.id === s.scenarioId);
  return { ...s.shareState(), yaml: scenario?.source ?? s.source, actions: [], sends: [], shell: [] };
}

export function TeacherExport() {
  const { t } = useTranslation();
  const text = useLessonText();
  const { cluster, tally, shell } = useAppStore(useShallow((s) => ({ cluster: s.cluster, tally: s.tally, shell: s.shellEntries })));
  const candidates = useMemo(() => candidateChecks(cluster, tally, shell), [cluster, tally, shell]);
  const [draft, setDraft] = useState<LessonDraft>({ id: 'my-lesson', title: { en: '', 'zh-CN': '' }, goal: { en: '', 'zh-CN': '' }, question: { en: '', 'zh-CN': '' }, answer: 'yes' });
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const formId = useId();
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const edit = (key: 'title' | 'goal' | 'question', lang: 'en' | 'zh-CN') => (v: string) => setDraft((d) => ({ ...d, [key]: { ...d[key], [lang]: v } }));

  function download() {
    if (!isLessonId(draft.id)) return setError(t('lessons.export.badId'));
    if (!draft.goal.en.trim() || !draft.goal['zh-CN'].trim()) return setError(t('lessons.export.needGoal'));
    const checks = candidates.filter((c) => picked.has(c.id));
    if (checks.length === 0) return setError(t('lessons.export.needCheck'));
    setError(null);
    const lesson = teacherLesson(draft, startState(), getAppStore().getState().shareState(), checks);
    downloadText(`${JSON.stringify(lesson, null, 2)}\n`, `${draft.id}.lesson.json`, 'application/json');
  }

  async function copyLink() {
    setLink(null);
    if (!isLessonId(draft.id)) return setError(t('lessons.export.badId'));
    const some = (v: { en: string; 'zh-CN': string }) => v.en.trim() !== '' || v['zh-CN'].trim() !== '';
    if (!some(draft.goal) || !some(draft.question)) return setError(t('teacherLink.needText'));
    const checks = candidates.filter((c) => picked.has(c.id));
    if (checks.length === 0) return setError(t('lessons.export.needCheck'));
    // The link's own reader judges it (lengths, characters, counts): a link made here always opens.
    const made = encodeShareState({ ...startState(), lesson: linkLesson(draft, checks) });
    if (!made.ok) return setError(linkErrorText(t, made.error));
    setError(null);
    // The receiver reads the lesson in their own language: the teacher's `?lang` stays behind.
    const params = new URLSearchParams(location.search);
    params.delete('lang');
    params.delete('embed');
    const query = params.toString();
    const url = `${location.origin}${location.pathname}${query ? `?${query}` : ''}#${made.value}`;
    setLink({ url, copied: await copyText(url) });
  }

  return (
    <div className="lesson-export" data-testid="lesson-export-form">
      <p className="muted lesson-small">{t('lessons.export.intro')}</p>
      <Field label={t('lessons.export.id')} value={draft.id} onChange={(id) => setDraft((d) => ({ ...d, id }))} testId="export-id" help={t('lessons.export.idHelp')} />
      <Field label={t('lessons.export.titleEn')} value={draft.title.en} onChange={edit('title', 'en')} testId="export-title-en" />
      <Field label={t('lessons.export.titleZh')} value={draft.title['zh-CN']} onChange={edit('title', 'zh-CN')} testId="export-title-zh" />
      <Field label={t('lessons.export.goalEn')} value={draft.goal.en} onChange={edit('goal', 'en')} testId="export-goal-en" />
      <Field label={t('lessons.export.goalZh')} value={draft.goal['zh-CN']} onChange={edit('goal', 'zh-CN')} testId="export-goal-zh" />
      <Field label={t('lessons.export.questionEn')} value={draft.question.en} onChange={edit('question', 'en')} testId="export-question-en" />
      <Field label={t('lessons.export.questionZh')} value={draft.question['zh-CN']} onChange={edit('question', 'zh-CN')} testId="export-question-zh" />
      <fieldset className="lesson-export-answer">
        <legend>{t('teacherLink.answer')}</legend>
        {(['yes', 'no'] as const).map((a) => (
          <label key={a} className="lesson-choice">
            <input type="radio" name={`${formId}-answer`} checked={draft.answer === a} onChange={() => setDraft((d) => ({ ...d, answer: a }))} data-testid={`export-answer-${a}`} />
            <span>{t(`teacherLink.answerIs.${a}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="lesson-export-checks">
        <legend>{t('lessons.export.checks')}</legend>
        {candidates.length === 0 && <p className="muted lesson-small">{t('lessons.export.noChecks')}</p>}
        {candidates.map((c) => (
          <label key={c.id} className="lesson-choice">
            <input
              type="checkbox"
              checked={picked.has(c.id)}
              data-testid={`export-check-${c.id}`}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setPicked((p) => {
                  const next = new Set(p);
                  if (on) next.add(c.id);
                  else next.delete(c.id);
                  return next;
                });
              }}
            />
            <span>{text(c.text)}</span>
          </label>
        ))}
      </fieldset>
      {error && <p className="error-text" role="alert" data-testid="export-error">{error}</p>}
      <div className="lesson-export-actions">
        <button type="button" className="primary" data-testid="export-lesson" onClick={download}>{t('lessons.export.download')}</button>
        <button type="button" data-testid="export-link-copy" onClick={() => void copyLink()}>{t('teacherLink.copy')}</button>
      </div>
      <p className="muted lesson-small">{t('teacherLink.intro')}</p>
      {link && (
        <div className="lesson-field">
          <label htmlFor={`${formId}-link`}>{t('teacherLink.label')}</label>
          <input id={`${formId}-link`} readOnly value={link.url} data-testid="export-link" onFocus={(e) => e.currentTarget.select()} />
          <p className={link.copied ? 'muted lesson-small' : 'error-text'} role="status" data-testid="export-link-status">
            {link.copied ? t('teacherLink.copied') : t('teacherLink.copyFailed')}
          </p>
        </div>
      )}
    </div>
  );
}
