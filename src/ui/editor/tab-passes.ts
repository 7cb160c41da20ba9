// Keyboard users meet the editor on their way through the page, and Monaco takes Tab to indent: without this,
// Tab from the page top lands in the editor and stays there, indenting line 1. Tab moves past the editor
// (Monaco's tab focus mode, as an editor option) until the learner types in it; from then Tab indents, as in
// any code editor, and Ctrl+M is Monaco's own switch between the two.
import type * as Monaco from 'monaco-editor';

/** A key that edits the text: a printable character, Enter, Backspace, Delete, or paste / cut / undo. */
export function isEditingKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (mod) return ['v', 'x', 'z', 'y'].includes(e.key.toLowerCase());
  if (e.altKey) return false;
  return e.key.length === 1 || e.key === 'Enter' || e.key === 'Backspace' || e.key === 'Delete';
}

/** Tab passes through `editor` until an editing key; `onPassing` hears each change of mode. */
export function passTabUntilTyping(editor: Monaco.editor.IStandaloneCodeEditor, onPassing: (passing: boolean) => void): Monaco.IDisposable {
  editor.updateOptions({ tabFocusMode: true });
  onPassing(true);
  const sub = editor.onKeyDown((e) => {
    if (!isEditingKey(e.browserEvent)) return;
    editor.updateOptions({ tabFocusMode: false });
    onPassing(false);
    sub.dispose();
  });
  return sub;
}
