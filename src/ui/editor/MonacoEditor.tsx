// The Monaco editor (lazy chunk). Text flows both ways: typing calls setSource; an outside change (scenario,
// scale action) bumps sourceRevision and the editor takes the store's text. Diagnostics become markers.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { onReveal } from './editor-bridge';
import { markerText } from '../diagnostic-text';
import { appendInPieces, PIECE_CHARS, replaceInPieces, splitIntoPieces } from './large-edits';
import { afterNextPaint, inTurns } from './load-order';
import { setupMonaco, startYamlLanguage } from './monaco-setup';
import { passTabUntilTyping } from './tab-passes';
import type * as Monaco from 'monaco-editor';

const monaco = setupMonaco();
const modelUri = monaco.Uri.parse('file:///manifests.yaml');
/** The folding arrows an editor shows at most (the first ones in the text). */
const FOLDING_REGIONS = 1000;
/** The owner of monaco-yaml's markers (its registerMarkerDataProvider). */
const YAML_MARKER_OWNER = 'yaml';

function themeFor(dark: boolean) {
  return dark ? 'vs-dark' : 'vs';
}

export default function MonacoEditor() {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const revision = useAppStore((s) => s.sourceRevision);
  const diagnostics = useAppStore((s) => s.diagnostics);
  const [tabPasses, setTabPasses] = useState(true);
  const [focused, setFocused] = useState(false);
  /** The editor shows the model: the effects below may use both. */
  const [attached, setAttached] = useState(false);
  /** A large text is going in by pieces (large-edits.ts): the store hears of it once, when it is all in. */
  const filling = useRef(false);

  useEffect(() => {
    const store = getAppStore();
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    let model: Monaco.editor.ITextModel | undefined;
    let editor: Monaco.editor.IStandaloneCodeEditor | undefined;
    /** What of a large text the model was not made with: it goes in by pieces once the editor shows the model. */
    let rest = '';
    const cleanups: (() => void)[] = [];
    // Taking a 680 KB scenario in costs Monaco three pieces of work of about a tenth of a second each on a busy
    // laptop — its text buffer, the editor, the view of the text's lines — so each runs in its own task and the
    // page answers in between, and a large text is made into the model by pieces (the view of its 50,000 lines
    // built in one go held the page). The model is there first: markers and the editor both need it.
    const cancelTurns = inTurns([
      () => {
        model = monaco.editor.getModel(modelUri) ?? undefined;
        if (!model) {
          const source = store.getState().source;
          const first = source.length > PIECE_CHARS ? splitIntoPieces(source)[0]! : source;
          rest = source.slice(first.length);
          model = monaco.editor.createModel(first, 'yaml', modelUri);
        }
        // Bracket pair colouring parses the whole text again on every edit (half a second for a 600 KB paste), and
        // YAML's block style has few brackets to pair. The model keeps its own copy of the option.
        model.updateOptions({ bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false } });
      },
      () => {
        editor = monaco.editor.create(host.current!, {
          model: null,
          theme: themeFor(!!media?.matches),
          automaticLayout: true,
          minimap: { enabled: false },
          // Every edit gives the folding arrows anew, each a decoration: Monaco's default 5,000 (one a document,
          // a mapping, a list for a 5,000-document text) took 0.1–0.3 s per edit to place.
          foldingMaximumRegions: FOLDING_REGIONS,
          bracketPairColorization: { enabled: false },
          guides: { bracketPairs: false },
          fontSize: 13,
          tabSize: 2,
          scrollBeyondLastLine: false,
          wordWrap: 'off',
          renderLineHighlight: 'line',
          // Tab indents YAML; Ctrl+M switches Tab to moving focus (Monaco's tab focus mode), as the label says.
          ariaLabel: t('editor.ariaLabelMonaco'),
          accessibilitySupport: 'auto',
          fixedOverflowWidgets: true,
        });
      },
      () => {
        const ed = editor!;
        const m = model!;
        ed.setModel(m);
        const tabMode = passTabUntilTyping(ed, setTabPasses);
        const onFocus = ed.onDidFocusEditorText(() => setFocused(true));
        const onBlur = ed.onDidBlurEditorText(() => setFocused(false));
        // The YAML language worker competes for the CPU the first paint needs: start it once the lines are drawn.
        const cancelYaml = afterNextPaint(startYamlLanguage);
        // Matching the bracket at the cursor parses every bracket of the text into a tree: 0.2 s after a 680 KB
        // paste, for the odd flow-style `{}` a large scenario may hold; off past 64 KB.
        let matchBrackets: 'always' | 'never' | undefined;
        const matchBracketsForSize = () => {
          const next = m.getValueLength() > 2 * PIECE_CHARS ? 'never' : 'always';
          if (next !== matchBrackets) ed.updateOptions({ matchBrackets: (matchBrackets = next) });
        };
        matchBracketsForSize();
        const sub = m.onDidChangeContent(() => {
          matchBracketsForSize();
          if (!filling.current) store.getState().setSource(m.getValue());
        });
        // A large paste goes in by pieces too (Monaco's own paste takes it in one task).
        const onPaste = (e: ClipboardEvent) => {
          const text = e.clipboardData?.getData('text/plain') ?? '';
          const selection = ed.getSelection();
          if (text.length <= PIECE_CHARS || !selection || filling.current) return;
          e.preventDefault();
          e.stopPropagation();
          filling.current = true;
          const end = m.getOffsetAt(selection.getStartPosition()) + text.length;
          cancelPaste = replaceInPieces(ed, selection, text, () => {
            filling.current = false;
            ed.setPosition(m.getPositionAt(end));
            store.getState().setSource(m.getValue());
          });
        };
        let cancelPaste = () => {};
        const container = ed.getContainerDomNode();
        container.addEventListener('paste', onPaste, true);
        const onScheme = (e: MediaQueryListEvent) => monaco.editor.setTheme(themeFor(e.matches));
        media?.addEventListener('change', onScheme);
        onReveal((line, column) => {
          ed.revealLineInCenter(line);
          ed.setPosition({ lineNumber: line, column });
          ed.focus();
        });
        cleanups.push(() => {
          container.removeEventListener('paste', onPaste, true);
          cancelPaste();
          filling.current = false;
          cancelYaml();
          onReveal(null);
          media?.removeEventListener('change', onScheme);
          sub.dispose();
          tabMode.dispose();
          onFocus.dispose();
          onBlur.dispose();
        });
        // The store's text changing meanwhile is taken in once the rest is in (the effect on `attached` below).
        const attach = () => {
          editorRef.current = ed;
          setAttached(true);
        };
        if (!rest) return attach();
        filling.current = true;
        const cancelRest = appendInPieces(ed, rest, () => {
          filling.current = false;
          attach();
        });
        cleanups.push(cancelRest);
      },
    ]);
    return () => {
      cancelTurns();
      for (const c of cleanups) c();
      editor?.dispose();
      editorRef.current = null;
      setAttached(false);
    };
  }, [t]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const source = getAppStore().getState().source;
    if (model.getValue() === source) return;
    // Keep undo history: an edit the learner can undo with Ctrl+Z. The store has the text already.
    filling.current = true;
    const cancel = replaceInPieces(editor, model.getFullModelRange(), source, () => (filling.current = false));
    return () => {
      cancel();
      filling.current = false;
    };
  }, [revision, attached]);

  useEffect(() => {
    const model = monaco.editor.getModel(modelUri);
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'kubernetes',
      diagnostics.map((d) => ({
        severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        message: markerText(t, d),
        source: d.object,
        startLineNumber: d.line,
        startColumn: d.column,
        endLineNumber: d.endLine ?? d.line,
        endColumn: d.endColumn ?? model.getLineMaxColumn(Math.min(d.line, model.getLineCount())),
      })),
    );
  }, [diagnostics, t, attached]);

  // While the core reports a YAML syntax error, it alone marks it: monaco-yaml's parser words and places the
  // same error differently (other lines, other words), and its schema checks of a broken document mean nothing.
  const syntaxError = diagnostics.some((d) => d.code === 'yaml');
  useEffect(() => {
    const model = monaco.editor.getModel(modelUri);
    if (!model || !syntaxError) return;
    const clear = () => {
      if (monaco.editor.getModelMarkers({ owner: YAML_MARKER_OWNER, resource: modelUri }).length > 0) monaco.editor.setModelMarkers(model, YAML_MARKER_OWNER, []);
    };
    clear();
    // Cleared after the marker event has been delivered: a change made while Monaco is still delivering one
    // leaves the editor's squiggles drawn for markers that are gone.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((u) => u.toString() === modelUri.toString())) {
        clearTimeout(timer);
        timer = setTimeout(clear, 0);
      }
    });
    return () => {
      clearTimeout(timer);
      sub.dispose();
    };
  }, [syntaxError, attached]);

  return (
    <>
      <div ref={host} className="monaco-host" data-testid="monaco" />
      {tabPasses && focused && (
        <p className="editor-tab-hint" data-testid="editor-tab-hint">
          {t('layout.tabHint')}
        </p>
      )}
    </>
  );
}
