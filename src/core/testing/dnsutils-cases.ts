// The commands typed in the dnsutils Pod whose output is held to bind's real dig, host and nslookup
// (testdata/golden/dnsutils, src/core/shell/dnsutils.golden.test.ts). Each is run as argv (no shell) by the real
// program and as a line by our shell; `shuffled` marks replies with several records, whose order is CoreDNS
// loadbalance's shuffle (seeded differently in the capture's server and in a shell session).
export interface DnsutilsCase { line: string; shuffled?: boolean }

export interface DnsutilsJob { cluster: 'seed' | 'dns-test'; pod: string; seed: number; cases: DnsutilsCase[] }

const seed: DnsutilsCase[] = [
  { line: 'dig +short web-service.default.svc.cluster.local' },
  { line: 'dig +noall +answer web-service.default.svc.cluster.local' },
  { line: 'dig +noall +answer mysql-headless.default.svc.cluster.local', shuffled: true },
  { line: 'dig +search web-service' },
  { line: 'dig +short +search mysql-0.mysql-headless' },
  { line: 'dig web-service' },
  { line: 'dig -x 10.244.1.5' },
  { line: 'dig +short -x 10.96.100.50' },
  { line: 'dig @10.96.0.10 +noall +answer web-service.default.svc.cluster.local' },
  { line: 'dig -t SRV +noall +answer _mysql._tcp.mysql-headless.default.svc.cluster.local', shuffled: true },
  { line: 'dig +short _mysql._tcp.mysql-headless.default.svc.cluster.local SRV', shuffled: true },
  { line: 'dig web-service.default.svc.cluster.local AAAA' },
  { line: 'dig +noall +answer nosuch.default.svc.cluster.local' },
  { line: 'dig web-service.default.svc.cluster.local kubernetes.default.svc.cluster.local' },
  { line: 'host web-service' },
  { line: 'host mysql-headless', shuffled: true },
  { line: 'host mysql-0.mysql-headless' },
  { line: 'host nosuch' },
  { line: 'host 10.96.100.50' },
  { line: 'host 10.244.9.9' },
  { line: 'host -t SRV _mysql._tcp.mysql-headless', shuffled: true },
  { line: 'host -t AAAA web-service' },
  { line: 'host -t srv web-service' },
  { line: 'host web-service 10.96.0.10' },
  { line: 'host kubernetes.default' },
  { line: 'nslookup web-service' },
  { line: 'nslookup mysql-headless', shuffled: true },
  { line: 'nslookup mysql-0.mysql-headless' },
  { line: 'nslookup nosuch' },
  { line: 'nslookup 10.96.100.50' },
  { line: 'nslookup 10.244.9.9' },
  { line: 'nslookup -type=srv _mysql._tcp.mysql-headless.default.svc.cluster.local', shuffled: true },
  { line: 'nslookup -type=aaaa web-service' },
  { line: 'nslookup -type=a nosuch' },
  { line: 'nslookup web-service 10.96.0.10' },
  { line: 'nslookup web-service.default' },
  { line: 'nslookup kubernetes.default' },
  { line: 'nslookup -type=bogus web-service' },
];

const shop: DnsutilsCase[] = [
  { line: 'host ext-internal.default' },
  { line: 'nslookup ext-internal.default' },
  { line: 'dig +short ext-internal.default.svc.cluster.local' },
  { line: 'nslookup -type=srv es.default.svc.cluster.local', shuffled: true },
  { line: 'host cart' },
];

export const DNSUTILS_JOBS: DnsutilsJob[] = [
  { cluster: 'seed', pod: 'default/test', seed: 42, cases: seed },
  { cluster: 'dns-test', pod: 'shop/client', seed: 7, cases: shop },
];

/** The golden file of a case: `host -t SRV web` → `host--t-srv-web.txt`. */
export function dnsutilsGoldenName(line: string): string {
  return `${line.toLowerCase().replace(/[^a-z0-9.@+-]+/g, '-').replace(/^-|-$/g, '')}.txt`;
}
