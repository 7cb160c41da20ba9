// Diagnostics from the core (the API server's words for its errors, the playground's notes worded here), each a
// button that moves the editor to its line and column.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { revealPosition } from './editor-bridge';
import { actionErrorText, errorText } from '../error-text';
import { diagnosticAside, diagnosticText } from '../diagnostic-text';

export function ProblemsList() {
  const { t } = useTranslation();
  const { diagnostics, buildError, actionErrors, stale, building, changes } = useAppStore(
    useShallow((s) => ({ diagnostics: s.diagnostics, buildError: s.buildError, actionErrors: s.actionErrors, stale: s.stale, building: s.building, changes: s.actions.length })),
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return (
    <section className="problems" aria-labelledby="problems-title" data-testid="problems">
      <div className="pane-header">
        <h2 id="problems-title">{t('problems.title')}</h2>
        <span className="counts" data-testid="problem-counts">
          {t('problems.counts', { errors: t('problems.errors', { count: errors }), warnings: t('problems.warnings', { count: warnings }) })}
          {building ? ` · ${t('problems.building')}` : ''}
        </span>
      </div>
      {stale && (
        <p className="stale-note" role="status" data-testid="stale-note">
          {t('problems.stale')}
        </p>
      )}
      {changes > 0 && diagnostics.length > 0 && (
        <p className="changes-note" data-testid="changes-note">
          {t('problems.changesNote', { count: changes })}
        </p>
      )}
      <ul>
        {buildError && (
          <li className="problem error">
            <span className="problem-text">{errorText(t, buildError)}</span>
          </li>
        )}
        {diagnostics.map((d, i) => (
          <li key={`${d.line}:${d.column}:${i}`} className={`problem ${d.severity}`} data-testid="problem">
            <button
              type="button"
              onClick={() => {
                getAppStore().getState().setMobileTab('editor');
                // The editor may just have become visible (phone layout): reveal after it lays out.
                requestAnimationFrame(() => revealPosition(d.line, d.column));
              }}
            >
              <span className="sev" aria-label={t(`problems.severity.${d.severity}`)}>
                {d.severity === 'error' ? '✕' : '!'}
              </span>
              <span className="problem-text">{diagnosticText(t, d)}</span>
              {d.message !== undefined && d.namedLine !== undefined && (
                <span className="problem-aside" data-testid="problem-aside">
                  {diagnosticAside(t, d)}
                </span>
              )}
              <span className="problem-where">{t('problems.where', { line: d.line, column: d.column })}</span>
            </button>
          </li>
        ))}
        {actionErrors.map((e, i) => (
          <li key={`a${i}`} className="problem warning">
            <span className="problem-text">{actionErrorText(t, e)}</span>
          </li>
        ))}
        {!diagnostics.length && !buildError && !actionErrors.length && <li className="none">{t('problems.none')}</li>}
      </ul>
    </section>
  );
}
