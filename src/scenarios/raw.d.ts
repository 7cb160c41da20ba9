// The scenario index imports its YAML files as text (Vite's `?raw`). This declaration lets the core's
// type-check program (tsconfig.core.json includes src/scenarios, without Vite's client types) read index.ts.
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
