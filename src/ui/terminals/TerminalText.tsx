// Program output as plain React text (never HTML), line by line, with some lines highlighted.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextResult } from '../../state';
import { errorText } from '../error-text';

interface Props {
  command: string;
  result: TextResult | null | undefined;
  highlight?: (line: string) => string | undefined;
  testId: string;
  label: string;
}

export const TerminalText = memo(function TerminalText({ command, result, highlight, testId, label }: Props) {
  const { t } = useTranslation();
  return (
    <pre className="terminal" data-testid={testId} aria-label={label} tabIndex={0}>
      <span className="prompt">/ # </span>
      <span className="command">{command}</span>
      {'\n'}
      {!result ? (
        <span className="muted">{t('terminal.loading')}</span>
      ) : result.status === 'error' ? (
        <span className="error-text">{errorText(t, result.message)}</span>
      ) : (
        result.text.split('\n').map((line, i) => {
          const cls = highlight?.(line);
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
