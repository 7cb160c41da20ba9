// v1 Endpoints, written by hand for a Service without a selector: pkg/apis/core/validation/validation.go
// ValidateEndpoints (ValidateObjectMeta with ValidateEndpointsName, validateEndpointSubsets,
// validateEndpointAddress, ValidateEndpointIP, validateEndpointPort) over the v1 defaults (an empty port
// protocol is TCP: SetDefaults_EndpointPort).

import type { EndpointAddressIn, EndpointsIn, ObjectSource } from './objects';
import type { Protocol } from '../types/api';
import { looksLikeIPv6, parseIPv4 } from '../util/ip';
import { Reader, type Raw } from './decode';
import { invalid, notSupported, required, type FieldError } from './field';
import { readMeta } from './meta';
import { isDNS1123Subdomain, isQualifiedName, validateDNS1123Label, validateLabels, validateObjectMetaName, isValidPortNum } from './names';
import type { ReadResult } from './service';
import { SUPPORTED_PROTOCOLS } from './service';

const VALID_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

function readAddresses(r: Reader, subset: Raw, key: 'addresses' | 'notReadyAddresses', parent: string, namespace: string): EndpointAddressIn[] {
  const raw = r.array(subset, key, parent, 'EndpointSubset', '[]v1.EndpointAddress') ?? [];
  return raw.map((item, i) => {
    const p = `${parent}.${key}[${i}]`;
    const o = r.item(item, p, 'EndpointSubset', 'v1.EndpointAddress');
    const hostname = r.str(o, 'hostname', p, 'EndpointAddress');
    const nodeName = r.str(o, 'nodeName', p, 'EndpointAddress');
    const tr = r.record(o, 'targetRef', p, 'EndpointAddress', 'v1.ObjectReference');
    return {
      ip: r.str(o, 'ip', p, 'EndpointAddress') ?? '',
      ...(hostname ? { hostname } : {}),
      ...(nodeName !== undefined ? { nodeName } : {}),
      ...(tr
        ? {
            targetRef: {
              kind: r.str(tr, 'kind', `${p}.targetRef`, 'ObjectReference') ?? '',
              namespace: r.str(tr, 'namespace', `${p}.targetRef`, 'ObjectReference') ?? namespace,
              name: r.str(tr, 'name', `${p}.targetRef`, 'ObjectReference') ?? '',
            },
          }
        : {}),
    };
  });
}

/** validateEndpointAddress: the address first; only a well-formed one is then held to ValidateEndpointIP. */
function validateAddress(a: EndpointAddressIn, p: string): FieldError[] {
  const errs: FieldError[] = [];
  const v4 = parseIPv4(a.ip);
  if (v4 === undefined && !looksLikeIPv6(a.ip)) errs.push(invalid(`${p}.ip`, a.ip, VALID_IP));
  if (a.hostname !== undefined) errs.push(...validateDNS1123Label(a.hostname, `${p}.hostname`));
  if (a.nodeName !== undefined) for (const msg of isDNS1123Subdomain(a.nodeName)) errs.push(invalid(`${p}.nodeName`, a.nodeName, msg));
  if (errs.length > 0 || v4 === undefined) return errs;
  // ValidateEndpointIP: addresses that make no sense as a Service's backend.
  if (v4 === 0) errs.push(invalid(`${p}.ip`, a.ip, `may not be unspecified (${a.ip})`));
  if (v4 >>> 24 === 127) errs.push(invalid(`${p}.ip`, a.ip, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if (v4 >>> 16 === 0xa9fe) errs.push(invalid(`${p}.ip`, a.ip, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  if (v4 >>> 8 === 0xe00000) errs.push(invalid(`${p}.ip`, a.ip, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'));
  return errs;
}

export function readEndpoints(raw: Raw, source: ObjectSource): ReadResult<EndpointsIn> {
  const r = new Reader('Endpoints', 'v1');
  const { meta, rawName, rawNamespace } = readMeta(r, raw, 'metadata', true);
  const rawSubsets = r.array(raw, 'subsets', '', 'Endpoints', '[]v1.EndpointSubset') ?? [];
  const subsets = rawSubsets.map((item, i) => {
    const p = `subsets[${i}]`;
    const o = r.item(item, p, 'Endpoints', 'v1.EndpointSubset');
    const addresses = readAddresses(r, o, 'addresses', p, meta.namespace);
    const notReadyAddresses = readAddresses(r, o, 'notReadyAddresses', p, meta.namespace);
    const rawPorts = r.array(o, 'ports', p, 'EndpointSubset', '[]v1.EndpointPort') ?? [];
    const ports = rawPorts.map((pi, j) => {
      const pp = `${p}.ports[${j}]`;
      const po = r.item(pi, pp, 'EndpointSubset', 'v1.EndpointPort');
      const appProtocol = r.str(po, 'appProtocol', pp, 'EndpointPort');
      return {
        name: r.str(po, 'name', pp, 'EndpointPort') ?? '',
        port: r.int32(po, 'port', pp, 'EndpointPort') ?? 0,
        protocol: (r.str(po, 'protocol', pp, 'EndpointPort') || 'TCP') as Protocol,
        ...(appProtocol !== undefined ? { appProtocol } : {}),
      };
    });
    return { addresses, notReadyAddresses, ports };
  });
  const endpoints: EndpointsIn = { kind: 'Endpoints', meta, subsets, source };

  const errs: FieldError[] = [
    ...validateObjectMetaName(rawName, rawNamespace, 'DNS1123Subdomain', true),
    ...validateLabels(meta.labels, 'metadata.labels'),
  ];
  subsets.forEach((ss, i) => {
    const p = `subsets[${i}]`;
    // "For headless service, we allow its endpoints not to have ports."
    if (ss.addresses.length === 0 && ss.notReadyAddresses.length === 0) errs.push(required(p, 'must specify `addresses` or `notReadyAddresses`'));
    ss.addresses.forEach((a, j) => errs.push(...validateAddress(a, `${p}.addresses[${j}]`)));
    ss.notReadyAddresses.forEach((a, j) => errs.push(...validateAddress(a, `${p}.notReadyAddresses[${j}]`)));
    ss.ports.forEach((port, j) => {
      const pp = `${p}.ports[${j}]`;
      if (ss.ports.length > 1 && port.name === '') errs.push(required(`${pp}.name`));
      else if (port.name !== '') errs.push(...validateDNS1123Label(port.name, `${pp}.name`));
      for (const msg of isValidPortNum(port.port)) errs.push(invalid(`${pp}.port`, port.port, msg));
      if (!SUPPORTED_PROTOCOLS.includes(port.protocol)) errs.push(notSupported(`${pp}.protocol`, port.protocol, SUPPORTED_PROTOCOLS));
      if (port.appProtocol !== undefined) for (const msg of isQualifiedName(port.appProtocol)) errs.push(invalid(`${pp}.appProtocol`, port.appProtocol, msg));
    });
  });
  return { value: endpoints, errors: errs };
}
