// The v1 keys for the shell's places: top-level `H` (lines typed outside the client Pod, each with its place and
// how many of `h`'s lines came before it) and `v.w` (the place on screen). Both optional; links without them decode
// as before (v1.test.ts keeps the frozen ones).
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareState, type ShareState } from '.';
import { encodeBase64url } from './base64url';

const link = (json: object): string => `v1.${encodeBase64url(deflateSync(new TextEncoder().encode(JSON.stringify(json))))}`;

describe('v1 links and the shell\'s places', () => {
  it('carry lines typed on a node, another Pod and the laptop, and the place on screen', () => {
    const state: ShareState = {
      yaml: '', actions: [], seed: 1, shell: ['wget -q -O- http://web-service/', 'sleep 5'],
      shellElsewhere: [
        { place: 'node:node-2', line: 'conntrack -L', after: 1 },
        { place: 'pod:default/mysql-0', line: 'hostname', after: 2 },
        { place: 'laptop', line: 'kubectl get pods', after: 2 },
      ],
      view: { shellPlace: 'node:node-2' },
    };
    const encoded = encodeShareState(state);
    if (!encoded.ok) throw new Error(JSON.stringify(encoded.error));
    expect(decodeShareFragment(encoded.value)).toEqual({ ok: true, value: state });
  });

  it('written by hand: H is [place, line, after] and v.w a place', () => {
    expect(decodeShareFragment(link({ s: 1, y: '', h: ['echo a'], H: [['node:node-1', 'hostname', 0]], v: { w: 'laptop' } }))).toEqual({
      ok: true, value: { yaml: '', actions: [], seed: 1, shell: ['echo a'], shellElsewhere: [{ place: 'node:node-1', line: 'hostname', after: 0 }], view: { shellPlace: 'laptop' } },
    });
  });

  it.each<[string, object]>([
    ['a place of no known kind', { H: [['vm:one', 'ls', 0]] }],
    ['a Pod without its namespace', { H: [['pod:test', 'ls', 0]] }],
    ['a node name that is no DNS subdomain', { H: [['node:Node_1', 'ls', 0]] }],
    ['after past the client\'s lines', { h: ['echo a'], H: [['laptop', 'kubectl get pods', 2]] }],
    ['a control character in a line', { H: [['laptop', 'kubectl\u001b[2J', 0]] }],
    ['an unknown place on screen', { v: { w: 'somewhere' } }],
  ])('refuse %s', (_name, extra) => {
    expect(decodeShareFragment(link({ s: 1, y: '', ...extra })).ok).toBe(false);
  });
});
