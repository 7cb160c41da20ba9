// The v1 keys for the dataplane: `o.p` 'n' (nftables) and top-level `K` (the Kubernetes minor). Both optional;
// links without them decode as before (v1.test.ts keeps the frozen ones).
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareState, type ShareState } from '.';
import { encodeBase64url } from './base64url';

const link = (json: object): string => `v1.${encodeBase64url(deflateSync(new TextEncoder().encode(JSON.stringify(json))))}`;

describe('v1 links and the dataplane', () => {
  it('carry nftables mode and the Kubernetes minor, and read them back', () => {
    const state: ShareState = { yaml: 'kind: List\n', actions: [], seed: 5, options: { proxyMode: 'nftables' }, kubernetesVersion: '1.37' };
    const encoded = encodeShareState(state);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(decodeShareFragment(encoded.value)).toEqual({ ok: true, value: state });
  });

  it('written by hand: o.p "n" is nftables, K a minor; without K the link names no minor', () => {
    expect(decodeShareFragment(link({ s: 1, y: '', o: { p: 'n' }, K: '1.33' }))).toEqual({
      ok: true, value: { yaml: '', actions: [], seed: 1, options: { proxyMode: 'nftables' }, kubernetesVersion: '1.33' },
    });
    expect(decodeShareFragment(link({ s: 1, y: '', o: { p: 't' } }))).toEqual({ ok: true, value: { yaml: '', actions: [], seed: 1, options: { proxyMode: 'iptables' } } });
  });

  it('carry the two-mode view as v.x; without it the view is off', () => {
    expect(decodeShareFragment(link({ s: 1, y: '', v: { x: 1 } }))).toEqual({ ok: true, value: { yaml: '', actions: [], seed: 1, view: { modeCompare: true } } });
    expect(decodeShareFragment(link({ s: 1, y: '', v: { b: 'iptables' } }))).toEqual({ ok: true, value: { yaml: '', actions: [], seed: 1, view: { tab: 'iptables' } } });
  });

  it('refuse a minor the playground does not offer, naming the field', () => {
    const r = decodeShareFragment(link({ s: 1, y: '', K: '1.99' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.error)).toContain('kubernetesVersion');
  });
});
