// Service: decoding with the v1 defaults, then pkg/apis/core/validation/validation.go ValidateService
// (validateServicePort, ValidateServiceClusterIPsRelatedFields, validateClientIPAffinityConfig) and
// the checks the registry's allocators make on create (pkg/registry/core/service/ipallocator,
// portallocator): clusterIP in range and free, nodePort in range and free.

import {
  DEFAULT_CLIENT_IP_TIMEOUT,
  defaultTargetPort,
  MAX_CLIENT_IP_TIMEOUT,
} from './defaults';
import type { ObjectSource, ServiceIn, ServicePortIn } from './objects';
import type { Protocol, ServiceType } from '../types/api';
import { looksLikeIPv6, parseIPv4 } from '../util/ip';
import { Reader, type Raw } from './decode';
import { duplicate, forbidden, goStringSlice, invalid, notSupported, required, type FieldError } from './field';
import { readMeta } from './meta';
import {
  isQualifiedName,
  isDNS1123Subdomain,
  isValidPortName,
  isValidPortNum,
  isDNS1123Label,
  validateLabels,
  validateObjectMetaName,
} from './names';

export const SUPPORTED_PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
export const SUPPORTED_SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const SUPPORTED_AFFINITY = ['ClientIP', 'None'];
const SUPPORTED_TRAFFIC_POLICY = ['Cluster', 'Local'];

export interface ReadResult<T> {
  value: T;
  errors: FieldError[];
}

/** Decode and default a Service; the FieldErrors are ValidateService's. Throws DecodeFail on a JSON type error. */
export function readService(raw: Raw, source: ObjectSource): ReadResult<ServiceIn> {
  const r = new Reader('Service', 'v1');
  const { meta, rawName, rawNamespace } = readMeta(r, raw, 'metadata', true);
  const spec = r.record(raw, 'spec', '', 'Service', 'v1.ServiceSpec') ?? {};
  const typeRaw = r.str(spec, 'type', 'spec', 'ServiceSpec') || 'ClusterIP';
  const clusterIP = r.str(spec, 'clusterIP', 'spec', 'ServiceSpec') ?? '';
  const clusterIPs = r.stringList(spec, 'clusterIPs', 'spec', 'ServiceSpec');
  const rawPorts = r.array(spec, 'ports', 'spec', 'ServiceSpec', '[]v1.ServicePort') ?? [];
  const ports: ServicePortIn[] = rawPorts.map((item, i) => {
    const p = `spec.ports[${i}]`;
    const o = r.item(item, p, 'ServiceSpec.spec.ports', 'v1.ServicePort');
    const port = r.int32(o, 'port', p, 'ServicePort') ?? 0;
    const appProtocol = r.str(o, 'appProtocol', p, 'ServicePort');
    const out: ServicePortIn = {
      name: r.str(o, 'name', p, 'ServicePort') ?? '',
      protocol: (r.str(o, 'protocol', p, 'ServicePort') || 'TCP') as Protocol,
      port,
      targetPort: defaultTargetPort(r.intOrString(o, 'targetPort', p, 'ServicePort'), port),
      nodePort: r.int32(o, 'nodePort', p, 'ServicePort') ?? 0,
    };
    if (appProtocol !== undefined) out.appProtocol = appProtocol;
    return out;
  });
  const selector = r.stringMap(spec, 'selector', 'spec', 'ServiceSpec');
  const affinity = r.str(spec, 'sessionAffinity', 'spec', 'ServiceSpec') || 'None';
  const sac = r.record(spec, 'sessionAffinityConfig', 'spec', 'ServiceSpec', 'v1.SessionAffinityConfig');
  const clientIP = sac ? r.record(sac, 'clientIP', 'spec.sessionAffinityConfig', 'SessionAffinityConfig', 'v1.ClientIPConfig') : undefined;
  const timeout = clientIP ? r.int32(clientIP, 'timeoutSeconds', 'spec.sessionAffinityConfig.clientIP', 'ClientIPConfig') : undefined;
  const publishNotReady = r.bool(spec, 'publishNotReadyAddresses', 'spec', 'ServiceSpec') ?? false;
  const externalName = r.str(spec, 'externalName', 'spec', 'ServiceSpec') ?? '';
  const etp = r.str(spec, 'externalTrafficPolicy', 'spec', 'ServiceSpec');
  const itp = r.str(spec, 'internalTrafficPolicy', 'spec', 'ServiceSpec');
  const externalIPs = r.stringList(spec, 'externalIPs', 'spec', 'ServiceSpec') ?? [];
  const loadBalancerIP = r.str(spec, 'loadBalancerIP', 'spec', 'ServiceSpec');

  const type = typeRaw as ServiceType;
  const external = type === 'NodePort' || type === 'LoadBalancer';
  // The registry strategy copies clusterIP into clusterIPs; a lone clusterIPs is honoured too.
  const ip = clusterIP || clusterIPs?.[0] || '';
  // Optional fields assigned, not spread in: a literal with spreads is a slow dictionary-mode object.
  const svc: ServiceIn = {
    kind: 'Service',
    meta,
    type,
    clusterIP: ip,
    ports,
    sessionAffinity: affinity as 'None' | 'ClientIP',
    hasSessionAffinityConfig: sac !== undefined,
    publishNotReadyAddresses: publishNotReady,
    externalName,
    internalTrafficPolicy: (itp || 'Cluster') as 'Cluster' | 'Local',
    externalIPs,
    source,
  };
  if (selector !== undefined) svc.selector = selector;
  if (affinity === 'ClientIP') svc.sessionAffinityTimeoutSeconds = timeout ?? DEFAULT_CLIENT_IP_TIMEOUT;
  if (external) svc.externalTrafficPolicy = (etp || 'Cluster') as 'Cluster' | 'Local';
  if (loadBalancerIP) svc.loadBalancerIP = loadBalancerIP;
  const errors = [
    ...validateObjectMetaName(rawName, rawNamespace, 'DNS1035Label', true),
    ...validateLabels(meta.labels, 'metadata.labels'),
    ...validateServiceSpec(svc, { etpGiven: etp || undefined, timeoutGiven: timeout, clusterIPs }),
  ];
  return { value: svc, errors };
}

function isHeadless(svc: ServiceIn): boolean {
  return svc.clusterIP === 'None';
}

interface SpecExtras {
  etpGiven: string | undefined;
  timeoutGiven: number | undefined;
  clusterIPs: string[] | undefined;
}

function validateServiceSpec(svc: ServiceIn, extra: SpecExtras): FieldError[] {
  const errs: FieldError[] = [];
  const headless = isHeadless(svc);
  if (svc.ports.length === 0 && !headless && svc.type !== 'ExternalName') errs.push(required('spec.ports'));

  if (!SUPPORTED_SERVICE_TYPES.includes(svc.type)) errs.push(notSupported('spec.type', svc.type, SUPPORTED_SERVICE_TYPES));

  // ClusterIP, headless and type interplay (ValidateService's switch on Type).
  const ipPath = 'spec.clusterIPs[0]';
  const ipAt = 'spec.clusterIP';
  if (svc.type === 'LoadBalancer' && headless) {
    errs.push({ ...invalid(ipPath, 'None', "may not be set to 'None' for LoadBalancer services"), at: ipAt });
  }
  if (svc.type === 'NodePort' && headless) {
    errs.push({ ...invalid(ipPath, 'None', "may not be set to 'None' for NodePort services"), at: ipAt });
  }
  if (svc.type === 'ExternalName') {
    if (svc.clusterIP !== '') errs.push({ ...forbidden('spec.clusterIPs', 'may not be set for ExternalName services'), at: ipAt });
    // The value (a CNAME) may have a trailing dot to denote it as fully qualified.
    const cname = svc.externalName.replace(/\.$/, '');
    if (cname.length > 0) for (const msg of isDNS1123Subdomain(cname)) errs.push(invalid('spec.externalName', cname, msg));
    else errs.push(required('spec.externalName'));
  }
  if (svc.type !== 'ExternalName' && svc.clusterIP !== '' && svc.clusterIP !== 'None') {
    if (parseIPv4(svc.clusterIP) === undefined && !looksLikeIPv6(svc.clusterIP)) {
      errs.push({ ...invalid(ipPath, svc.clusterIP, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'), at: ipAt });
    }
  }
  // ValidateServiceClusterIPsRelatedFields, after the strategy copied a lone clusterIP into clusterIPs.
  if (extra.clusterIPs && extra.clusterIPs.length > 0 && svc.type !== 'ExternalName' && extra.clusterIPs[0] !== svc.clusterIP) {
    errs.push(invalid('spec.clusterIPs', goStringSlice(extra.clusterIPs), 'first value must match `clusterIP`'));
  }

  // Ports.
  const names = new Set<string>();
  svc.ports.forEach((port, i) => errs.push(...validateServicePort(port, svc.ports.length > 1, names, `spec.ports[${i}]`)));
  // Duplicate (protocol, port) pairs: the Duplicate value is the core.ServicePort key, printed with %#v.
  const seen = new Set<string>();
  svc.ports.forEach((port, i) => {
    const key = `${port.protocol}/${port.port}`;
    if (seen.has(key)) {
      errs.push(
        duplicate(`spec.ports[${i}]`, {
          goSyntax: `core.ServicePort{Name:"", Protocol:${JSON.stringify(port.protocol)}, AppProtocol:(*string)(nil), Port:${port.port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`,
        }),
      );
    }
    seen.add(key);
  });
  const seenNodePorts = new Set<string>();
  svc.ports.forEach((port, i) => {
    if (port.nodePort === 0) return;
    const key = `${port.protocol}/${port.nodePort}`;
    if (seenNodePorts.has(key)) errs.push(duplicate(`spec.ports[${i}].nodePort`, port.nodePort));
    seenNodePorts.add(key);
  });
  if (svc.type === 'ClusterIP') {
    svc.ports.forEach((port, i) => {
      if (port.nodePort !== 0) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    });
  }
  if (svc.type === 'LoadBalancer') {
    // "This is a workaround for broken cloud environments that over-open firewalls."
    svc.ports.forEach((port, i) => {
      if (port.port === 10250) errs.push(invalid(`spec.ports[${i}]`, port.port, 'may not expose port 10250 externally since it is used by kubelet'));
    });
  }

  // Selector labels.
  if (svc.selector) errs.push(...validateLabels(svc.selector, 'spec.selector'));

  // Session affinity.
  if (!SUPPORTED_AFFINITY.includes(svc.sessionAffinity)) {
    errs.push(notSupported('spec.sessionAffinity', svc.sessionAffinity, SUPPORTED_AFFINITY));
  }
  if (svc.sessionAffinity === 'ClientIP') {
    const t = svc.sessionAffinityTimeoutSeconds ?? DEFAULT_CLIENT_IP_TIMEOUT;
    if (t <= 0 || t > MAX_CLIENT_IP_TIMEOUT) {
      errs.push(invalid('spec.sessionAffinityConfig.clientIP.timeoutSeconds', t, `must be greater than 0 and less than ${MAX_CLIENT_IP_TIMEOUT}`));
    }
  } else if (svc.sessionAffinity === 'None' && svc.hasSessionAffinityConfig) {
    errs.push(forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'));
  }

  // Traffic policies (validateServiceExternalTrafficPolicy, validateServiceInternalTrafficFieldsValue).
  if (svc.externalTrafficPolicy !== undefined && !SUPPORTED_TRAFFIC_POLICY.includes(svc.externalTrafficPolicy)) {
    errs.push(notSupported('spec.externalTrafficPolicy', svc.externalTrafficPolicy, SUPPORTED_TRAFFIC_POLICY));
  } else if (svc.externalTrafficPolicy === undefined && extra.etpGiven && svc.externalIPs.length === 0 && svc.type !== 'ExternalName') {
    errs.push(invalid('spec.externalTrafficPolicy', extra.etpGiven, 'may only be set for externally-accessible services'));
  }
  if (!SUPPORTED_TRAFFIC_POLICY.includes(svc.internalTrafficPolicy)) {
    errs.push(notSupported('spec.internalTrafficPolicy', svc.internalTrafficPolicy, SUPPORTED_TRAFFIC_POLICY));
  }
  svc.externalIPs.forEach((ip, i) => {
    if (parseIPv4(ip) === undefined && !looksLikeIPv6(ip)) {
      errs.push(invalid(`spec.externalIPs[${i}]`, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
    }
  });
  return errs;
}

/** validation.go validateServicePort. */
function validateServicePort(sp: ServicePortIn, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && sp.name === '') errs.push(required(`${path}.name`));
  else if (sp.name !== '') {
    for (const msg of isDNS1123Label(sp.name)) errs.push(invalid(`${path}.name`, sp.name, msg));
    if (names.has(sp.name)) errs.push(duplicate(`${path}.name`, sp.name));
    else names.add(sp.name);
  }
  for (const msg of isValidPortNum(sp.port)) errs.push(invalid(`${path}.port`, sp.port, msg));
  if (!SUPPORTED_PROTOCOLS.includes(sp.protocol)) errs.push(notSupported(`${path}.protocol`, sp.protocol, SUPPORTED_PROTOCOLS));
  // ValidatePortNumOrName.
  if (typeof sp.targetPort === 'number') {
    for (const msg of isValidPortNum(sp.targetPort)) errs.push(invalid(`${path}.targetPort`, sp.targetPort, msg));
  } else {
    for (const msg of isValidPortName(sp.targetPort)) errs.push(invalid(`${path}.targetPort`, sp.targetPort, msg));
  }
  if (sp.appProtocol !== undefined) {
    for (const msg of isQualifiedName(sp.appProtocol)) errs.push(invalid(`${path}.appProtocol`, sp.appProtocol, msg));
  }
  return errs;
}
