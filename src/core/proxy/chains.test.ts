import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../util/sha256';
import { endpointChainName, formatFixedProbability, payloadProbability, probabilityFixed, savedProbability, serviceChainName } from './chains';

// Verified vectors: chain names printed by kube-proxy's own tests (pkg/proxy/iptables/proxier_test.go), issue dumps and logs.
const svcCases = [
  { name: 'ns1/svc1:p80', proto: 'tcp', want: 'KUBE-SVC-XPGD46QRK7WJZT7O' },
  { name: 'ns2/svc2:p80', proto: 'tcp', want: 'KUBE-SVC-GNZBNJ2PO5MGZ6GT' },
  { name: 'ns3/svc3:p80', proto: 'tcp', want: 'KUBE-SVC-X27LE4BHSL4DOUIK' },
  { name: 'ns4/svc4:p80', proto: 'tcp', want: 'KUBE-SVC-4SW47YFZTEDKD3PK' },
  { name: 'ns5/svc5:p80', proto: 'tcp', want: 'KUBE-SVC-NUKIZ6OKUXPJNT4C' },
  { name: 'default/kubernetes:https', proto: 'tcp', want: 'KUBE-SVC-NPX46M4PTMTKRN6Y' },
  { name: 'kube-system/kube-dns:dns', proto: 'udp', want: 'KUBE-SVC-TCOU7JCQXEZGVUNU' },
  { name: 'kube-system/kube-dns:dns-tcp', proto: 'tcp', want: 'KUBE-SVC-ERIFXISQEP7F7OF4' },
  { name: 'kube-system/kube-dns:metrics', proto: 'tcp', want: 'KUBE-SVC-JD5MR3NA4I4DYORP' },
  { name: 'default/nginx-service', proto: 'tcp', want: 'KUBE-SVC-V2OKYYMBY3REGZOG' },
];
const sepCases = [
  { name: 'ns1/svc1:p80', proto: 'tcp', ep: '10.180.0.1:80', want: 'KUBE-SEP-SXIVWICOYRO3J4NJ' },
  { name: 'ns4/svc4:p80', proto: 'tcp', ep: '10.180.0.5:80', want: 'KUBE-SEP-C6EBXVWJJZMIWKLZ' },
  { name: 'default/kubernetes:https', proto: 'tcp', ep: '172.18.0.2:6443', want: 'KUBE-SEP-V2PECCYPB6X2GSCW' },
  { name: 'default/nginx-service', proto: 'tcp', ep: '10.42.0.8:80', want: 'KUBE-SEP-LNMZPQ2U2A5TEEGP' },
  { name: 'kube-system/kube-dns:dns', proto: 'udp', ep: '10.244.0.10:53', want: 'KUBE-SEP-R7EMXN5TTQQVP4UW' },
  { name: 'default/web:http', proto: 'tcp', ep: '10.244.1.5:8080', want: 'KUBE-SEP-AFGSLHOD2HFNCBX4' },
  { name: 'default/sticky:http', proto: 'tcp', ep: '10.244.1.5:8080', want: 'KUBE-SEP-5JVIOGTSXP5GUM2F' },
];

describe('chain names (kube-proxy portProtoHash)', () => {
  it.each(svcCases)('$name + $proto → $want', ({ name, proto, want }) => {
    expect(serviceChainName('KUBE-SVC-', name, proto)).toBe(want);
  });
  it.each(sepCases)('$name + $proto + $ep → $want', ({ name, proto, ep, want }) => {
    expect(endpointChainName(name, proto, ep)).toBe(want);
  });
  it('EXT/SVL/FW share the SVC hash', () => {
    expect(serviceChainName('KUBE-FW-', 'ns5/svc5:p80', 'tcp')).toBe('KUBE-FW-NUKIZ6OKUXPJNT4C');
    expect(serviceChainName('KUBE-EXT-', 'ns2/svc2:p80', 'tcp')).toBe('KUBE-EXT-GNZBNJ2PO5MGZ6GT');
  });
});

describe('sha256', () => {
  const inputs = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(1000), 'ünïcødé ✓ 𝄞'];
  it.each(inputs.map((s) => ({ s })))('matches node:crypto for %#', ({ s }) => {
    expect(Buffer.from(sha256(s)).toString('hex')).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });
});

describe('probabilities as iptables-save prints them', () => {
  // kube-proxy.md §3.2: 2, 3 and 5 observed in real output; the rest computed by libxt_statistic's formula.
  const cases = [
    { n: 2, payload: '0.5000000000', want: '0.50000000000' },
    { n: 3, payload: '0.3333333333', want: '0.33333333349' },
    { n: 4, payload: '0.2500000000', want: '0.25000000000' },
    { n: 5, payload: '0.2000000000', want: '0.20000000019' },
    { n: 6, payload: '0.1666666667', want: '0.16666666651' },
    { n: 7, payload: '0.1428571429', want: '0.14285714272' },
    { n: 8, payload: '0.1250000000', want: '0.12500000000' },
    { n: 9, payload: '0.1111111111', want: '0.11111111101' },
    { n: 10, payload: '0.1000000000', want: '0.10000000009' },
  ];
  it.each(cases)('1/$n', ({ n, payload, want }) => {
    expect(payloadProbability(n)).toBe(payload);
    expect(savedProbability(n)).toBe(want);
  });
  it('prints the fixed point exactly, ties to even', () => {
    expect(formatFixedProbability(0x80000000)).toBe('1.00000000000');
    expect(formatFixedProbability(1 << 19)).toBe('0.00024414062'); // 0.000244140625 exactly: a tie
    expect(probabilityFixed(2)).toBe(0x40000000);
  });
});
