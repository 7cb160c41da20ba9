// The xterm.js screen of the client Pod's shell (loaded lazily: xterm is the largest thing the shell needs). The
// store keeps the lines and what they printed; this component draws them, edits the line being typed
// (line-editor.ts), completes it (completion.ts), and runs it through the store when Enter is pressed.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { WebLinksAddon } from '@xterm/addon-web-links';
import '@xterm/xterm/css/xterm.css';
import { CONTINUATION_PROMPT, newShellSession, SHELL_INTERRUPT, shellPrompt, shellWords, type ShellAt, type ShellNote } from '../../core';
import { getAppStore, placeOnScreen, type AppState, type ShellLineResult, type ShellPlace } from '../../state';
import { errorText } from '../error-text';
import { completeLine } from './completion';
import { applyInput, emptyLine, type LineState } from './line-editor';
import { aside, echoedLine, inert, note } from './terminal-text';
import { shellHintName, shellHintTools } from './hint';

/** Where a session for `place` opens. */
const atOf = (place: ShellPlace): ShellAt => (place.kind === 'pod' ? { pod: place.pod } : place.kind === 'node' ? { node: place.node } : { laptop: true });

/** The primary prompt where the shell runs: it depends on the Pod's image (ash's `/ # `, dash's `# `). */
const placePrompt = (s: AppState): string => {
  const at = atOf(placeOnScreen(s));
  return shellPrompt(s.cluster ? newShellSession(s.cluster, at) : at);
};

/** The prompt to draw: where the shell runs, or PS2 while an unfinished command waits for more lines. */
const promptOf = (s: AppState): string => (s.shellSession?.pending !== undefined ? CONTINUATION_PROMPT : placePrompt(s));

/** Lines kept above the screen: a session of 50 commands with the nginx page printed a few times fits. */
const SCROLLBACK = 5000;

const ESC = '\u001b';
/**
 * Home, erase the screen and the scrollback. Written, not called (term.clear()/reset() act at once), so it keeps
 * its place among the writes xterm has not parsed yet.
 */
const CLEAR_SCREEN = `${ESC}[H${ESC}[2J${ESC}[3J`;
/** One escape sequence (an arrow, Home, Delete), one newline, or a run of text. */
const KEY_OR_TEXT = new RegExp(`${ESC}(?:\\[[0-9;]*[A-Za-z~]|O[A-Za-z])|[\\r\\n]|[^${ESC}\\r\\n]+|${ESC}`, 'g');

export default function ShellTerminal({ clearSignal }: { clearSignal: number }) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const termRef = useRef<Terminal | null>(null);
  // The component's words, current in the terminal's callbacks without re-creating it.
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const store = getAppStore();
    const term = new Terminal({
      convertEol: true,
      screenReaderMode: true,
      cursorBlink: true,
      scrollback: SCROLLBACK,
      fontSize: 13,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      theme: { background: '#0f1419', foreground: '#e6e6e6', cursor: '#e6e6e6', selectionBackground: '#334155' },
    });
    termRef.current = term;
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.loadAddon(new WebLinksAddon());
    term.open(el);
    term.textarea?.setAttribute('data-testid', 'shell-input');
    const refit = () => {
      try {
        fit.fit();
      } catch {
        // Not laid out yet (a hidden panel): the next resize fits it.
      }
    };
    refit();
    const resizes = new ResizeObserver(refit);
    resizes.observe(el);

    let line: LineState = emptyLine;
    /** The prompt of the place on screen. */
    let prompt = promptOf(store.getState());
    /** The terminal's cursor, as an offset into the line after the prompt; null: no prompt on screen. */
    let drawnAt: number | null = null;
    let written = 0;
    /** The line that was echoed when Enter was pressed and has not printed yet. */
    let pending: string | null = null;
    /** Keys typed (or pasted) while a line runs: fed in once it is done, as a terminal's type-ahead. */
    let typeAhead = '';

    const tt = (key: string, opts?: Record<string, unknown>) => tRef.current(key, opts ?? {});
    const notesText = (notes: ShellNote[]) => notes.map((n) => note(tt(`shell.note.${n.code}`, { command: n.command }))).join('');

    /** Draws the prompt and the line, replacing what was drawn (a line may wrap over several rows). */
    function drawLine() {
      const cols = Math.max(1, term.cols);
      const p = prompt.length;
      let s = '';
      if (drawnAt !== null) {
        const up = Math.floor((p + drawnAt) / cols);
        s += `${up ? `\x1b[${up}A` : ''}\r\x1b[J`;
      }
      s += prompt + line.text;
      const end = p + line.text.length;
      const cur = p + line.cursor;
      // At a row's last column xterm waits to wrap; a newline puts the cursor where the next character goes.
      if (end > 0 && end % cols === 0) s += '\r\n';
      const rowsUp = Math.floor(end / cols) - Math.floor(cur / cols);
      s += `${rowsUp ? `\x1b[${rowsUp}A` : ''}\r${cur % cols ? `\x1b[${cur % cols}C` : ''}`;
      term.write(s);
      drawnAt = line.cursor;
    }

    /** Moves below the line being edited, leaving it on screen. */
    function leaveLine(suffix = '') {
      if (drawnAt !== null) {
        const cols = Math.max(1, term.cols);
        const p = prompt.length;
        const down = Math.floor((p + line.text.length) / cols) - Math.floor((p + drawnAt) / cols);
        term.write(`${down > 0 ? `\x1b[${down}B` : ''}${suffix}\r\n`);
      }
      drawnAt = null;
    }

    function hint(s: AppState): string {
      const place = placeOnScreen(s);
      if (place.kind === 'node') return aside(tt('shellPlace.hintNode', { node: place.node }));
      if (place.kind === 'laptop') return aside(tt('shellPlace.hintLaptop', { command: 'kubectl get pods -o wide' }));
      const name = s.cluster ? shellHintName(s.cluster, place.pod) : null;
      const tools = s.cluster ? shellHintTools(s.cluster, place.pod) : 'busybox';
      if (name && tools === 'dnsutils') return aside(tt('dnsutils.hint', { name, fqdn: `${name}.${place.pod.split('/')[0]}.svc.${s.cluster?.clusterDomain ?? 'cluster.local'}` }));
      if (name && tools === 'curl') return aside(tt('dnsutils.hintCurl', { name }));
      return aside(name && tools === 'busybox' ? tt('shell.hint', { name }) : tt('shell.hintNoService'));
    }

    function entryText(e: ShellLineResult, echo: boolean): string {
      return (echo ? echoedLine(e, e.continued ? CONTINUATION_PROMPT : placePrompt(store.getState())) : '') + inert(e.output) + notesText(e.notes);
    }

    function promptOrEnd(s: AppState) {
      if (s.shellSession?.exited) {
        term.write(aside(tt('shell.ended')));
        drawnAt = null;
        return;
      }
      prompt = promptOf(s);
      drawLine();
    }

    function writeAll(s: AppState) {
      drawnAt = null;
      prompt = promptOf(s);
      term.write(CLEAR_SCREEN + hint(s));
      term.write(s.shellEntries.map((e) => entryText(e, true)).join(''));
      written = s.shellEntries.length;
      if (pending === null && !s.shellBusy) promptOrEnd(s);
    }

    function feed(data: string) {
      const s = store.getState();
      if (pending !== null || s.shellBusy) {
        typeAhead += data;
        return;
      }
      if (s.shellSession?.exited) {
        if (/[\r\n]/.test(data)) {
          line = emptyLine;
          s.resetShell();
        }
        return;
      }
      const ev = applyInput(line, data, s.shellLines.filter((l) => l !== SHELL_INTERRUPT));
      switch (ev.kind) {
        case 'edit':
          line = ev.line;
          drawLine();
          return;
        case 'interrupt':
          leaveLine('^C');
          line = emptyLine;
          if (s.shellSession?.pending !== undefined) {
            // Ctrl+C at PS2 drops the unfinished loop: a line of its own, so a link's replay drops it too.
            pending = SHELL_INTERRUPT;
            void s.runShellLine(SHELL_INTERRUPT);
            return;
          }
          drawLine();
          return;
        case 'clear-screen':
          drawnAt = null;
          term.write(CLEAR_SCREEN);
          drawLine();
          return;
        case 'complete': {
          const words = s.cluster ? shellWords(s.cluster, s.shellSession ?? newShellSession(s.cluster, atOf(placeOnScreen(s)))) : { commands: [], names: [] };
          const c = completeLine(ev.line, words);
          line = c.line;
          if (c.list.length) {
            leaveLine();
            term.write(`${c.list.slice(0, 200).join('  ')}\n`);
          }
          drawLine();
          return;
        }
        case 'submit': {
          line = { ...line, text: ev.line, cursor: ev.line.length };
          drawLine();
          leaveLine();
          line = emptyLine;
          typeAhead = ev.rest + typeAhead;
          if (ev.line.trim() === '') {
            drawLine();
            flushTypeAhead();
            return;
          }
          pending = ev.line;
          void s.runShellLine(ev.line);
          return;
        }
        case 'none':
          return;
      }
    }

    function flushTypeAhead() {
      if (!typeAhead || pending !== null) return;
      const data = typeAhead;
      typeAhead = '';
      // Keys one by one (arrows are one escape sequence each); text up to each newline as one paste.
      const parts = data.match(KEY_OR_TEXT) ?? [];
      for (const [i, part] of parts.entries()) {
        feed(part);
        if (pending !== null) {
          typeAhead = parts.slice(i + 1).join('') + typeAhead;
          return;
        }
      }
    }

    function onStore(s: AppState, prev: AppState) {
      if (s.shellEntries === prev.shellEntries && s.shellBusy === prev.shellBusy && s.shellError === prev.shellError && s.cluster === prev.cluster
        && s.shellScreen === prev.shellScreen) return;
      if (s.shellScreen !== prev.shellScreen || s.shellEntries.length < written || (s.shellEntries !== prev.shellEntries && s.shellEntries.length === 0)) {
        // A new shell (another place or client, a new source, a link replayed, `exit` then Enter).
        pending = null;
        typeAhead = '';
        line = emptyLine;
        writeAll(s);
        return;
      }
      // A shell with nothing typed yet whose Pod has just appeared (a client started a moment ago): its image
      // decides the hint's programs.
      if (written === 0 && pending === null && line.text === '' && s.cluster !== prev.cluster && hint(s) !== hint(prev)) {
        writeAll(s);
        return;
      }
      if (s.shellEntries.length > written) {
        if (drawnAt !== null && pending === null) {
          // A replay while the prompt was on screen: the lines go above it.
          term.write('\r\x1b[J');
          drawnAt = null;
        }
        let text = '';
        for (const e of s.shellEntries.slice(written)) {
          text += entryText(e, pending !== e.line);
          pending = null;
        }
        term.write(text);
        written = s.shellEntries.length;
      }
      if (s.shellError && s.shellError !== prev.shellError) {
        term.write(aside(errorText(tRef.current, s.shellError)));
        pending = null;
      }
      if (!s.shellBusy && pending === null && drawnAt === null) {
        promptOrEnd(s);
        flushTypeAhead();
      }
    }

    // Ctrl+C copies when text is selected (and interrupts otherwise); Ctrl+V and Ctrl+Shift+C/V are the
    // browser's copy and paste, which xterm receives as a paste.
    term.attachCustomKeyEventHandler((e) => {
      if (e.type !== 'keydown') return true;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && key === 'c' && (e.shiftKey || term.hasSelection())) {
        if (term.hasSelection()) void navigator.clipboard?.writeText(term.getSelection()).catch(() => undefined);
        return false;
      }
      if ((e.ctrlKey || e.metaKey) && key === 'v') return false;
      return true;
    });
    const input = term.onData(feed);
    writeAll(store.getState());
    const unsubscribe = store.subscribe(onStore);
    return () => {
      unsubscribe();
      input.dispose();
      resizes.disconnect();
      term.dispose();
      termRef.current = null;
    };
  }, []);

  // The panel's "clear" button: the screen empties to the prompt, as Ctrl+L does.
  useEffect(() => {
    const term = termRef.current;
    if (!term || clearSignal === 0) return;
    term.input('\x0c', false);
    term.focus();
  }, [clearSignal]);

  return <div className="shell-screen" ref={host} data-testid="shell-screen" />;
}
