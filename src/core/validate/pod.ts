// Pod and PodSpec: decoding, defaults (protocol TCP, restartPolicy Always) and the parts of
// pkg/apis/core/validation/validation.go ValidatePodSpec the playground uses: containers
// (validateContainers: name required, DNS-1123 label, unique; image required), container ports
// (validateContainerPorts), hostname and subdomain (DNS-1123 labels), restartPolicy.

import { DEFAULT_RESTART_POLICY } from './defaults';
import type { ContainerIn, ContainerStartup, ObjectSource, PodIn, PodSpecIn } from './objects';
import type { ContainerPort, Protocol } from '../types/api';
import { parseIPv4 } from '../util/ip';
import { Reader, type Raw } from './decode';
import { duplicate, invalid, notSupported, required, type FieldError } from './field';
import { readMeta } from './meta';
import { isDNS1123Label, isValidPortName, isValidPortNum, validateLabels, validateObjectMetaName } from './names';
import type { ReadResult } from './service';
import { SUPPORTED_PROTOCOLS } from './service';

const RESTART_POLICIES = ['Always', 'Never', 'OnFailure'];

/** Read a PodSpec at `path` (`spec` or `spec.template.spec`) of `parent`. */
export function readPodSpec(r: Reader, parent: Raw, path: string): PodSpecIn {
  const spec = r.recordAt(parent, 'spec', path, 'PodTemplateSpec', 'v1.PodSpec') ?? {};
  const rawContainers = r.array(spec, 'containers', path, 'PodSpec', '[]v1.Container') ?? [];
  const containers: ContainerIn[] = rawContainers.map((item, i) => {
    const cp = `${path}.containers[${i}]`;
    const c = r.item(item, cp, 'PodSpec', 'v1.Container');
    const name = r.str(c, 'name', cp, 'Container') ?? '';
    const rawPorts = r.array(c, 'ports', cp, 'Container', '[]v1.ContainerPort') ?? [];
    const ports: ContainerPort[] = rawPorts.map((pi, j) => {
      const pp = `${cp}.ports[${j}]`;
      const o = r.item(pi, pp, 'Container', 'v1.ContainerPort');
      const portName = r.str(o, 'name', pp, 'ContainerPort');
      const containerPort = r.int32(o, 'containerPort', pp, 'ContainerPort') ?? 0;
      const protocol = (r.str(o, 'protocol', pp, 'ContainerPort') || 'TCP') as Protocol;
      // Two literals, not a conditional spread: a spread makes a slow dictionary-mode object, and every
      // replica (and every named targetPort lookup) reads these.
      return portName ? { container: name, name: portName, containerPort, protocol } : { container: name, containerPort, protocol };
    });
    return { name, image: r.str(c, 'image', cp, 'Container') ?? '', ports, startup: readStartup(r, c, cp) };
  });
  const hostname = r.str(spec, 'hostname', path, 'PodSpec');
  const subdomain = r.str(spec, 'subdomain', path, 'PodSpec');
  const nodeName = r.str(spec, 'nodeName', path, 'PodSpec');
  const restartPolicy = r.str(spec, 'restartPolicy', path, 'PodSpec') || DEFAULT_RESTART_POLICY;
  const out: PodSpecIn = { containers, restartPolicy };
  if (hostname) out.hostname = hostname;
  if (subdomain) out.subdomain = subdomain;
  if (nodeName) out.nodeName = nodeName;
  return out;
}

/** The env names with a value, envFrom, command and args of the container `c` at `cp`. */
function readStartup(r: Reader, c: Raw, cp: string): ContainerStartup {
  const env: string[] = [];
  const rawEnv = r.array(c, 'env', cp, 'Container', '[]v1.EnvVar') ?? [];
  rawEnv.forEach((item, i) => {
    const ep = `${cp}.env[${i}]`;
    const e = r.item(item, ep, 'Container', 'v1.EnvVar');
    const name = r.str(e, 'name', ep, 'EnvVar');
    const value = r.str(e, 'value', ep, 'EnvVar');
    const valueFrom = r.record(e, 'valueFrom', ep, 'EnvVar', 'v1.EnvVarSource');
    if (name !== undefined && (value !== undefined && value !== '' || valueFrom !== undefined)) env.push(name);
  });
  const envFrom = (r.array(c, 'envFrom', cp, 'Container', '[]v1.EnvFromSource') ?? []).length > 0;
  const command = (r.stringList(c, 'command', cp, 'Container') ?? []).length > 0;
  const firstArg = r.stringList(c, 'args', cp, 'Container')?.[0];
  const out: ContainerStartup = { env, envFrom, command };
  if (firstArg !== undefined) out.firstArg = firstArg;
  return out;
}

/** ValidatePodSpec (the parts the playground models). */
export function validatePodSpec(spec: PodSpecIn, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.containers.length === 0) errs.push(required(`${path}.containers`));
  const names = new Set<string>();
  spec.containers.forEach((c, i) => {
    const cp = `${path}.containers[${i}]`;
    if (c.name === '') errs.push(required(`${cp}.name`));
    else {
      for (const msg of isDNS1123Label(c.name)) errs.push(invalid(`${cp}.name`, c.name, msg));
      if (names.has(c.name)) errs.push(duplicate(`${cp}.name`, c.name));
      else names.add(c.name);
    }
    // validateContainers: only an empty image is an error here ("do not validate leading and trailing
    // whitespace to preserve backward compatibility"; image " " is a special token in pod templates).
    if (c.image === '') errs.push(required(`${cp}.image`));
    errs.push(...validateContainerPorts(c.ports, `${cp}.ports`));
  });
  if (spec.hostname !== undefined) for (const msg of isDNS1123Label(spec.hostname)) errs.push(invalid(`${path}.hostname`, spec.hostname, msg));
  if (spec.subdomain !== undefined) for (const msg of isDNS1123Label(spec.subdomain)) errs.push(invalid(`${path}.subdomain`, spec.subdomain, msg));
  if (!RESTART_POLICIES.includes(spec.restartPolicy)) errs.push(notSupported(`${path}.restartPolicy`, spec.restartPolicy, RESTART_POLICIES));
  return errs;
}

/** validateContainerPorts. */
function validateContainerPorts(ports: ContainerPort[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
    // Paths are made only for an error (`${path}[${i}]…`): valid ports cost no strings.
    if (port.name !== undefined && port.name.length > 0) {
      const msgs = isValidPortName(port.name);
      if (msgs.length > 0) for (const msg of msgs) errs.push(invalid(`${path}[${i}].name`, port.name, msg));
      else if (names.has(port.name)) errs.push(duplicate(`${path}[${i}].name`, port.name));
      else names.add(port.name);
    }
    if (port.containerPort === 0) errs.push(required(`${path}[${i}].containerPort`));
    else for (const msg of isValidPortNum(port.containerPort)) errs.push(invalid(`${path}[${i}].containerPort`, port.containerPort, msg));
    if (!SUPPORTED_PROTOCOLS.includes(port.protocol)) errs.push(notSupported(`${path}[${i}].protocol`, port.protocol, SUPPORTED_PROTOCOLS));
  });
  return errs;
}

/** Decode and validate a Pod (ValidatePodCreate: ObjectMeta with a DNS-1123 subdomain name, then the spec). */
export function readPod(raw: Raw, source: ObjectSource): ReadResult<PodIn> {
  const r = new Reader('Pod', 'v1');
  const { meta, rawName, rawNamespace } = readMeta(r, raw, 'metadata', true);
  const spec = readPodSpec(r, raw, 'spec');
  const metaRaw = r.record(raw, 'metadata', '', 'Pod', 'v1.ObjectMeta') ?? {};
  const terminating = r.str(metaRaw, 'deletionTimestamp', 'metadata', 'ObjectMeta') !== undefined;
  const statusRaw = r.record(raw, 'status', '', 'Pod', 'v1.PodStatus');
  const status: PodIn['status'] = {};
  if (statusRaw) {
    const podIP = r.str(statusRaw, 'podIP', 'status', 'PodStatus');
    if (podIP) status.podIP = podIP;
    const conditions = r.array(statusRaw, 'conditions', 'status', 'PodStatus', '[]v1.PodCondition') ?? [];
    conditions.forEach((item, i) => {
      const c = r.item(item, `status.conditions[${i}]`, 'PodStatus', 'v1.PodCondition');
      if (r.str(c, 'type', `status.conditions[${i}]`, 'PodCondition') === 'Ready') {
        status.ready = r.str(c, 'status', `status.conditions[${i}]`, 'PodCondition') === 'True';
      }
    });
  }
  const errors = [
    ...validateObjectMetaName(rawName, rawNamespace, 'DNS1123Subdomain', true),
    ...validateLabels(meta.labels, 'metadata.labels'),
    ...validatePodSpec(spec, 'spec'),
  ];
  // validateContainersOnlyForPod: a Pod (not a template) may not pad its image with whitespace.
  spec.containers.forEach((c, i) => {
    if (c.image !== '' && c.image.trim() !== c.image) errors.push(invalid(`spec.containers[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
  });
  if (status.podIP !== undefined && parseIPv4(status.podIP) === undefined) {
    errors.push(invalid('status.podIP', status.podIP, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
  }
  return { value: { kind: 'Pod', meta, spec, status, terminating, source }, errors };
}
