// User EndpointSlices (discovery.k8s.io/v1) for selector-less Services:
// pkg/apis/discovery/validation/validation.go ValidateEndpointSlice (validateEndpoints,
// validatePorts), with the v1 default protocol TCP.

import type { EndpointSliceIn, ObjectSource } from './objects';
import type { Protocol } from '../types/api';
import { parseIPv4 } from '../util/ip';
import { Reader, type Raw } from './decode';
import { duplicate, invalid, notSupported, required, tooMany, type FieldError } from './field';
import { readMeta } from './meta';
import { isDNS1123Label, validateDNS1123Label, validateLabels, validateObjectMetaName } from './names';
import type { ReadResult } from './service';
import { SUPPORTED_PROTOCOLS } from './service';

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
/** discovery validation maxAddresses / maxEndpoints / maxPorts. */
const MAX_ADDRESSES = 100;
const MAX_ENDPOINTS = 1000;
const MAX_PORTS = 20000;

export function readEndpointSlice(raw: Raw, source: ObjectSource): ReadResult<EndpointSliceIn> {
  const r = new Reader('EndpointSlice', 'discovery.k8s.io/v1');
  const { meta, rawName, rawNamespace } = readMeta(r, raw, 'metadata', true);
  const addressType = r.str(raw, 'addressType', '', 'EndpointSlice') ?? '';
  const rawEndpoints = r.array(raw, 'endpoints', '', 'EndpointSlice', '[]v1.Endpoint') ?? [];
  const endpoints = rawEndpoints.map((item, i) => {
    const p = `endpoints[${i}]`;
    const o = r.item(item, p, 'EndpointSlice', 'v1.Endpoint');
    const cond = r.record(o, 'conditions', p, 'Endpoint', 'v1.EndpointConditions') ?? {};
    const ready = r.bool(cond, 'ready', `${p}.conditions`, 'EndpointConditions');
    const serving = r.bool(cond, 'serving', `${p}.conditions`, 'EndpointConditions');
    const terminating = r.bool(cond, 'terminating', `${p}.conditions`, 'EndpointConditions');
    const hostname = r.str(o, 'hostname', p, 'Endpoint');
    const nodeName = r.str(o, 'nodeName', p, 'Endpoint');
    const tr = r.record(o, 'targetRef', p, 'Endpoint', 'v1.ObjectReference');
    return {
      addresses: r.stringList(o, 'addresses', p, 'Endpoint') ?? [],
      conditions: {
        ...(ready !== undefined ? { ready } : {}),
        ...(serving !== undefined ? { serving } : {}),
        ...(terminating !== undefined ? { terminating } : {}),
      },
      ...(hostname ? { hostname } : {}),
      ...(nodeName ? { nodeName } : {}),
      ...(tr
        ? {
            targetRef: {
              kind: r.str(tr, 'kind', `${p}.targetRef`, 'ObjectReference') ?? '',
              namespace: r.str(tr, 'namespace', `${p}.targetRef`, 'ObjectReference') ?? meta.namespace,
              name: r.str(tr, 'name', `${p}.targetRef`, 'ObjectReference') ?? '',
            },
          }
        : {}),
    };
  });
  const rawPorts = r.array(raw, 'ports', '', 'EndpointSlice', '[]v1.EndpointPort') ?? [];
  const ports = rawPorts.map((item, i) => {
    const p = `ports[${i}]`;
    const o = r.item(item, p, 'EndpointSlice', 'v1.EndpointPort');
    const port = r.int32(o, 'port', p, 'EndpointPort');
    return {
      name: r.str(o, 'name', p, 'EndpointPort') ?? '',
      protocol: (r.str(o, 'protocol', p, 'EndpointPort') || 'TCP') as Protocol,
      ...(port !== undefined ? { port } : {}),
    };
  });
  const slice: EndpointSliceIn = { kind: 'EndpointSlice', meta, addressType, endpoints, ports, source };

  const errs: FieldError[] = [
    ...validateObjectMetaName(rawName, rawNamespace, 'DNS1123Subdomain', true),
    ...validateLabels(meta.labels, 'metadata.labels'),
  ];
  if (addressType === '') errs.push(required('addressType'));
  else if (!ADDRESS_TYPES.includes(addressType)) errs.push(notSupported('addressType', addressType, ADDRESS_TYPES));
  if (endpoints.length > MAX_ENDPOINTS) errs.push(tooMany('endpoints', endpoints.length, MAX_ENDPOINTS));
  endpoints.forEach((ep, i) => {
    const p = `endpoints[${i}]`;
    if (ep.addresses.length === 0) errs.push(required(`${p}.addresses`, 'must contain at least 1 address'));
    else if (ep.addresses.length > MAX_ADDRESSES) errs.push(tooMany(`${p}.addresses`, ep.addresses.length, MAX_ADDRESSES));
    ep.addresses.forEach((addr, j) => {
      if (addressType === 'IPv4' && parseIPv4(addr) === undefined) {
        errs.push(invalid(`${p}.addresses[${j}]`, addr, 'must be a valid IPv4 address'));
      }
    });
    if (ep.hostname !== undefined) for (const msg of isDNS1123Label(ep.hostname)) errs.push(invalid(`${p}.hostname`, ep.hostname, msg));
  });
  if (ports.length > MAX_PORTS) errs.push(tooMany('ports', ports.length, MAX_PORTS));
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const p = `ports[${i}]`;
    if (port.name !== '') errs.push(...validateDNS1123Label(port.name, `${p}.name`));
    if (names.has(port.name)) errs.push(duplicate(`${p}.name`, port.name));
    else names.add(port.name);
    if (!SUPPORTED_PROTOCOLS.includes(port.protocol)) errs.push(notSupported(`${p}.protocol`, port.protocol, SUPPORTED_PROTOCOLS));
    if (port.port !== undefined && (port.port < 1 || port.port > 65535)) {
      errs.push(invalid(`${p}.port`, port.port, 'must be between 1 and 65535, inclusive'));
    }
  });
  return { value: slice, errors: errs };
}
