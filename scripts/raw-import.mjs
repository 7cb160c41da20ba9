// Vite's `?raw` imports (the scenarios' YAML as text) for scripts run by tsx in plain Node: the file's text as
// the module's default export, as Vite gives it to the app.
import { register } from 'node:module';

register('./raw-import-hooks.mjs', import.meta.url);
