// The tracer port checked the way upstream checks its own: kube-proxy proxier_test.go TestTracePacket, its
// static rules (kube-proxy's restore payload, testdata/golden/proxy/kube-proxy-TestTracePacket.rules.txt) and its
// cases, verbatim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIptablesSave } from '../proxy/parse';
import { PROXIER_TEST } from './conventions';
import { tracePacket, type PacketFlowCase } from './packet-flow';
import { PROXIER_TEST_NODE_IPS } from './proxier-test-clusters';

const rules = parseIptablesSave(readFileSync(new URL('../testdata/golden/proxy/kube-proxy-TestTracePacket.rules.txt', import.meta.url), 'utf8'));

const cases: PacketFlowCase[] = [
  { name: 'no match', sourceIP: '10.0.0.2', destIP: '10.0.0.3', destPort: 80, output: '' },
  { name: 'single endpoint', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80' },
  { name: 'multiple endpoints', sourceIP: '10.0.0.2', destIP: '172.30.0.44', destPort: 80, output: '10.180.0.4:80, 10.180.0.5:80' },
  { name: 'LOCAL, KUBE-MARK-MASQ', sourceIP: PROXIER_TEST.nodeIP, destIP: '192.168.99.22', destPort: 80, output: '10.180.0.2:80', masq: true },
  { name: 'DROP', sourceIP: PROXIER_TEST.externalClient, destIP: '192.168.99.22', destPort: 80, output: 'DROP' },
  { name: 'ACCEPT (NodePortHealthCheck)', sourceIP: PROXIER_TEST.nodeIP, destIP: PROXIER_TEST.nodeIP, destPort: 30000, output: 'ACCEPT' },
  { name: 'REJECT', sourceIP: '10.0.0.2', destIP: '172.30.0.46', destPort: 80, output: 'REJECT' },
];

describe('tracePacket (kube-proxy proxier_test.go TestTracePacket)', () => {
  it.each(cases)('$name', (c) => {
    const got = tracePacket(rules, c, PROXIER_TEST_NODE_IPS);
    expect({ output: got.output, masq: got.masq }, `matched:\n${got.matches.join('\n')}`).toEqual({ output: c.output, masq: c.masq ?? false });
  });
});
