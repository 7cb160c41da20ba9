// monaco-editor's worker server entry (its `exports` map hides esm/; vite.config.ts aliases the path).
declare module 'monaco-editor/esm/vs/editor/editor.worker.js' {
  import type { worker } from 'monaco-editor';
  export function initialize(factory: (ctx: worker.IWorkerContext, createData: unknown) => unknown): void;
}
