// Starts nftables-child.ts inside `unshare -rn` (a private user + network namespace made for this run) and returns
// what the real nft and kernel did. Throws with a clear message when a program it needs is missing or unshare is
// not permitted: the nftables kernel test must fail, not skip, where it cannot run.
import { runChildInNetns } from './run-child';
import type { NetnsConfig, NetnsProbe, NetnsProbeResult } from './iptables-run';
import { requirePrograms } from './programs';

export interface NftNetnsConfig {
  /** `nft -f` inputs, loaded one after another on an empty ruleset; `nft list ruleset` is read after each. */
  loads: string[];
  /** Put on the namespace's loopback as /32. */
  addresses: string[];
  /** Routed into a device nobody reads: packets there vanish (a Service IP nothing answers for). */
  voidRoutes: string[];
  listeners: Array<{ ip: string; port: number; reply: string }>;
  /** Run after the first load (with its rules in place). */
  probes: NetnsProbe[];
  /** SYNs from outside the node, written into a tun device after the first load (as in the iptables harness). */
  externalProbes?: NetnsConfig['externalProbes'];
}

export interface NftNetnsResult {
  /** `nft list ruleset` after each load. */
  listed: string[];
  probes: NetnsProbeResult[];
  /** Per external probe: `SYNACK ip:port`, `RST`, `ICMP type/code`, `FORWARDED` or `NOTHING`. */
  external: NetnsProbeResult[];
}

export function runNftInNetns(config: NftNetnsConfig): NftNetnsResult {
  // python3 drives the tun device that stands for the wire, for packets from outside the node.
  requirePrograms('the nftables kernel test', ['unshare', 'ip', 'nft', ...(config.externalProbes ? ['python3' as const] : [])]);
  return runChildInNetns<NftNetnsResult>(new URL('./nftables-child.ts', import.meta.url), config, 'nft');
}
