// Registers the build's service worker (scripts/offline-cache.ts writes it), so the next visit works offline.
// After the page has loaded: installing it downloads every file of the app, which must not compete with the
// first graph. Only in a production build (the dev server has no sw.js).

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((err: unknown) => {
      console.warn('Offline use is not available: the service worker did not register', err);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
