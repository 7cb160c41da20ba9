// Monaco, bundled by Vite with its workers (no CDN: the page works offline once loaded), and monaco-yaml with
// the JSON schema generated from the Kubernetes types (scripts/gen-schemas.ts). Loaded after the first graph.
import { monaco } from './monaco-lean';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import YamlWorker from './yaml.worker?worker';
import kubernetesSchema from './schemas/kubernetes.json';

declare global {
  interface Window {
    MonacoEnvironment?: import('monaco-editor').Environment;
  }
}

let configured = false;
let yamlStarted = false;

interface LegacyWorkerOptions {
  label?: string;
  moduleId?: string;
  createData?: unknown;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
}

/**
 * monaco-yaml 5.5 (through monaco-worker-manager 2) calls `editor.createWebWorker({ label, moduleId, createData })`,
 * the API before monaco-editor 0.5x; 0.57 takes `{ worker }` and expects the caller to hand the worker its
 * createData first. This adapter does what monaco's own language features do (monaco-editor
 * esm/vs/internal/common/workers.js createWebWorker): make the worker, post "ignore" then createData.
 */
function withLegacyCreateWebWorker(m: typeof monaco): typeof monaco {
  const createWebWorker = (opts: LegacyWorkerOptions) => {
    const worker = Promise.resolve(window.MonacoEnvironment!.getWorker!('workerMain.js', opts.label ?? 'editorWorkerService')).then((w) => {
      w.postMessage('ignore');
      w.postMessage(opts.createData);
      return w;
    });
    return m.editor.createWebWorker({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels });
  };
  return { ...m, editor: { ...m.editor, createWebWorker } } as unknown as typeof monaco;
}

export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  window.MonacoEnvironment = {
    getWorker(_moduleId: string, label: string) {
      return label === 'yaml' ? new YamlWorker() : new EditorWorker();
    },
  };
  return monaco;
}

/**
 * Schema validation, hover and completion for Kubernetes YAML. Its worker (1 MB) starts as soon as this runs,
 * so the editor calls it once its text is on screen; it validates the models that exist by then.
 */
export function startYamlLanguage(): void {
  if (yamlStarted) return;
  yamlStarted = true;
  configureMonacoYaml(withLegacyCreateWebWorker(monaco), {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    schemas: [
      {
        uri: 'https://k8s-service-playground.local/schemas/kubernetes.json',
        fileMatch: ['**/manifests.yaml'],
        schema: kubernetesSchema as never,
      },
    ],
  });
}

export { monaco };
