import { describe, expect, it } from 'vitest';
import { sendRequest } from '../../core';
import { seedCluster } from '../../core/testing';
import { addressesOf, elementsByIP } from './hop-highlight';

const cluster = seedCluster();
const byIP = elementsByIP(cluster);
const answerOf = (url: string) => sendRequest(cluster, { from: 'default/test', url, seed: 7 }).trace.hops.find((h) => h.kind === 'dns-answer')!;

describe('hop highlight', () => {
  it('a ClusterIP answer lights the Service that owns the VIP', () => {
    expect(addressesOf(answerOf('http://web-service/')).map((ip) => byIP.get(ip))).toEqual(['svc:default/web-service']);
  });
  it('a headless answer lights the Pods behind the name', () => {
    expect(addressesOf(answerOf('mysql-headless:3306')).map((ip) => byIP.get(ip)).sort())
      .toEqual(['pod:default/mysql-0', 'pod:default/mysql-1', 'pod:default/mysql-2']);
  });
  it('the kube-dns VIP maps to the DNS element, hidden objects to nothing', () => {
    expect(byIP.get('10.96.0.10')).toBe('dns:kube-dns');
    expect(byIP.get('10.96.0.1')).toBeUndefined(); // the kubernetes Service is not drawn
  });
});
