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
}

export const TerminalText = memo(function TerminalText({ command, result, highlight, scrollKey, scrollTo, testId, label }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLPreElement>(null);
  useLayoutEffect(() => {
    if (scrollKey === undefined || scrollTo === undefined) return;
    const pre = ref.current;
    const first = pre?.querySelector<HTMLElement>(`.line.${scrollTo}`);
    if (!pre || !first) return;
    // Scrolls the terminal only, never the page (scrollIntoView would move every scrolled ancestor).
    const offset = first.getBoundingClientRect().top - pre.getBoundingClientRect().top;
    pre.scrollTop += offset - pre.clientHeight / 4;
  }, [scrollKey, scrollTo, result]);
  return (
    <pre ref={ref} className="terminal" data-testid={testId} aria-label={label} tabIndex={0}>
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
