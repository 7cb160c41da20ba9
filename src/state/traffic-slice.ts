// Sending requests and stepping through the returned trace. The hops come from the core; this slice only
// keeps which one is shown.
import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_KUBERNETES_VERSION, kubeProxyStartup } from '../core';
import { defaultScenario } from '../scenarios';
import { blocksSend, clampHop, otherProxyMode, requestCheck } from './selectors';
import type { AppState, StoreDeps, TrafficSlice } from './types';
import { StaleReply } from './worker/client';
import { errorCode } from './errors';
import type { RequestOptions, SendOptions } from './worker/core-api';

/** The core's request options for what the UI offers. */
function requestOptions(o: SendOptions): RequestOptions {
  return { client: o.clientKind, keepAlive: o.keepAlive, headlessStrategy: o.headlessStrategy, proxyMode: o.proxyMode };
}

export const createTrafficSlice = (deps: StoreDeps): StateCreator<AppState, [], [], TrafficSlice> => (set, get) => ({
  client: defaultScenario.suggested.client,
  target: defaultScenario.suggested.target,
  options: { clientKind: 'busybox-wget', keepAlive: false, headlessStrategy: 'first', proxyMode: 'iptables' },
  seed: 1,
  sent: 0,
  trace: null,
  activeHop: 0,
  playing: false,
  speed: 1,
  distribution: null,
  distributionCount: 0,
  outcomes: null,
  clientState: undefined,
  sending: false,
  trafficError: null,
  kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
  compareTrace: null,
  sentRequest: null,

  setClient(id) {
    set({ client: id, clientState: undefined, rulesNode: null });
    void get().refreshViews();
  },
  setTarget(target) {
    set({ target });
  },
  setOption(key, value) {
    // Another client program is another experiment: its requests start a new running total.
    if (key === 'clientKind' && value !== get().options.clientKind) get().resetTally();
    set((s) => ({ options: { ...s.options, [key]: value } }));
    if (key === 'proxyMode') void get().refreshViews();
  },

  async send(count) {
    const s = get();
    // The send bar says why beside the button (requestCheck): nothing here fails without a word on screen.
    if (!s.builtFrom || blocksSend(requestCheck(s))) return;
    const request = { from: s.client, url: s.target.trim(), seed: s.seed + s.sent, state: s.clientState, options: requestOptions(s.options) };
    set({ sending: true, trafficError: null });
    try {
      const r = await deps.core.send({ revision: s.builtFrom.revision, request, count });
      set((now) => ({
        sending: false,
        sent: now.sent + count,
        trafficError: r.error ?? null,
        trace: r.trace,
        sentRequest: { client: request.from, target: s.target },
        clientState: r.state,
        activeHop: 0,
        playing: !!r.trace && r.trace.hops.length > 1,
        distribution: count > 1 ? r.distribution : null,
        outcomes: count > 1 ? (r.outcomes ?? null) : null,
        distributionCount: count > 1 ? count : 0,
      }));
      if (count > 1 && r.distribution) get().addToTally({ client: request.from, target: request.url, count, hits: r.distribution, outcomes: r.outcomes ?? {} });
    } catch (e) {
      if (e instanceof StaleReply) return;
      set({ sending: false, trafficError: errorCode(e) });
      return;
    }
    await get().sendOtherMode(request);
  },

  async sendOtherMode(request) {
    const s = get();
    if (!s.modeCompare || !s.builtFrom) {
      if (s.compareTrace) set({ compareTrace: null });
      return;
    }
    // The same request from the same client state and seed, one mode over: nothing of it is kept but its trace.
    const other = { ...request, options: { ...request.options, proxyMode: otherProxyMode(request.options?.proxyMode) } };
    try {
      const r = await deps.core.send({ revision: s.builtFrom.revision, request: other, count: 1 });
      set({ compareTrace: r.trace });
    } catch (e) {
      if (e instanceof StaleReply) return;
      set({ compareTrace: null });
    }
  },

  play() {
    const { trace, activeHop } = get();
    if (!trace) return;
    // Playing from the last hop starts over.
    set({ playing: true, activeHop: activeHop >= trace.hops.length - 1 ? 0 : activeHop });
  },
  pause() {
    set({ playing: false });
  },
  stepForward() {
    const { trace, activeHop } = get();
    if (!trace) return;
    const next = clampHop(activeHop + 1, trace.hops.length);
    set({ activeHop: next });
  },
  stepBack() {
    const { trace, activeHop } = get();
    if (!trace) return;
    set({ activeHop: clampHop(activeHop - 1, trace.hops.length), playing: false });
  },
  setActiveHop(index) {
    const { trace } = get();
    if (!trace) return;
    set({ activeHop: clampHop(index, trace.hops.length), playing: false });
  },
  setSpeed(speed) {
    set({ speed: Math.max(0.25, Math.min(4, speed)) });
  },
  resetClientState() {
    set({ clientState: undefined });
  },
  setKubernetesVersion(version) {
    const changed = version !== get().kubernetesVersion;
    set({ kubernetesVersion: version });
    get().setOption('proxyMode', kubeProxyStartup(version, get().options.proxyMode).defaultMode);
    // The API server's version decides the warnings it sends with the objects: build again under it.
    if (changed) void get().rebuild();
  },
});
