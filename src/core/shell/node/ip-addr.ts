// `ip addr` (iproute2 6.1) on a kind node: lo, the node's eth0 on the Docker network, and in IPVS mode the dummy
// device kube-ipvs0 that kube-proxy binds every Service VIP to (proxier.go syncService: EnsureAddressBind,
// /32, scope global; the device is never set up, so it stays DOWN). MAC addresses are derived from the name,
// as Docker derives eth0's from its IPv4 (02:42 then the address) and the kernel picks kube-ipvs0's at random.
// The per-Pod veth devices the CNI plugin adds are not listed.
import type { ClusterNode } from '../../model/types';
import { fnv1a } from '../../util/hash';

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** A locally administered unicast MAC from a seed, as the kernel's eth_random_addr makes one. */
function randomMac(seed: string): string {
  const h = fnv1a(seed);
  const h2 = fnv1a(`${seed}/2`);
  return [(h & 0xfe) | 0x02, (h >>> 8) & 0xff, (h >>> 16) & 0xff, (h >>> 24) & 0xff, h2 & 0xff, (h2 >>> 8) & 0xff].map(hex2).join(':');
}

/** docker's network driver: 02:42 followed by the container's IPv4 address. */
const dockerMac = (ip: string): string => ['02', '42', ...ip.split('.').map((o) => hex2(Number(o)))].join(':');

const PREFIX = 16;
const broadcast = (ip: string): string => ip.split('.').slice(0, 2).concat(['255', '255']).join('.');

/**
 * `ip addr` on the node numbered `index` (0-based); `ipvsAddresses`: the VIPs on kube-ipvs0 (IPVS mode only).
 * @example formatNodeIpAddr(node, 0, undefined).split('\n')[6] // '2: eth0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default '
 */
export function formatNodeIpAddr(node: ClusterNode, index: number, ipvsAddresses: readonly string[] | undefined): string {
  const lines = [
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '    inet 127.0.0.1/8 scope host lo',
    '       valid_lft forever preferred_lft forever',
    '    inet6 ::1/128 scope host ',
    '       valid_lft forever preferred_lft forever',
    // kind's node containers are veth peers on the Docker bridge; the host end's index follows the node's order.
    `2: eth0@if${index * 2 + 3}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default `,
    `    link/ether ${dockerMac(node.ip)} brd ff:ff:ff:ff:ff:ff link-netnsid 0`,
    `    inet ${node.ip}/${PREFIX} brd ${broadcast(node.ip)} scope global eth0`,
    '       valid_lft forever preferred_lft forever',
  ];
  if (ipvsAddresses) {
    lines.push(
      '3: kube-ipvs0: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN group default qlen 1000',
      `    link/ether ${randomMac(`${node.name}/kube-ipvs0`)} brd ff:ff:ff:ff:ff:ff`,
    );
    for (const ip of ipvsAddresses) lines.push(`    inet ${ip}/32 scope global kube-ipvs0`, '       valid_lft forever preferred_lft forever');
  }
  return lines.join('\n') + '\n';
}
