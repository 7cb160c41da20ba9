// Asks for `key=value` to add to a Pod (or a key to remove). A native <dialog>: focus is trapped and Escape
// closes it, as a modal should.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLabel } from './make-action';

interface Props {
  open: boolean;
  mode: 'add' | 'remove';
  podName: string;
  existing: string[];
  onClose(): void;
  onSubmit(label: { key: string; value: string }): void;
}

export function LabelDialog({ open, mode, podName, existing, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setText(mode === 'add' ? 'role=replica' : existing[0] ?? '');
      setError(false);
      d.showModal?.();
    } else if (!open && d.open) d.close();
  }, [open, mode, existing]);
  return (
    <dialog ref={ref} className="dialog" onClose={onClose} aria-labelledby="label-dialog-title" data-testid="label-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = mode === 'add' ? parseLabel(text) : text.trim() ? { key: text.trim(), value: '' } : null;
          if (!parsed) {
            setError(true);
            return;
          }
          onSubmit(parsed);
          onClose();
        }}
      >
        <h2 id="label-dialog-title">{t(mode === 'add' ? 'actions.labelTitle' : 'actions.unlabelTitle', { pod: podName })}</h2>
        {mode === 'add' ? (
          <label className="field">
            <span>{t('actions.labelPrompt')}</span>
            <input autoFocus value={text} onChange={(e) => setText(e.target.value)} data-testid="label-input" aria-invalid={error} />
          </label>
        ) : (
          <label className="field">
            <span>{t('actions.unlabelPrompt')}</span>
            <select autoFocus value={text} onChange={(e) => setText(e.target.value)} data-testid="label-input">
              {existing.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
        )}
        {error && <p className="error-text">{t('actions.labelInvalid')}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="label-submit">
            {t(mode === 'add' ? 'actions.addLabel' : 'actions.removeLabel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
