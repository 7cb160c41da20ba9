// The Share button in the header: copies the link at once and says so, then offers the iframe and
// Markdown snippets, the .yaml download and upload, and the graph as SVG or PNG.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportScenarioYaml, getAppStore, scenarioFileName, type ShareLink } from '../../state';
import { useAppStore } from '../use-app-store';
import { copyText, downloadBlob, downloadText, readTextFile } from './files';
import { iframeSnippet, markdownSnippet } from './snippets';
import { parseLanguage } from '../i18n/language';

function CopyField({ label, value, testId, multiline }: { label: string; value: string; testId: string; multiline?: boolean }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const id = useId();
  return (
    <div className="share-field">
      <label htmlFor={id}>{label}</label>
      <div className="share-field-row">
        {multiline ? (
          <textarea id={id} readOnly value={value} rows={3} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input id={id} readOnly value={value} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        )}
        <button type="button" data-testid={`${testId}-copy`} onClick={() => void copyText(value).then(setCopied)}>
          {copied ? t('share.copied') : t('share.copy')}
        </button>
      </div>
      {copied === false && <p className="error-text" role="alert">{t('share.copyFailed')}</p>}
    </div>
  );
}

export function ShareMenu() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<ShareLink | null>(null);
  const [embedLink, setEmbedLink] = useState<ShareLink | null>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const hasActions = useAppStore((s) => s.actions.length > 0);
  const lessonId = useAppStore((s) => s.lessonId);
  const [lessonLinks, setLessonLinks] = useState<{ start: string; withWork: string | null } | null>(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  async function share() {
    const store = getAppStore().getState();
    // The link suggests the language it was made in; the reader's own choice wins.
    const language = parseLanguage(i18n.language);
    const l = store.shareLink({ language });
    setLink(l);
    setEmbedLink(store.shareLink({ embed: true, language }));
    setLessonLinks(store.lessonId === null ? null : {
      start: store.lessonLink(store.lessonId, { withState: false })!.url,
      withWork: store.lessonLink(store.lessonId, { withState: true })?.url ?? null,
    });
    setOpen(true);
    if (!l) return;
    store.recordShared(l.fragment);
    setCopied((await copyText(l.url)) ? 'yes' : 'no');
  }

  async function image(kind: 'svg' | 'png') {
    try {
      // The picture code loads on the first download, not with the page.
      const { exportGraphPng, exportGraphSvg } = await import('../graph/export');
      if (kind === 'svg') downloadText(await exportGraphSvg(), 'cluster-graph.svg', 'image/svg+xml');
      else downloadBlob(await exportGraphPng(), 'cluster-graph.png');
    } catch (e) {
      getAppStore().getState().notify({ imageError: (e as Error).message });
    }
  }

  function downloadYaml(withActions: boolean) {
    const s = getAppStore().getState();
    downloadText(exportScenarioYaml(s.source, withActions ? s.actions : []), scenarioFileName(s.scenarioId), 'application/yaml');
  }

  async function importFile(file: File) {
    const r = await readTextFile(file);
    const store = getAppStore().getState();
    if (!r.ok) return store.notify({ importNotice: { kind: 'error', code: r.code } });
    await store.importText(r.text, file.name);
  }

  return (
    <div className="share-menu" ref={root}>
      <button type="button" className="primary" data-testid="share-button" aria-expanded={open} aria-controls={panelId} onClick={() => void share()}>
        {t('share.button')}
      </button>
      <span className="share-copied" role="status" aria-live="polite" data-testid="share-copied">
        {copied === 'yes' ? t('share.copied') : ''}
      </span>
      {open && (
        <div className="share-panel" id={panelId} role="dialog" aria-label={t('share.menuTitle')} data-testid="share-panel">
          <div className="share-panel-head">
            <h2>{t('share.menuTitle')}</h2>
            <button type="button" aria-label={t('share.close')} onClick={() => setOpen(false)}>×</button>
          </div>
          {link ? (
            <>
              <CopyField label={t('share.link')} value={link.url} testId="share-link" />
              {copied === 'no' && <p className="error-text" role="alert">{t('share.copyFailed')}</p>}
              <p className="muted share-small" data-testid="share-link-length">{t('share.linkLength', { count: link.url.length })}</p>
              {link.dropped.length > 0 && <p className="share-small" data-testid="share-dropped">{t('share.dropped', { fields: link.dropped.join(', ') })}</p>}
              {embedLink && (
                <>
                  <h3>{t('share.embed')}</h3>
                  <CopyField label={t('share.iframe')} value={iframeSnippet(embedLink.url, t('share.iframeTitle'))} testId="share-iframe" multiline />
                  <CopyField label={t('share.markdown')} value={markdownSnippet(link.url, t('share.markdownText'))} testId="share-markdown" />
                </>
              )}
            </>
          ) : (
            <p className="error-text" role="alert">{t('share.storage.too-large')}</p>
          )}
          {lessonId !== null && lessonLinks && (
            <>
              <h3>{t('lessons.link.title')}</h3>
              <CopyField label={t('lessons.link.start')} value={lessonLinks.start} testId="share-lesson-link" />
              {lessonLinks.withWork && <CopyField label={t('lessons.link.withWork')} value={lessonLinks.withWork} testId="share-lesson-work-link" />}
            </>
          )}
          <h3>{t('share.files')}</h3>
          <div className="share-buttons">
            <button type="button" data-testid="export-yaml" onClick={() => downloadYaml(false)}>{t('share.exportYaml')}</button>
            {hasActions && <button type="button" data-testid="export-yaml-actions" onClick={() => downloadYaml(true)}>{t('share.exportYamlActions')}</button>}
            <button type="button" data-testid="import-yaml" onClick={() => fileInput.current?.click()}>{t('share.importYaml')}</button>
            <input
              ref={fileInput}
              type="file"
              accept=".yaml,.yml,.json,application/yaml,text/yaml,text/plain"
              hidden
              data-testid="import-file"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (f) void importFile(f).then(() => setOpen(false));
              }}
            />
            <button type="button" data-testid="reset-scenario" onClick={() => { getAppStore().getState().resetToScenario(); setOpen(false); }}>{t('share.resetScenario')}</button>
          </div>
          <h3>{t('share.image')}</h3>
          <div className="share-buttons">
            <button type="button" data-testid="export-svg" onClick={() => void image('svg')}>{t('share.exportSvg')}</button>
            <button type="button" data-testid="export-png" onClick={() => void image('png')}>{t('share.exportPng')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
