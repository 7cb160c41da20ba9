// The core worker, started by index.html while the app's own script is still downloading (the production build
// inlines `earlyWorkerScript`; vite.config.ts). Chromium starts a worker only when the page's main thread is
// free, and the app's first render keeps it busy for 100–400 ms; started from the HTML, the worker has booted
// by the time the app asks for its first build, and builds while the page renders its shell.

declare global {
  interface Window {
    /** Set by the inline script: the started worker, or null if it failed to start. */
    kspCoreWorker?: Worker | null;
  }
}

/** The inline script for index.html: starts the core worker at `url` (a worker that fails to start is dropped). */
export function earlyWorkerScript(url: string): string {
  return `(function(){try{var w=new Worker(${JSON.stringify(url)},{type:"module"});w.onerror=function(){w.terminate();window.kspCoreWorker=null};window.kspCoreWorker=w}catch(e){}})()`;
}

/** The worker index.html started, handed out once; undefined without one (dev server, tests, a failed start). */
export function takeEarlyWorker(): Worker | undefined {
  if (typeof window === 'undefined') return undefined;
  const worker = window.kspCoreWorker ?? undefined;
  delete window.kspCoreWorker;
  return worker;
}
