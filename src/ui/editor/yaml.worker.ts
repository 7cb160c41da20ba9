// monaco-yaml's language worker, re-exported from our own file so Vite bundles it as a worker
// (monaco-yaml README, "Why doesn't it work with Vite?"). Its worker server is ours (yaml-worker-server.ts,
// through vite.config.ts): a gate keeps alias bombs and oversized sources from the language service.
import 'monaco-yaml/yaml.worker.js';
