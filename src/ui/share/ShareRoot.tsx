// The page's root with sharing: the embed view for `?embed`, else the playground with the Share menu in
// its header, the notices, and a drop target for .yaml files. main.tsx renders this instead of <App />.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { App } from '../App';
import { EmbedApp } from './EmbedApp';
import { readTextFile } from './files';
import { notify } from './notices';
import { Notices } from './Notices';
import { getShareSession } from './session-context';
import { ShareMenu } from './ShareMenu';
import './share.css';
import { UndoButtons } from './UndoButtons';
import { useUndoRedo } from './useUndoRedo';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overFn = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Never let the browser navigate to the dropped file (the learner's text would be gone).
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      void readTextFile(file).then((r) => (r.ok ? getShareSession().importText(r.text, file.name) : notify({ importNotice: { kind: 'error', code: r.code } })));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overFn);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}

function Playground() {
  const { t } = useTranslation();
  const over = useFileDrop();
  useUndoRedo(getAppStore());
  return (
    <>
      <App headerActions={<><UndoButtons /><ShareMenu /></>} />
      <Notices />
      {over && (
        <div className="share-drop" data-testid="drop-overlay" aria-hidden="true">
          <p>{t('share.dropHere')}</p>
        </div>
      )}
    </>
  );
}

export function ShareRoot() {
  const session = getShareSession();
  return session.embed ? <EmbedApp /> : <Playground />;
}
