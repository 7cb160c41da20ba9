// The YAML language worker's server, in place of monaco-worker-manager/worker (vite.config.ts points
// monaco-yaml's import of it here): it does what that module does — hands monaco's worker server the
// language service monaco-yaml builds — with the gate of language-service-gate.ts in front of it.
import { initialize as initializeWorker } from 'monaco-editor/esm/vs/editor/editor.worker.js';
import type { worker } from 'monaco-editor';
import { gateService, type Service } from './language-service-gate';

/** monaco-worker-manager's `initialize`, with the gate. */
export function initialize(fn: (ctx: worker.IWorkerContext, createData: unknown) => Service): void {
  self.onmessage = () => {
    initializeWorker((ctx: worker.IWorkerContext, createData: unknown) => {
      const textOf = (uri: string): string | undefined => ctx.getMirrorModels().find((m) => String(m.uri) === uri)?.getValue();
      return Object.create(gateService(fn(ctx, createData), textOf)) as Service;
    });
  };
}
