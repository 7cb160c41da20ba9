// v1 Endpoints as the API server validates them (pkg/apis/core/validation ValidateEndpoints): each case changes
// one thing in a selector-less Service's hand-written Endpoints and asserts the exact message and its line.

import { describe, expect, it } from 'vitest';
import { loadCluster } from '../model/load';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  ports:
  - port: 3306
---
`;
/** Line 9 onwards: the Endpoints. */
const ENDPOINTS = `apiVersion: v1
kind: Endpoints
metadata:
  name: db
subsets:
- addresses:
  - ip: 10.244.1.50
  ports:
  - port: 3306
`;

function tweak(from: string, to: string): string {
  const out = ENDPOINTS.replace(from, to);
  if (out === ENDPOINTS) throw new Error(`tweak did not apply: ${from}`);
  return SERVICE + out;
}

const errorsOf = (text: string) =>
  loadCluster(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ message: d.message, line: d.line }));

const DNS1123_LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

const cases: { name: string; text: string; want: { message: string | undefined; line: number }[] }[] = [
  { name: 'a valid Endpoints', text: SERVICE + ENDPOINTS, want: [] },
  {
    name: 'a subset with ports but no address',
    text: tweak('- addresses:\n  - ip: 10.244.1.50\n  ports:', '- ports:'),
    want: [{ message: 'subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`', line: 14 }],
  },
  {
    name: 'only notReadyAddresses is enough, and a subset may have no ports',
    text: tweak('- addresses:\n  - ip: 10.244.1.50\n  ports:\n  - port: 3306', '- notReadyAddresses:\n  - ip: 10.244.1.50'),
    want: [],
  },
  {
    name: 'an address that is no IP',
    text: tweak('ip: 10.244.1.50', 'ip: db.example.com'),
    want: [{ message: 'subsets[0].addresses[0].ip: Invalid value: "db.example.com": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)', line: 15 }],
  },
  {
    name: 'a loopback address',
    text: tweak('ip: 10.244.1.50', 'ip: 127.0.0.1'),
    want: [{ message: 'subsets[0].addresses[0].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)', line: 15 }],
  },
  {
    name: 'the unspecified address',
    text: tweak('ip: 10.244.1.50', 'ip: 0.0.0.0'),
    want: [{ message: 'subsets[0].addresses[0].ip: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)', line: 15 }],
  },
  {
    name: 'a link-local address (the cloud metadata service)',
    text: tweak('ip: 10.244.1.50', 'ip: 169.254.169.254'),
    want: [{ message: 'subsets[0].addresses[0].ip: Invalid value: "169.254.169.254": may not be in the link-local range (169.254.0.0/16, fe80::/10)', line: 15 }],
  },
  {
    name: 'a link-local multicast address in notReadyAddresses',
    text: tweak('- addresses:', '- notReadyAddresses:').replace('ip: 10.244.1.50', 'ip: 224.0.0.1'),
    want: [{ message: 'subsets[0].notReadyAddresses[0].ip: Invalid value: "224.0.0.1": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)', line: 15 }],
  },
  {
    name: 'a hostname that is no DNS label',
    text: tweak('  - ip: 10.244.1.50\n', '  - ip: 10.244.1.50\n    hostname: DB_0\n'),
    want: [{ message: `subsets[0].addresses[0].hostname: Invalid value: "DB_0": ${DNS1123_LABEL}`, line: 16 }],
  },
  {
    name: 'two ports, one without a name',
    text: tweak('  - port: 3306\n', '  - port: 3306\n    name: mysql\n  - port: 33060\n'),
    want: [{ message: 'subsets[0].ports[1].name: Required value', line: 19 }],
  },
  {
    name: 'a port out of range',
    text: tweak('port: 3306', 'port: 70000'),
    want: [{ message: 'subsets[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive', line: 17 }],
  },
  {
    name: 'a port with no number',
    text: tweak('  - port: 3306', '  - name: mysql'),
    want: [{ message: 'subsets[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive', line: 17 }],
  },
  {
    name: 'an unsupported protocol',
    text: tweak('  - port: 3306', '  - port: 3306\n    protocol: HTTP'),
    want: [{ message: 'subsets[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"', line: 18 }],
  },
  {
    name: 'an unknown field (strict field validation)',
    text: tweak('  - ip: 10.244.1.50', '  - IP: 10.244.1.50'),
    want: [{ message: 'Endpoints in version "v1" cannot be handled as a Endpoints: strict decoding error: unknown field "subsets[0].addresses[0].IP"', line: 15 }],
  },
  {
    name: 'subsets is not a list',
    text: tweak('subsets:\n', 'subsets: none\nx:\n'),
    want: [
      {
        message: 'Endpoints in version "v1" cannot be handled as a Endpoints: json: cannot unmarshal string into Go struct field Endpoints.subsets of type []v1.EndpointSubset',
        line: 13,
      },
    ],
  },
  {
    name: 'a port number written as a string',
    text: tweak('port: 3306', 'port: "3306"'),
    want: [
      {
        message: 'Endpoints in version "v1" cannot be handled as a Endpoints: json: cannot unmarshal string into Go struct field EndpointPort.subsets.ports.port of type int32',
        line: 17,
      },
    ],
  },
];

describe('v1 Endpoints validation', () => {
  it.each(cases)('$name', ({ text, want }) => {
    expect(errorsOf(text)).toEqual(want);
  });
});
