// Invalid manifests: each case starts from a seed manifest, changes one thing, and asserts the exact
// API-server message, the field path, and the line and column of the offending field.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCluster } from '../model/load';
import type { Diagnostic } from '../types/diagnostic';

const manifest = (name: string): string => readFileSync(new URL(`../testdata/manifests/${name}.yaml`, import.meta.url), 'utf8');
const web = manifest('web-clusterip');
const mysql = manifest('mysql-headless');
const affinity = manifest('session-affinity');

function tweak(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`tweak did not apply: ${String(from)}`);
  return out;
}

type Want = Pick<Diagnostic, 'message' | 'line' | 'column'> & { path?: string };

const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const DNS1123_LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1123_SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

const cases: { name: string; manifest: string; want: Want[] }[] = [
  {
    name: 'port out of range',
    manifest: tweak(web, '- port: 80', '- port: 70000'),
    want: [{ message: 'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive', path: 'spec.ports[0].port', line: 11, column: 5 }],
  },
  {
    name: 'port 0',
    manifest: tweak(web, '- port: 80', '- port: 0'),
    want: [{ message: 'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive', path: 'spec.ports[0].port', line: 11, column: 5 }],
  },
  {
    name: 'targetPort out of range',
    manifest: tweak(web, 'targetPort: 80', 'targetPort: 70000'),
    want: [{ message: 'spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive', path: 'spec.ports[0].targetPort', line: 12, column: 5 }],
  },
  {
    name: 'named targetPort that is not an IANA_SVC_NAME',
    manifest: tweak(web, 'targetPort: 80', 'targetPort: HTTP_port'),
    want: [{ message: 'spec.ports[0].targetPort: Invalid value: "HTTP_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', path: 'spec.ports[0].targetPort', line: 12, column: 5 }],
  },
  {
    name: 'Service name is not a DNS-1035 label',
    manifest: tweak(web, 'name: web-service', 'name: 1web'),
    want: [{ message: `metadata.name: Invalid value: "1web": ${DNS1035}`, path: 'metadata.name', line: 5, column: 3 }],
  },
  {
    name: 'protocol not supported',
    manifest: tweak(web, '    targetPort: 80\n', '    targetPort: 80\n    protocol: HTTP\n'),
    want: [{ message: 'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"', path: 'spec.ports[0].protocol', line: 13, column: 5 }],
  },
  {
    name: 'two ports need names',
    manifest: tweak(web, '    targetPort: 80\n', '    targetPort: 80\n  - port: 443\n'),
    want: [
      { message: 'spec.ports[0].name: Required value', path: 'spec.ports[0].name', line: 11, column: 5 },
      { message: 'spec.ports[1].name: Required value', path: 'spec.ports[1].name', line: 13, column: 5 },
    ],
  },
  {
    name: 'duplicate port names',
    manifest: tweak(manifest('headless-clusters'), 'name: transport', 'name: http'),
    want: [{ message: 'spec.ports[1].name: Duplicate value: "http"', path: 'spec.ports[1].name', line: 25, column: 5 }],
  },
  {
    name: 'port name is not a DNS-1123 label',
    manifest: tweak(mysql, 'name: mysql\n---', 'name: MySQL\n---'),
    want: [{ message: `spec.ports[0].name: Invalid value: "MySQL": ${DNS1123_LABEL}`, path: 'spec.ports[0].name', line: 12, column: 5 }],
  },
  {
    name: 'duplicate port and protocol',
    manifest: tweak(manifest('headless-clusters'), 'port: 9300', 'port: 9200'),
    want: [
      {
        message: 'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:9200, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
        path: 'spec.ports[1]',
        line: 24,
        column: 5,
      },
    ],
  },
  {
    name: 'ports required for a non-headless Service',
    manifest: tweak(web, / {2}ports:\n {2}- port: 80\n {4}targetPort: 80\n/, ''),
    want: [{ message: 'spec.ports: Required value', path: 'spec.ports', line: 6, column: 1 }],
  },
  {
    name: "clusterIP None with type NodePort",
    manifest: tweak(mysql, 'clusterIP: None', 'clusterIP: None\n  type: NodePort'),
    want: [{ message: "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services", path: 'spec.clusterIPs[0]', line: 7, column: 3 }],
  },
  {
    name: 'clusterIP None with type LoadBalancer',
    manifest: tweak(mysql, 'clusterIP: None', 'clusterIP: None\n  type: LoadBalancer'),
    want: [{ message: "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services", path: 'spec.clusterIPs[0]', line: 7, column: 3 }],
  },
  {
    name: 'clusterIP outside the Service CIDR',
    manifest: tweak(web, 'type: ClusterIP', 'type: ClusterIP\n  clusterIP: 10.0.0.5'),
    want: [{ message: 'spec.clusterIPs: Invalid value: []string{"10.0.0.5"}: failed to allocate IP 10.0.0.5: provided IP is not in the valid range. The range of valid IPs is 10.96.0.0/12', path: 'spec.clusterIPs', line: 8, column: 3 }],
  },
  {
    name: 'clusterIP that is not an IP',
    manifest: tweak(web, 'type: ClusterIP', 'type: ClusterIP\n  clusterIP: 10.96.300.1'),
    want: [{ message: 'spec.clusterIPs[0]: Invalid value: "10.96.300.1": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)', path: 'spec.clusterIPs[0]', line: 8, column: 3 }],
  },
  {
    name: 'clusterIP of kube-dns is already allocated',
    manifest: tweak(web, 'type: ClusterIP', 'type: ClusterIP\n  clusterIP: 10.96.0.10'),
    want: [{ message: 'spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated', path: 'spec.clusterIPs', line: 8, column: 3 }],
  },
  {
    name: 'duplicate clusterIP: the second Service fails',
    manifest: `${tweak(web, 'type: ClusterIP', 'type: ClusterIP\n  clusterIP: 10.96.100.50')}---\n${tweak(tweak(web.split('---')[0] ?? '', 'name: web-service', 'name: web-two'), 'type: ClusterIP', 'type: ClusterIP\n  clusterIP: 10.96.100.50')}`,
    want: [{ message: 'spec.clusterIPs: Invalid value: []string{"10.96.100.50"}: failed to allocate IP 10.96.100.50: provided IP is already allocated', path: 'spec.clusterIPs', line: 40, column: 3 }],
  },
  {
    name: 'clusterIPs that disagree with clusterIP',
    manifest: tweak(web, 'type: ClusterIP', 'type: ClusterIP\n  clusterIP: 10.96.100.50\n  clusterIPs:\n  - 10.96.100.51'),
    want: [{ message: 'spec.clusterIPs: Invalid value: []string{"10.96.100.51"}: first value must match `clusterIP`', path: 'spec.clusterIPs', line: 9, column: 3 }],
  },
  {
    name: 'nodePort on a ClusterIP Service',
    manifest: tweak(web, '    targetPort: 80\n', '    targetPort: 80\n    nodePort: 30080\n'),
    want: [{ message: "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'", path: 'spec.ports[0].nodePort', line: 13, column: 5 }],
  },
  {
    name: 'nodePort outside the range',
    manifest: tweak(tweak(web, 'type: ClusterIP', 'type: NodePort'), '    targetPort: 80\n', '    targetPort: 80\n    nodePort: 8080\n'),
    want: [{ message: 'spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767', path: 'spec.ports[0].nodePort', line: 13, column: 5 }],
  },
  {
    name: 'nodePort already allocated by another Service',
    manifest: `${tweak(tweak(web, 'type: ClusterIP', 'type: NodePort'), '    targetPort: 80\n', '    targetPort: 80\n    nodePort: 30080\n')}---\n${tweak(tweak(tweak(web.split('---')[0] ?? '', 'name: web-service', 'name: web-two'), 'type: ClusterIP', 'type: NodePort'), '    targetPort: 80\n', '    targetPort: 80\n    nodePort: 30080\n')}`,
    want: [{ message: 'spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated', path: 'spec.ports[0].nodePort', line: 45, column: 5 }],
  },
  {
    name: 'type not supported',
    manifest: tweak(web, 'type: ClusterIP', 'type: Headless'),
    want: [{ message: 'spec.type: Unsupported value: "Headless": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"', path: 'spec.type', line: 7, column: 3 }],
  },
  {
    name: 'ExternalName without externalName',
    manifest: tweak(web, 'type: ClusterIP', 'type: ExternalName'),
    want: [{ message: 'spec.externalName: Required value', path: 'spec.externalName', line: 6, column: 1 }],
  },
  {
    name: 'ExternalName that is not a DNS name',
    manifest: tweak(web, 'type: ClusterIP', 'type: ExternalName\n  externalName: my_db.example.com'),
    want: [{ message: `spec.externalName: Invalid value: "my_db.example.com": ${DNS1123_SUBDOMAIN}`, path: 'spec.externalName', line: 8, column: 3 }],
  },
  {
    name: 'sessionAffinity not supported',
    manifest: tweak(affinity, 'sessionAffinity: ClientIP', 'sessionAffinity: Sticky'),
    want: [
      { message: 'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"', path: 'spec.sessionAffinity', line: 8, column: 3 },
    ],
  },
  {
    name: 'sessionAffinity timeout above a day',
    manifest: tweak(affinity, 'timeoutSeconds: 10800', 'timeoutSeconds: 100000'),
    want: [{ message: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 100000: must be greater than 0 and less than 86400', path: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds', line: 11, column: 7 }],
  },
  {
    name: 'sessionAffinityConfig with affinity None',
    manifest: tweak(affinity, 'sessionAffinity: ClientIP', 'sessionAffinity: None'),
    want: [{ message: 'spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None', path: 'spec.sessionAffinityConfig', line: 9, column: 3 }],
  },
  {
    name: 'selector does not match template labels',
    manifest: tweak(web, '      labels:\n        app: nginx', '      labels:\n        app: web'),
    want: [{ message: 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`', path: 'spec.template.metadata.labels', line: 25, column: 7 }],
  },
  {
    name: 'template without labels',
    manifest: tweak(web, '      labels:\n        app: nginx\n', ''),
    want: [{ message: 'spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`', path: 'spec.template.metadata.labels', line: 23, column: 3 }],
  },
  {
    name: 'Deployment without selector',
    manifest: tweak(web, '  selector:\n    matchLabels:\n      app: nginx\n', ''),
    want: [
      { message: 'spec.selector: Required value', path: 'spec.selector', line: 18, column: 1 },
      { message: 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"nginx"}: `selector` does not match template `labels`', path: 'spec.template.metadata.labels', line: 22, column: 7 },
    ],
  },
  {
    name: 'empty selector',
    manifest: tweak(web, '  selector:\n    matchLabels:\n      app: nginx\n', '  selector: {}\n'),
    want: [
      {
        message: 'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
        path: 'spec.selector',
        line: 20,
        column: 3,
      },
    ],
  },
  {
    name: 'negative replicas',
    manifest: tweak(web, 'replicas: 3', 'replicas: -1'),
    want: [{ message: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0', path: 'spec.replicas', line: 19, column: 3 }],
  },
  {
    name: 'StatefulSet name is not a DNS-1123 label',
    manifest: tweak(mysql, 'name: mysql\nspec', 'name: mysql.db\nspec'),
    want: [{ message: 'metadata.name: Invalid value: "mysql.db": must not contain dots', path: 'metadata.name', line: 17, column: 3 }],
  },
  {
    name: 'no containers',
    manifest: tweak(web, / {6}containers:\n {6}- name: nginx\n {8}image: nginx:latest\n/, '      containers: []\n'),
    want: [{ message: 'spec.template.spec.containers: Required value', path: 'spec.template.spec.containers', line: 28, column: 7 }],
  },
  {
    name: 'container name not a DNS-1123 label',
    manifest: tweak(web, '- name: nginx', '- name: Nginx'),
    want: [{ message: `spec.template.spec.containers[0].name: Invalid value: "Nginx": ${DNS1123_LABEL}`, path: 'spec.template.spec.containers[0].name', line: 29, column: 9 }],
  },
  {
    name: 'container without image',
    manifest: tweak(web, '        image: nginx:latest\n', ''),
    want: [{ message: 'spec.template.spec.containers[0].image: Required value', path: 'spec.template.spec.containers[0].image', line: 29, column: 9 }],
  },
  {
    name: 'containerPort out of range',
    manifest: tweak(mysql, 'containerPort: 3306', 'containerPort: 330600'),
    want: [{ message: 'spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 330600: must be between 1 and 65535, inclusive', path: 'spec.template.spec.containers[0].ports[0].containerPort', line: 33, column: 11 }],
  },
  {
    name: 'a port written as a string is a decoding error',
    manifest: tweak(web, '- port: 80', '- port: "80"'),
    want: [{ message: 'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32', path: 'spec.ports[0].port', line: 11, column: 5 }],
  },
  {
    name: 'a number as a label value is a decoding error',
    manifest: tweak(web, '      labels:\n        app: nginx', '      labels:\n        app: nginx\n        version: 1.0'),
    want: [{ message: 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number into Go struct field ObjectMeta.spec.template.metadata.labels of type string', path: 'spec.template.metadata.labels', line: 25, column: 7 }],
  },
  {
    name: 'a misspelt field is refused by strict field validation',
    manifest: tweak(web, '  selector:\n    app: nginx', '  selecter:\n    app: nginx'),
    want: [{ message: 'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.selecter"', path: 'spec.selecter', line: 8, column: 3 }],
  },
  {
    name: 'a misspelt field in a list item names its index',
    manifest: tweak(web, '    targetPort: 80', '    trgetPort: 80'),
    want: [{ message: 'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].trgetPort"', path: 'spec.ports[0].trgetPort', line: 12, column: 5 }],
  },
  {
    name: 'field names are case-sensitive',
    manifest: tweak(web, '    targetPort: 80', '    targetport: 80'),
    want: [{ message: 'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].targetport"', path: 'spec.ports[0].targetport', line: 12, column: 5 }],
  },
  {
    name: 'several unknown fields: one message, keys in sorted order, each field marked at its line',
    manifest: tweak(tweak(web, '    targetPort: 80', '    trgetPort: 80'), '  selector:\n    app: nginx', '  selecter:\n    app: nginx'),
    want: [
      { message: 'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].trgetPort", unknown field "spec.selecter"', path: 'spec.selecter', line: 8, column: 3 },
      { message: 'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].trgetPort", unknown field "spec.selecter"', path: 'spec.ports[0].trgetPort', line: 12, column: 5 },
    ],
  },
  {
    name: 'an unknown field deep in a Deployment\'s Pod template',
    manifest: tweak(web, '        image: nginx:latest', '        image: nginx:latest\n        imagePullPolicyy: Always'),
    want: [{ message: 'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].imagePullPolicyy"', path: 'spec.template.spec.containers[0].imagePullPolicyy', line: 31, column: 9 }],
  },
  {
    name: 'an unknown field in a StatefulSet',
    manifest: tweak(mysql, '  serviceName: mysql-headless', '  servicename: mysql-headless'),
    want: [{ message: 'StatefulSet in version "v1" cannot be handled as a StatefulSet: strict decoding error: unknown field "spec.servicename"', path: 'spec.servicename', line: 19, column: 3 }],
  },
  {
    name: 'an unknown field in metadata',
    manifest: tweak(web, '  name: web-service', '  name: web-service\n  app: web'),
    want: [{ message: 'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "metadata.app"', path: 'metadata.app', line: 6, column: 3 }],
  },
  {
    name: 'an unknown field in a Pod, an EndpointSlice and a Namespace',
    manifest: [
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: busybox\n    port: 80\n',
      'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: s\naddressType: IPv4\nendpoints:\n- addresses: ["10.244.1.5"]\n  condition: {ready: true}\n',
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\nspec:\n  finalizer: []\n',
    ].join('---\n'),
    want: [
      { message: 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].port"', path: 'spec.containers[0].port', line: 9, column: 5 },
      { message: 'EndpointSlice in version "v1" cannot be handled as a EndpointSlice: strict decoding error: unknown field "endpoints[0].condition"', path: 'endpoints[0].condition', line: 18, column: 3 },
      { message: 'Namespace in version "v1" cannot be handled as a Namespace: strict decoding error: unknown field "spec.finalizer"', path: 'spec.finalizer', line: 25, column: 3 },
    ],
  },
  {
    name: 'an unknown field in a kind: List item points into the item',
    manifest: tweak(manifest('kubectl-get-list'), '      port: 80\n', '      port: 80\n      prot: TCP\n'),
    want: [{ message: 'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].prot"', path: 'spec.ports[0].prot', line: 30, column: 7 }],
  },
  {
    name: 'a JSON type error wins over unknown fields, as the decoder returns it first',
    manifest: tweak(tweak(web, '- port: 80', '- port: "80"'), '  selector:\n    app: nginx', '  selecter:\n    app: nginx'),
    want: [{ message: 'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32', path: 'spec.ports[0].port', line: 11, column: 5 }],
  },
  {
    name: 'unknown fields refuse the object before validation runs',
    manifest: tweak(tweak(web, '- port: 80', '- port: 70000'), '    targetPort: 80', '    trgetPort: 80'),
    want: [{ message: 'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].trgetPort"', path: 'spec.ports[0].trgetPort', line: 12, column: 5 }],
  },
  {
    name: 'any key is allowed in labels, annotations and selectors',
    manifest: tweak(web, '  name: web-service', '  name: web-service\n  labels: {selecter: x}\n  annotations: {trgetPort: "1"}'),
    want: [],
  },
  {
    name: 'missing kind',
    manifest: tweak(web, 'kind: Service\n', ''),
    want: [{ message: 'error validating data: kind not set', path: 'kind', line: 2, column: 1 }],
  },
  {
    name: 'missing apiVersion and kind',
    manifest: tweak(web, 'apiVersion: v1\nkind: Service\n', ''),
    want: [{ message: 'error validating data: [apiVersion not set, kind not set]', path: 'apiVersion', line: 2, column: 1 }],
  },
  {
    name: 'a kind in a version that does not serve it',
    manifest: tweak(web, 'apiVersion: apps/v1', 'apiVersion: extensions/v1beta1'),
    want: [{ message: 'no matches for kind "Deployment" in version "extensions/v1beta1"', path: 'apiVersion', line: 14, column: 1 }],
  },
  {
    name: 'a namespace that does not exist',
    manifest: tweak(web, 'name: web-service', 'name: web-service\n  namespace: shop'),
    want: [{ message: 'namespaces "shop" not found', path: 'metadata.namespace', line: 6, column: 3 }],
  },
  {
    name: 'the same Service twice',
    manifest: `${web}---\n${web.split('---')[0]}`,
    want: [{ message: 'services "web-service" already exists', path: 'metadata.name', line: 36, column: 3 }],
  },
  {
    name: 'an error inside a kind: List item points into the item',
    manifest: tweak(manifest('kubectl-get-list'), '      port: 80\n', '      port: 80000\n'),
    want: [{ message: 'spec.ports[0].port: Invalid value: 80000: must be between 1 and 65535, inclusive', path: 'spec.ports[0].port', line: 29, column: 7 }],
  },
  {
    name: 'a broken document is reported; the others load',
    manifest: tweak(web, '  ports:\n  - port: 80', '  ports:\n  - port: 80\n bad: [1'),
    // go-yaml (sigs.k8s.io/yaml) reports this parser error on line 11: its 0-based problem mark.
    want: [{ message: 'error converting YAML to JSON: yaml: line 11: did not find expected key', line: 12, column: 2 }],
  },
  {
    name: 'a duplicated key, as sigs.k8s.io/yaml reports it',
    manifest: tweak(web, '  name: web-service\n', '  name: web-service\n  name: web\n'),
    want: [{ message: 'error converting YAML to JSON: yaml: unmarshal errors:\n  line 6: key "name" already set in map', line: 6, column: 3 }],
  },
];

describe('API-server validation', () => {
  it.each(cases)('$name', ({ manifest: text, want }) => {
    const { diagnostics } = loadCluster(text);
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => ({ message: d.message, line: d.line, column: d.column, ...(d.path !== undefined ? { path: d.path } : {}) }));
    expect(errors).toEqual(want);
  });

  it('a rejected object is not created, the rest of the source is', () => {
    const { cluster } = loadCluster(tweak(web, '- port: 80', '- port: 70000'));
    expect(cluster.services.map((s) => s.name)).not.toContain('web-service');
    expect(cluster.pods.filter((p) => p.owner?.workload?.name === 'nginx')).toHaveLength(3);
  });

  it('a broken document is skipped and the next one loads', () => {
    const { cluster } = loadCluster(tweak(web, '  ports:\n  - port: 80', '  ports:\n  - port: 80\n bad: [1'));
    expect(cluster.services.map((s) => s.name)).not.toContain('web-service');
    expect(cluster.workloads.map((w) => w.name)).toContain('nginx');
  });
});
