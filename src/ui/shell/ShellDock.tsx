// The shell beside the terminals: a title naming where it runs, the place picker (the client Pod, a node, the
// learner's laptop for kubectl, or another Pod kubectl opened), "clear", "new shell" and show/hide, and the xterm
// screen, loaded on its own chunk once the first graph is on screen.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DNSUTILS_IMAGE, findPod, parsePodRef } from '../../core';
import { getAppStore, parseShellPlaceKey, placeOnScreen, shellPlaceKey, type ShellPlace } from '../../state';
import { afterFirstGraph } from '../editor/load-order';
import { useAppStore } from '../use-app-store';
import './shell-dock.css';

const ShellTerminal = lazy(() => import('./ShellTerminal'));
/** The Kubernetes docs' DNS debugging Pod, started as they start it, in the client's namespace. */
const DNSUTILS_NAME = 'dnsutils';
const DNSUTILS_COMMAND = `kubectl run ${DNSUTILS_NAME} --image=${DNSUTILS_IMAGE} -- sleep infinity`;

/** Starts the dnsutils Pod (unless it runs already) and moves the shell into it. */
function openDnsutils(client: string) {
  const store = getAppStore().getState();
  const namespace = parsePodRef(client).namespace;
  const pod = `${namespace}/${DNSUTILS_NAME}`;
  if (!store.cluster || !findPod(store.cluster, pod)) store.applyAction({ type: 'runPod', namespace, name: DNSUTILS_NAME, image: DNSUTILS_IMAGE });
  store.setClient(pod);
  store.setShellPlace({ kind: 'pod', pod });
}
/** Where the shell no longer fits beside the terminals (shell-dock.css stacks it below them). */
const NARROW = '(max-width: 1439px)';

export function ShellDock() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.shellOpen);
  const client = useAppStore((s) => s.client);
  const shellPlace = useAppStore((s) => s.shellPlace);
  const nodeNames = useAppStore((s) => s.cluster?.nodes.map((n) => n.name).join(' ') ?? '');
  const [load, setLoad] = useState(false);
  const [clearSignal, setClearSignal] = useState(0);
  /** The shell takes the terminals' room and grows, for long output. */
  const [expanded, setExpanded] = useState(false);
  useEffect(() => afterFirstGraph(getAppStore(), () => setLoad(true)), []);
  // Narrower than 1440 px the shell would stack under the terminals and push the DNS answers below the window:
  // there it starts folded to its title bar, one click from open.
  useEffect(() => {
    if (window.matchMedia(NARROW).matches) getAppStore().getState().setShellOpen(false);
  }, []);
  const shortPod = (ref: string) => (ref.includes('/') ? ref.slice(ref.indexOf('/') + 1) : ref);
  const pod = shortPod(client);
  const store = getAppStore().getState();
  const place = placeOnScreen({ shellPlace, client });
  const title = place.kind === 'node' ? t('shellPlace.titleNode', { node: place.node })
    : place.kind === 'laptop' ? t('shellPlace.titleLaptop')
      : t('shell.title', { pod: shortPod(place.pod) });
  // The places offered: the client Pod, every node, the laptop, and another Pod when kubectl opened its shell.
  const places: Array<{ place: ShellPlace; label: string }> = [
    { place: { kind: 'pod', pod: client }, label: t('shellPlace.client', { pod }) },
    ...(place.kind === 'pod' && place.pod !== client ? [{ place, label: t('shellPlace.pod', { pod: shortPod(place.pod) }) }] : []),
    ...nodeNames.split(' ').filter(Boolean).map((node) => ({ place: { kind: 'node', node } as ShellPlace, label: t('shellPlace.node', { node }) })),
    { place: { kind: 'laptop' }, label: t('shellPlace.laptop') },
  ];
  return (
    <section className={!open ? 'shell-dock closed' : expanded ? 'shell-dock expanded' : 'shell-dock'} aria-labelledby="shell-title" data-testid="shell-dock">
      <div className="shell-bar">
        <h2 id="shell-title" className="shell-title">{title}</h2>
        {open && (
          <>
            <select
              className="shell-place"
              aria-label={t('shellPlace.label')}
              value={shellPlaceKey(place)}
              onChange={(e) => {
                const next = parseShellPlaceKey(e.target.value);
                if (next) store.setShellPlace(next);
              }}
              data-testid="shell-place"
            >
              {places.map((p) => <option key={shellPlaceKey(p.place)} value={shellPlaceKey(p.place)}>{p.label}</option>)}
            </select>
            <button type="button" className="small" onClick={() => setClearSignal((n) => n + 1)} data-testid="shell-clear">
              {t('shell.clear')}
            </button>
            <button type="button" className="small" onClick={() => store.resetShell()} data-testid="shell-new">
              {t('shell.newShell')}
            </button>
            {pod !== DNSUTILS_NAME && (
              <button type="button" className="small" title={t('dnsutils.startTitle', { command: DNSUTILS_COMMAND })}
                onClick={() => openDnsutils(client)} data-testid="shell-dnsutils">
                {t('dnsutils.start')}
              </button>
            )}
            <button type="button" className="small" aria-pressed={expanded} onClick={() => setExpanded(!expanded)} data-testid="shell-expand">
              {t('shell.expand')}
            </button>
          </>
        )}
        <button type="button" className="small" aria-expanded={open} onClick={() => store.setShellOpen(!open)} data-testid="shell-toggle">
          {open ? t('shell.hide') : t('shell.show')}
        </button>
      </div>
      {open && (
        <div className="shell-body">
          {load ? (
            <Suspense fallback={<p className="muted shell-loading">{t('shell.loading')}</p>}>
              <ShellTerminal clearSignal={clearSignal} />
            </Suspense>
          ) : (
            <p className="muted shell-loading">{t('shell.loading')}</p>
          )}
        </div>
      )}
    </section>
  );
}
