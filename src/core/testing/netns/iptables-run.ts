// Starts iptables-child.ts inside `unshare -rn` (a private user + network namespace made for this run) and
// returns what the real kernel did. Throws with a clear message when a program it needs is missing, unshare
// is not permitted or kube-proxy's nfacct counters cannot be made: the kernel test must fail, not skip, where
// it cannot run.
import { requirePrograms, type Program } from './programs';
import { runChildInNetns } from './run-child';

export interface NetnsProbe {
  id: string;
  host: string;
  port: number;
  count: number;
  /** Bind the client socket to this source address (the client Pod's IP). */
  localAddress?: string;
  timeoutMs?: number;
  /** One connection at a time (for `-m recent`, where order matters). */
  sequential?: boolean;
  /** Wait this long before the probe (to let `-m recent --seconds` run out). */
  pauseMs?: number;
}

export interface NetnsConfig {
  /**
   * iptables-save text to load. Its `-m nfacct` matches need the counters kube-proxy creates at start-up
   * (metrics.go: ct_state_invalid_dropped_pkts, localhost_nps_accepted_pkts); the namespace always has them.
   */
  rules: string;
  /** Put on the namespace's loopback as /32. */
  addresses: string[];
  /** Routed into a device nobody reads: packets there vanish (an unanswered VIP). */
  voidRoutes: string[];
  listeners: Array<{ ip: string; port: number; reply: string }>;
  probes: NetnsProbe[];
  /** SYNs written into a tun device from `clientNet` (they enter through PREROUTING, as from another machine). */
  externalProbes?: { clientNet: string; ipForward?: boolean; /** Also routed out of the tun device (a forwarded SYN reads back as FORWARDED). */ routes?: string[]; probes: Array<{ id: string; src: string; dst: string; dport: number; count: number; timeout?: number }> };
  /** More rulesets to load one after another (each replaces the last) and print back, after the probes. */
  roundTrips?: string[];
  /**
   * Payloads as kube-proxy hands them to iptables-restore, loaded the way it does after the rest: on empty
   * tables, `jumps` (iptables-nft arguments: its chains and the jump rules it installs outside the payload)
   * first, then the payload with --noflush; each printed back.
   */
  kubeProxyPayloads?: Array<{ jumps: string[][]; payload: string }>;
}

export interface NetnsProbeResult {
  id: string;
  /** The listener's reply, or ECONNREFUSED / TIMEOUT / another errno code. */
  results: string[];
}

export interface NetnsResult {
  saved: string;
  probes: NetnsProbeResult[];
  /** iptables-nft-save after loading each of config.roundTrips. */
  roundTrips: string[];
  /** iptables-nft-save after loading each of config.kubeProxyPayloads. */
  payloads: string[];
  /** Per external probe: `SYNACK ip:port`, `RST`, `ICMP type/code`, `FORWARDED` (our SYN routed back out) or `NOTHING`. */
  external: NetnsProbeResult[];
}

/** The programs a run of `config` starts (python3 drives the tun device for packets from outside). */
export function programsFor(config: NetnsConfig): Program[] {
  return ['unshare', 'ip', 'iptables-nft-restore', 'iptables-nft-save', 'nfacct', ...(config.kubeProxyPayloads ? ['iptables-nft' as const] : []),
    ...(config.externalProbes ? ['python3' as const] : [])];
}

export function runInNetns(config: NetnsConfig): NetnsResult {
  requirePrograms('the kernel test', programsFor(config));
  return runChildInNetns<NetnsResult>(new URL('./iptables-child.ts', import.meta.url), config, 'iptables-nft-restore');
}
