import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSIONS, kubeProxyStartup, parseKubernetesVersion } from './kube-proxy-startup';

describe('kube-proxy at startup, per Kubernetes minor', () => {
  it('defaults an unset mode to iptables in every minor offered (nftables is not the default before 1.40)', () => {
    for (const v of KUBERNETES_VERSIONS) expect(kubeProxyStartup(v, 'iptables').defaultMode).toBe('iptables');
  });

  it('logs the IPVS deprecation from 1.35 on, in kube-proxy\'s words', () => {
    expect(kubeProxyStartup('1.34', 'ipvs')).toEqual({ defaultMode: 'iptables', log: ['Using ipvs Proxier'], notes: [] });
    expect(kubeProxyStartup('1.35', 'ipvs')).toEqual({
      defaultMode: 'iptables',
      log: ['Using ipvs Proxier', "The ipvs proxier is now deprecated and may be removed in a future release. Please use 'nftables' instead."],
      notes: ['ipvs-deprecated'],
    });
  });

  it('notes the 1.37 warning for a mode left unset, in iptables mode only', () => {
    expect(kubeProxyStartup('1.36', 'iptables').notes).toEqual([]);
    expect(kubeProxyStartup('1.37', 'iptables').notes).toEqual(['unset-mode-warning']);
    expect(kubeProxyStartup('1.37', 'nftables')).toEqual({ defaultMode: 'iptables', log: ['Using nftables Proxier'], notes: [] });
  });

  it('reads only the versions it offers', () => {
    expect(parseKubernetesVersion('1.36')).toBe('1.36');
    expect(parseKubernetesVersion('1.32')).toBeUndefined();
    expect(parseKubernetesVersion('1.36 ')).toBeUndefined();
  });
});
