// Address allocation: Pod IPs from the node's pod CIDR, Service cluster IPs from the Service CIDR,
// nodePorts, and LoadBalancer ingress IPs. All allocations hash the object's identity to a preferred
// slot and probe upward, with explicit addresses reserved first, so the same text gives the same
// addresses and adding an unrelated object does not move existing ones (unless two hash to the same
// slot, which the probe resolves in a fixed order).

import { hashParts } from '../util/hash';
import { formatIPv4, parseCIDR, parseIPv4, type CIDR } from '../util/ip';
import {
  DNS_SERVICE_IP,
  KUBERNETES_SERVICE_IP,
  LOAD_BALANCER_POOL_SIZE,
  LOAD_BALANCER_POOL_START,
  NODE_PORT_MAX,
  NODE_PORT_MIN,
  SERVICE_CIDR,
} from './defaults';

/** Ranges up to this size keep one flag per value (a node's Pod range); larger ones (the Service CIDR) a set. */
const FLAG_RANGE_MAX = 1 << 16;

/** A set of taken integers (addresses or ports). */
export class Allocator {
  /** Taken flags for the values first … first + size - 1, when the range is small. */
  private readonly flags: Uint8Array | undefined;
  /** Taken values the flags do not cover (all of them for a large range), made on first use. */
  private others: Set<number> | undefined;
  /** How many values are taken, in the range or not. */
  private count = 0;

  constructor(
    /** First allocatable value. */
    readonly first: number,
    /** Number of allocatable values. */
    readonly size: number,
    /** Dynamic allocation starts at this offset and wraps to the start (KEP-3070 static band). */
    readonly dynamicOffset = 0,
  ) {
    this.flags = size <= FLAG_RANGE_MAX ? new Uint8Array(size) : undefined;
  }

  contains(v: number): boolean {
    return v >= this.first && v < this.first + this.size;
  }

  has(v: number): boolean {
    const i = v - this.first;
    if (this.flags && i >= 0 && i < this.size && Number.isInteger(i)) return this.flags[i] === 1;
    return this.others?.has(v) ?? false;
  }

  private take(v: number): void {
    const i = v - this.first;
    if (this.flags && i >= 0 && i < this.size && Number.isInteger(i)) this.flags[i] = 1;
    else (this.others ??= new Set()).add(v);
    this.count++;
  }

  /** Reserve an explicit value; false if it was already taken. */
  reserve(v: number): boolean {
    if (this.has(v)) return false;
    this.take(v);
    return true;
  }

  /** Give back a value taken by reserve or allocate. */
  release(v: number): void {
    if (!this.has(v)) return;
    const i = v - this.first;
    if (this.flags && i >= 0 && i < this.size && Number.isInteger(i)) this.flags[i] = 0;
    else this.others?.delete(v);
    this.count--;
  }

  /** Allocate the hashed slot for `seed`, probing upward; undefined when full. `avoid` is never returned. */
  allocate(seed: (string | number)[], avoid?: number): number | undefined {
    return this.allocateHashed(hashParts(...seed), avoid);
  }

  /** allocate() with the seed already hashed (hashParts). */
  allocateHashed(hash: number, avoid?: number): number | undefined {
    const dyn = this.size - this.dynamicOffset;
    if (this.count >= this.size) return undefined;
    const start = dyn > 0 ? hash % dyn : 0;
    for (let i = 0; i < this.size; i++) {
      // Probe the dynamic band first, then the static band.
      const slot = i < dyn ? this.dynamicOffset + ((start + i) % dyn) : i - dyn;
      const v = this.first + slot;
      if (v === avoid || this.has(v)) continue;
      this.take(v);
      return v;
    }
    return undefined;
  }
}

/** A node's Pod addresses: .2 to .254 of its /24 (.0 network, .1 the bridge/gateway, .255 broadcast). */
export function podAllocator(podCIDR: string): Allocator {
  const cidr = parseCIDR(podCIDR) as CIDR;
  return new Allocator(cidr.base + 2, cidr.size - 3);
}

/**
 * The Service CIDR 10.96.0.0/12 without its network and broadcast addresses. Dynamic allocation uses
 * the upper band: the first min(max(16, size/16), 256) addresses are kept for static assignment
 * (KEP-3070, pkg/registry/core/service/ipallocator). 10.96.0.1 (kubernetes) and 10.96.0.10 (kube-dns)
 * are reserved up front.
 */
export function serviceIPAllocator(): Allocator {
  const cidr = parseCIDR(SERVICE_CIDR) as CIDR;
  const size = cidr.size - 2;
  const band = Math.min(Math.max(16, Math.floor(size / 16)), 256);
  const a = new Allocator(cidr.base + 1, size, band);
  a.reserve(parseIPv4(KUBERNETES_SERVICE_IP) as number);
  a.reserve(parseIPv4(DNS_SERVICE_IP) as number);
  return a;
}

export function serviceCIDR(): CIDR {
  return parseCIDR(SERVICE_CIDR) as CIDR;
}

/** NodePorts 30000–32767; the static band is min(max(16, size/32), 128) ports (KEP-3668). */
export function nodePortAllocator(): Allocator {
  const size = NODE_PORT_MAX - NODE_PORT_MIN + 1;
  const band = Math.min(Math.max(16, Math.floor(size / 32)), 128);
  return new Allocator(NODE_PORT_MIN, size, band);
}

/** The pretend cloud's LoadBalancer pool: 172.18.255.200 and the next 49 addresses. */
export function loadBalancerAllocator(): Allocator {
  return new Allocator(parseIPv4(LOAD_BALANCER_POOL_START) as number, LOAD_BALANCER_POOL_SIZE);
}

export { formatIPv4, parseIPv4 };
