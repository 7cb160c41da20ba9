// Undo / Redo buttons beside Share: the same history as Ctrl+Z / Ctrl+Shift+Z outside the editor.
import { useTranslation } from 'react-i18next';
import { canRedo, canUndo, getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';

export function UndoButtons() {
  const { t } = useTranslation();
  const undoable = useAppStore(canUndo);
  const redoable = useAppStore(canRedo);
  const { undo, redo } = getAppStore().getState();
  return (
    <div className="undo-buttons" role="group" aria-label={`${t('share.undo')} / ${t('share.redo')}`}>
      <button type="button" data-testid="undo" disabled={!undoable} onClick={undo} aria-keyshortcuts="Control+Z" title={`${t('share.undo')} (Ctrl+Z)`}>
        ↶ <span className="visually-hidden">{t('share.undo')}</span>
      </button>
      <button type="button" data-testid="redo" disabled={!redoable} onClick={redo} aria-keyshortcuts="Control+Shift+Z" title={`${t('share.redo')} (Ctrl+Shift+Z)`}>
        ↷ <span className="visually-hidden">{t('share.redo')}</span>
      </button>
    </div>
  );
}
