// The Kubernetes minor a learner is looking at, and what kube-proxy of that minor does at startup in a mode: the
// mode it defaults to and the messages it logs. Sources: kubernetes/kubernetes cmd/kube-proxy/app/server_linux.go
// createProxier (`logger.Info("Using iptables Proxier")`, and alike for ipvs and nftables); the IPVS deprecation
// message added by PR #134539 for 1.35 (the text as v1.36's server_linux.go and real kube-proxy logs print it);
// the unset-mode warning of 1.37 (PR #139957), whose log text is not quoted here because it could not be sourced;
// pkg/proxy/apis/config defaulting (an empty mode means iptables on Linux in every minor offered).
import type { ProxyMode } from './types';

/** Minors with kube-proxy's nftables mode GA (1.33, KEP-3866) up to the newest whose sources were read. */
export const KUBERNETES_VERSIONS = ['1.33', '1.34', '1.35', '1.36', '1.37'] as const;
export type KubernetesVersion = (typeof KUBERNETES_VERSIONS)[number];
/** What a link without a version means. */
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = '1.35';

/** What the UI words about a minor and mode. */
export type KubeProxyNote =
  /** IPVS mode is deprecated (1.35+, KEP-5495). */
  | 'ipvs-deprecated'
  /** 1.37+: kube-proxy warns when `mode` is left unset, because the default moves to nftables (KEP-5343). */
  | 'unset-mode-warning';

export interface KubeProxyStartup {
  /** The mode kube-proxy takes when its configuration leaves `mode` empty. */
  defaultMode: ProxyMode;
  /** Messages kube-proxy logs for this mode as it starts, verbatim. */
  log: string[];
  notes: KubeProxyNote[];
}

const PROXIER: Record<ProxyMode, string> = { iptables: 'Using iptables Proxier', nftables: 'Using nftables Proxier', ipvs: 'Using ipvs Proxier' };
const IPVS_DEPRECATED = "The ipvs proxier is now deprecated and may be removed in a future release. Please use 'nftables' instead.";

const minor = (v: KubernetesVersion): number => Number(v.split('.')[1]);

/**
 * kube-proxy of `version` starting in `mode`.
 *
 * @example
 * kubeProxyStartup('1.35', 'ipvs').log[1]; // "The ipvs proxier is now deprecated and may be removed in a future release. Please use 'nftables' instead."
 */
export function kubeProxyStartup(version: KubernetesVersion, mode: ProxyMode): KubeProxyStartup {
  const m = minor(version);
  const log = [PROXIER[mode]];
  const notes: KubeProxyNote[] = [];
  if (mode === 'ipvs' && m >= 35) {
    log.push(IPVS_DEPRECATED);
    notes.push('ipvs-deprecated');
  }
  if (mode === 'iptables' && m >= 37) notes.push('unset-mode-warning');
  return { defaultMode: 'iptables', log, notes };
}

/** A version from a link or a menu, or undefined for anything else. */
export const parseKubernetesVersion = (s: string): KubernetesVersion | undefined => KUBERNETES_VERSIONS.find((v) => v === s);
