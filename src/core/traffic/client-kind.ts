// Which program sends the requests decides what a request remembers from the one before it.
// - 'busybox-wget': the article's `kubectl exec test -- wget -qO- http://…`. Every request is a new wget
//   process: it has no DNS cache (busybox's resolver asks the server every time) and no connection to reuse,
//   so each request asks CoreDNS again, `loadbalance` shuffles the A records of the reply, and wget connects
//   to the first one (busybox libbb/xconnect.c str2sockaddr takes the first IPv4 address getaddrinfo returns).
// - 'app': a long-running application (a JVM, a Go or Node service): it keeps a DNS answer for its TTL
//   (30 s with kubeadm's Corefile, `ttl 30`) and a pool of kept-alive connections (Go net/http keeps an idle
//   one for 90 s), so its requests stick to the Pod it reached first until the answer expires or the
//   connection is closed; it picks among several addresses as its library does (`headlessStrategy`).
import type { HeadlessStrategy, RequestOptions } from './types';

export type ClientKind = 'busybox-wget' | 'app';

export interface ClientBehaviour {
  dnsCache: boolean;
  keepAlive: boolean;
  headlessStrategy: HeadlessStrategy;
}

/**
 * What the request options come to for the client that sends them. Without `client`, the options as given
 * (DNS cache on, keep-alive off unless asked): the core's behaviour before client kinds were named.
 * @example
 * clientBehaviour({ client: 'busybox-wget', keepAlive: true }) // { dnsCache: false, keepAlive: false, headlessStrategy: 'first' }
 */
export function clientBehaviour(opts: RequestOptions): ClientBehaviour {
  switch (opts.client) {
    case 'busybox-wget':
      return { dnsCache: false, keepAlive: false, headlessStrategy: 'first' };
    case 'app':
      return { dnsCache: opts.dnsCache ?? true, keepAlive: opts.keepAlive ?? true, headlessStrategy: opts.headlessStrategy ?? 'first' };
    default:
      return { dnsCache: opts.dnsCache ?? true, keepAlive: opts.keepAlive ?? false, headlessStrategy: opts.headlessStrategy ?? 'first' };
  }
}
