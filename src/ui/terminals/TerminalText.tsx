// Program output as plain React text (never HTML), line by line, with some lines highlighted.
import { memo, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextResult } from '../../state';
import { errorText } from '../error-text';

interface Props {
  command: string;
  result: TextResult | null | undefined;
  /** The class of one line (its text and 0-based number), or undefined for a plain line. */
  highlight?: (line: string, index: number) => string | undefined;
  /**
   * Scroll the first line of class `scrollTo` into view whenever `scrollKey` changes (a new request's trace): the
   * rules it matched may sit hundreds of lines down.
   */
  scrollKey?: unknown;
  scrollTo?: string;
  testId: string;
  label: string;
  /**
   * Lines with this highlight class are what the learner came for (dig's answers sit some twenty lines down):
   * when they are below the visible part, the output scrolls inside its box to show them, with the line
   * before them (dig's `;; ANSWER SECTION:`). The page itself does not move.
   */
  reveal?: string;
}

/** Scrolls `box` (not the page) so its first `.line.<cls>` and the line before it show, when the last one is out of sight. */
function revealLines(box: HTMLElement, cls: string) {
  const lines = box.querySelectorAll<HTMLElement>(`.line.${cls}`);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return;
  const before = first.previousElementSibling instanceof HTMLElement ? first.previousElementSibling : first;
  const top = before.offsetTop - box.offsetTop - parseFloat(getComputedStyle(box).paddingTop);
  if (last.offsetTop - box.offsetTop + last.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top);
}

export const TerminalText = memo(function TerminalText({ command, result, highlight, scrollKey, scrollTo, testId, label, reveal }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLPreElement>(null);
  useLayoutEffect(() => {
    if (scrollKey === undefined || scrollTo === undefined) return;
    const pre = box.current;
    const first = pre?.querySelector<HTMLElement>(`.line.${scrollTo}`);
    if (!pre || !first) return;
    // Scrolls the terminal only, never the page (scrollIntoView would move every scrolled ancestor).
    const offset = first.getBoundingClientRect().top - pre.getBoundingClientRect().top;
    pre.scrollTop += offset - pre.clientHeight / 4;
  }, [scrollKey, scrollTo, result]);
  useLayoutEffect(() => {
    if (reveal && box.current && result?.status === 'ok') revealLines(box.current, reveal);
  }, [reveal, result, highlight]);
  return (
    <pre className="terminal" data-testid={testId} aria-label={label} tabIndex={0} ref={box}>
      <span className="prompt">/ # </span>
      <span className="command">{command}</span>
      {'\n'}
      {!result ? (
        <span className="muted">{t('terminal.loading')}</span>
      ) : result.status === 'error' ? (
        <span className="error-text">{errorText(t, result.message)}</span>
      ) : (
        result.text.split('\n').map((line, i) => {
          const cls = highlight?.(line, i);
          return (
            <span key={i} className={cls ? `line ${cls}` : 'line'}>
              {line}
              {'\n'}
            </span>
          );
        })
      )}
    </pre>
  );
});
