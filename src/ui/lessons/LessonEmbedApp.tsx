// The light lesson embed (lesson-embed.html): one step of a lesson in a blog post — the lesson's title and goal when
// the link names one, the graph with the replayed request, the caption of its step on screen, and the terminal
// output that goes with it (the shell's last lines when the state has any, else the lookup of the request's name).
// "Open in playground" carries the whole state (and the lesson) to the full playground.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { GraphPanel } from '../panels/GraphPanel';
import { HopCaption } from '../traffic/HopCaption';
import { usePlayback } from '../traffic/usePlayback';
import { parseLanguage } from '../i18n/language';
import { useAppStore } from '../use-app-store';
import { useLessonText } from './lesson-language';
import './lesson-embed.css';

/** The full playground beside this page: the same directory's index. */
function playgroundBase(): string {
  return `${window.location.origin}${window.location.pathname.replace(/[^/]*$/, '')}`;
}

function OpenInPlayground() {
  const { t, i18n } = useTranslation();
  const language = parseLanguage(i18n.language);
  // Until the link writer has loaded (lesson-embed.tsx), the link is the address this page was opened with.
  const href = useAppStore((s) => {
    const link = s.lessonId !== null ? s.lessonLink(s.lessonId, { withState: true }) : s.shareLink({ language });
    return `${playgroundBase()}${link ? `#${link.fragment}` : window.location.hash}`;
  });
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener" data-testid="open-in-playground">
      {t('share.openInPlayground')} ↗
    </a>
  );
}

function StepCaption() {
  const { t } = useTranslation();
  const { trace, activeHop } = useAppStore(useShallow((s) => ({ trace: s.trace, activeHop: s.activeHop })));
  const hop = trace?.hops[activeHop];
  return (
    <p className="lesson-embed-caption" data-testid="caption" data-step={trace && hop ? activeHop : -1} aria-live="polite">
      {trace && hop ? <HopCaption hop={hop} index={activeHop} hops={trace.hops} /> : t('lessons.embed.noStep')}
    </p>
  );
}

function TerminalOutput() {
  const { t } = useTranslation();
  const { shell, lookup } = useAppStore(useShallow((s) => ({ shell: s.shellEntries, lookup: s.views?.dns[0] })));
  const last = shell.slice(-3);
  const text = last.length > 0
    ? last.map((e) => `/ # ${e.line}\n${e.output}`).join('')
    : lookup?.status === 'ok' ? lookup.text : '';
  if (!text) return null;
  return (
    <pre className="lesson-embed-terminal" aria-label={t('lessons.embed.output')} tabIndex={0} data-testid="lesson-embed-output">{text}</pre>
  );
}

export function LessonEmbedApp() {
  const { t } = useTranslation();
  const text = useLessonText();
  usePlayback();
  const lesson = useAppStore((s) => (s.lessonAlone?.id === s.lessonId ? s.lessonAlone : undefined));
  return (
    <div className="lesson-embed" data-testid="lesson-embed">
      <header className="lesson-embed-head">
        <h1>{lesson ? text(lesson.title) : t('share.embedTitle')}</h1>
        <OpenInPlayground />
      </header>
      {lesson && <p className="lesson-embed-goal" data-testid="lesson-goal">{text(lesson.goal)}</p>}
      <main className="lesson-embed-main">
        <div className="lesson-embed-graph">
          <GraphPanel />
        </div>
        <StepCaption />
        <TerminalOutput />
      </main>
    </div>
  );
}
