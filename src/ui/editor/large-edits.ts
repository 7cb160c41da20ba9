// A large text goes into Monaco in pieces, one task each. Monaco takes an edit in one go — its text buffer, the
// view of every line, the decorations — and a 680 KB paste or a dropped 1 MB List held the page for a quarter of a
// second or more in it. Its cost goes with the lines put in (~20 µs a line for the view's line records): a 64 KB
// piece of a scenario, ~2,300 lines, still took 40-100 ms; in 32 KB pieces no one piece is long. The pieces make
// one undoable edit, and the editor is read-only until the last one is in, so nothing typed lands between them.
import type * as Monaco from 'monaco-editor';
import { inTurns } from './load-order';

/** A text longer than this goes in by pieces of at most this size. */
export const PIECE_CHARS = 32 * 1024;

/**
 * `text` cut into pieces of at most PIECE_CHARS, each ending after a line break where it has one: a piece never
 * ends between `\r` and `\n` (Monaco would read a lone `\r` as a line break of its own).
 */
export function splitIntoPieces(text: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + PIECE_CHARS, text.length);
    if (end < text.length) {
      const lineEnd = text.lastIndexOf('\n', end - 1);
      if (lineEnd >= at) end = lineEnd + 1;
    }
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

/**
 * Replaces `range` of the editor's model with `text` as one undoable edit, in pieces of PIECE_CHARS: the first
 * replaces the range, each next one goes after what is in. `done` runs after the last. Returns a cancel function
 * (the model is then left with the pieces put in so far, and the editor writable again).
 */
export function replaceInPieces(editor: Monaco.editor.IStandaloneCodeEditor, range: Monaco.IRange, text: string, done: () => void): () => void {
  const model = editor.getModel();
  if (!model) return () => {};
  if (text.length <= PIECE_CHARS) {
    editor.pushUndoStop();
    editor.executeEdits('playground', [{ range, text }]);
    editor.pushUndoStop();
    done();
    return () => {};
  }
  editor.pushUndoStop();
  // The model's own edit: the editor's (executeEdits) refuses to edit while it is read-only.
  return inPieces(editor, range, text, (target, piece) => model.pushEditOperations(null, [{ range: target, text: piece }], () => null), () => {
    editor.pushUndoStop();
    done();
  }, true);
}

/**
 * Puts `text` after the end of the model, in pieces, as part of what the model was made with: no undo step (the
 * learner's first Ctrl+Z must not take the text away). For a large text the editor opens with: its model is made
 * with the first piece, and the view of 50,000 lines built at once held the page. `done` runs after the last piece.
 */
export function appendInPieces(editor: Monaco.editor.IStandaloneCodeEditor, text: string, done: () => void): () => void {
  const model = editor.getModel();
  if (!model) return () => {};
  const end = model.getFullModelRange().getEndPosition();
  return inPieces(editor, { startLineNumber: end.lineNumber, startColumn: end.column, endLineNumber: end.lineNumber, endColumn: end.column }, text,
    (target, piece) => model.applyEdits([{ range: target, text: piece }]), done, false);
}

/**
 * Puts `text` in place of `range` by `put`, piece after piece, each in its own task (the first one now when
 * `firstNow`), the editor read-only until the last; returns a cancel function (the pieces put in so far stay, the
 * editor is writable again).
 */
function inPieces(
  editor: Monaco.editor.IStandaloneCodeEditor, range: Monaco.IRange, text: string,
  put: (target: Monaco.IRange, piece: string) => void, done: () => void, firstNow: boolean,
): () => void {
  const pieces = splitIntoPieces(text);
  let target = range;
  editor.updateOptions({ readOnly: true });
  const finish = () => editor.updateOptions({ readOnly: false });
  const step = (piece: string, last: boolean) => {
    put(target, piece);
    const next = positionAfter({ lineNumber: target.startLineNumber, column: target.startColumn }, piece);
    target = { startLineNumber: next.lineNumber, startColumn: next.column, endLineNumber: next.lineNumber, endColumn: next.column };
    if (last) {
      finish();
      done();
    }
  };
  const later = firstNow ? pieces.slice(1) : pieces;
  if (firstNow) step(pieces[0]!, pieces.length === 1);
  const cancel = inTurns(later.map((piece, i) => () => step(piece, i === later.length - 1)));
  return () => {
    cancel();
    finish();
  };
}

/**
 * Where `piece`, put in at `start`, ends. Counted from its own line breaks (`\r\n`, `\r` or `\n`, as Monaco reads
 * them) rather than its length: Monaco writes a pasted `\r\n` as the model's line break, which may be one character.
 */
export function positionAfter(start: Monaco.IPosition, piece: string): Monaco.IPosition {
  let lineNumber = start.lineNumber;
  let lineStart = -1;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === 13 && piece.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) {
      lineNumber++;
      lineStart = i + 1;
    }
  }
  return lineStart < 0 ? { lineNumber, column: start.column + piece.length } : { lineNumber, column: piece.length - lineStart + 1 };
}
