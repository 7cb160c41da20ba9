// Add, change or remove a Pod's labels. A label change can move a Pod in or out of a Service's selector,
// which the graph then shows as a new or vanished EndpointSlice link.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  labels: Record<string, string>;
  onSet: (key: string, value: string) => void;
  onRemove: (key: string) => void;
  onClose: () => void;
}

/** Keep Tab inside the modal dialog (WAI-ARIA dialog pattern). */
function trapFocus(e: KeyboardEvent<HTMLDivElement>) {
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('input, button')];
  const first = items[0], last = items[items.length - 1];
  if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last?.focus(); }
  else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first?.focus(); }
}

export function LabelDialog({ name, labels, onSet, onRemove, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const keyRef = useRef<HTMLInputElement>(null);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  useEffect(() => { keyRef.current?.focus(); }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The core checks the key and value with the API server's rules and wording (kubectl label's errors come
    // back as the action's diagnostics); here only an empty key is stopped.
    if (!key.trim()) { setError(t('graph.labels.invalidKey')); return; }
    onSet(key.trim(), value.trim());
    setKey(''); setValue(''); setError('');
    keyRef.current?.focus();
  };
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));

  return (
    <div className="kg-dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="kg-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="graph-label-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') { e.preventDefault(); onClose(); }
          else if (e.key === 'Tab') trapFocus(e);
          e.stopPropagation();
        }}>
        <h2 id={titleId}>{t('graph.labels.title', { name })}</h2>
        {entries.length === 0 ? <p>{t('graph.labels.none')}</p> : (
          <ul>
            {entries.map(([k, v]) => (
              <li key={k}>
                <span>{k}={v}</span>
                <button type="button" aria-label={t('graph.labels.remove', { key: k })} onClick={() => onRemove(k)}>✕</button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={submit}>
          <label>{t('graph.labels.key')}<input ref={keyRef} value={key} onChange={(e) => setKey(e.target.value)} spellCheck={false} /></label>
          <label>{t('graph.labels.value')}<input value={value} onChange={(e) => setValue(e.target.value)} spellCheck={false} /></label>
          <button type="submit" className="primary">{t('graph.labels.add')}</button>
          {error && <p className="kg-error" role="alert">{error}</p>}
        </form>
        <div className="kg-dialog-actions"><button type="button" onClick={onClose}>{t('graph.labels.close')}</button></div>
      </div>
    </div>
  );
}
