// A large text goes into Monaco in pieces, one task each. Monaco takes an edit in one go — its text buffer, the
// view of every line, the decorations — and a 680 KB paste or a dropped 1 MB List held the page for a quarter of a
// second or more in it; in 64 KB pieces no one piece is long. The pieces make one undoable edit, and the editor is
// read-only until the last one is in, so nothing typed lands between them.
import type * as Monaco from 'monaco-editor';
import { inTurns } from './load-order';

/** A text longer than this goes in by pieces of this size. */
export const PIECE_CHARS = 64 * 1024;

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
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PIECE_CHARS) pieces.push(text.slice(at, at + PIECE_CHARS));
  let offset = model.getOffsetAt({ lineNumber: range.startLineNumber, column: range.startColumn });
  editor.updateOptions({ readOnly: true });
  editor.pushUndoStop();
  // The model's own edit: the editor's (executeEdits) refuses to edit while it is read-only.
  const put = (piece: string, target: Monaco.IRange) => {
    model.pushEditOperations(null, [{ range: target, text: piece }], () => null);
    offset += piece.length;
  };
  put(pieces[0]!, range);
  const finish = () => {
    editor.pushUndoStop();
    editor.updateOptions({ readOnly: false });
  };
  const cancel = inTurns(pieces.slice(1).map((piece, i, rest) => () => {
    const at = model.getPositionAt(offset);
    put(piece, { startLineNumber: at.lineNumber, startColumn: at.column, endLineNumber: at.lineNumber, endColumn: at.column });
    if (i === rest.length - 1) {
      finish();
      done();
    }
  }));
  return () => {
    cancel();
    finish();
  };
}
