// Generates the JSON schema the editor gives monaco-yaml (completion, hover docs, light validation) from the
// real Kubernetes types, as two generators made them from the Kubernetes OpenAPI spec:
// - @kubernetes/client-node (OpenAPI Generator, release-1.36): the structure, from each model's
//   `attributeTypeMap` (what the client itself uses to (de)serialise);
// - kubernetes-models (tommy351/kubernetes-models-ts): each field's own `description`, its enum values
//   ("SCTP" | "TCP" | "UDP") and required-ness, from the interfaces in its .d.ts files. client-node's .d.ts
//   replaces a field's description by its type's (targetPort would read "IntOrString is a type…"), so its
//   comments are only the fallback.
//
//   npm ci --prefix scripts/schema-tools     once: the type packages, kept out of the app's dependencies
//                                            (they need Node >= 22; the app runs on 20.19)
//   npx tsx scripts/gen-schemas.ts            writes src/ui/editor/schemas/kubernetes.json
//                                             and src/core/validate/api-fields.ts
//
// Only the kinds the playground's core understands are roots; rarely taught sub-trees of PodSpec (volumes,
// probes, security contexts, affinity …) are kept in the editor's schema as objects with their description
// and their field names only, so the output stays small enough to ship with the editor.
//
// Every struct is closed (`additionalProperties: false`), as the API server's strict field validation is
// (kubectl ≥ 1.27 asks for it by default): a misspelt field is flagged as it is typed. Maps (labels,
// annotations, selectors) and free-form values stay open. The core gets the same structs, every sub-tree
// expanded and names only, in api-fields.ts, to report unknown fields in the API server's words.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

// Resolves from scripts/schema-tools/, whose package.json holds the two generators' packages.
const require = createRequire(new URL('./schema-tools/package.json', import.meta.url));
const modelsDir = join(dirname(require.resolve('@kubernetes/client-node/package.json')), 'dist/gen/models');
const out = join(dirname(new URL(import.meta.url).pathname), '../src/ui/editor/schemas/kubernetes.json');
const coreOut = join(dirname(new URL(import.meta.url).pathname), '../src/core/validate/api-fields.ts');

/** The kinds loadCluster understands, with the apiVersion the API server serves them at. */
const roots: { model: string; kind: string; apiVersion: string }[] = [
  { model: 'V1Service', kind: 'Service', apiVersion: 'v1' },
  { model: 'V1Pod', kind: 'Pod', apiVersion: 'v1' },
  { model: 'V1Namespace', kind: 'Namespace', apiVersion: 'v1' },
  { model: 'V1Deployment', kind: 'Deployment', apiVersion: 'apps/v1' },
  { model: 'V1StatefulSet', kind: 'StatefulSet', apiVersion: 'apps/v1' },
  { model: 'V1EndpointSlice', kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1' },
  { model: 'V1Endpoints', kind: 'Endpoints', apiVersion: 'v1' },
];

/** Models not expanded: described, typed as object, open. */
const shallow = new Set([
  'V1Volume', 'V1Affinity', 'V1PodSecurityContext', 'V1SecurityContext', 'V1Probe', 'V1Lifecycle',
  'V1EphemeralContainer', 'V1ResourceRequirements', 'V1VolumeMount', 'V1VolumeDevice', 'V1PersistentVolumeClaim',
  'V1PodDNSConfig', 'V1HostAlias', 'V1Toleration', 'V1TopologySpreadConstraint', 'V1PodReadinessGate',
  'V1LocalObjectReference', 'V1PodOS', 'V1PodSchedulingGate', 'V1PodResourceClaim', 'V1EnvFromSource',
  'V1EnvVarSource', 'V1ManagedFieldsEntry', 'V1OwnerReference', 'V1PodStatus', 'V1ServiceStatus',
  'V1DeploymentStatus', 'V1StatefulSetStatus', 'V1NamespaceStatus', 'V1ContainerResizePolicy',
  'V1PersistentVolumeClaimRetentionPolicy', 'V1StatefulSetOrdinals', 'V1DeploymentStrategy',
  'V1StatefulSetUpdateStrategy', 'V1SessionAffinityConfig', 'V1ObjectReference', 'V1ContainerRestartRule',
  'V1WorkloadReference', 'V1PodCertificateProjection', 'V1ResourceRequirements', 'V1EndpointHints',
  'V1ContainerExtendedResourceRequest',
]);
// Kept expanded although small, because the seed teaches them.
shallow.delete('V1SessionAffinityConfig');

type Schema = Record<string, unknown>;

interface FieldDoc { description: string; optional: boolean; enum?: string[] }
interface TypeDoc { description: string; props: Map<string, FieldDoc> }

const jsdoc = (node: ts.Node) =>
  ts.getJSDocCommentsAndTags(node).map((d) => (typeof d.comment === 'string' ? d.comment : '')).join('\n')
    .replace(/\\([*'"])/g, '$1').trim();

/** kubernetes-models: `IIoK8sApiCoreV1ServicePort` → the docs of interface IServicePort in v1/ServicePort.d.ts. */
function indexKubernetesModels(): Map<string, TypeDoc> {
  const index = new Map<string, TypeDoc>();
  const roots = [
    join(dirname(require.resolve('kubernetes-models/package.json')), ''),
    join(dirname(require.resolve('@kubernetes-models/apimachinery/package.json')), ''),
  ];
  const dirs = [[roots[0]!, 'v1'], [roots[0]!, 'apps/v1'], [roots[0]!, 'discovery.k8s.io/v1'], [roots[1]!, 'apis/meta/v1']];
  for (const [root, dir] of dirs) {
    for (const f of readdirSync(join(root!, dir!)).filter((x) => x.endsWith('.d.ts'))) {
      const src = ts.createSourceFile(f, readFileSync(join(root!, dir!, f), 'utf8'), ts.ScriptTarget.ES2022, true);
      const interfaces = new Map<string, TypeDoc>();
      const aliases: [string, string][] = [];
      src.forEachChild((node) => {
        if (ts.isInterfaceDeclaration(node)) {
          const props = new Map<string, FieldDoc>();
          for (const m of node.members) {
            if (!ts.isPropertySignature(m) || !m.name) continue;
            const name = ts.isStringLiteral(m.name) ? m.name.text : m.name.getText(src);
            const literals = m.type && ts.isUnionTypeNode(m.type) && m.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
              ? m.type.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text) : undefined;
            props.set(name, { description: jsdoc(m), optional: !!m.questionToken, ...(literals ? { enum: literals } : {}) });
          }
          interfaces.set(node.name.text, { description: jsdoc(node), props });
        } else if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
          for (const el of node.exportClause.elements) if (el.propertyName) aliases.push([el.propertyName.text, el.name.text]);
        }
      });
      for (const [local, full] of aliases) {
        const doc = interfaces.get(local);
        if (doc) index.set(full, doc);
      }
    }
  }
  return index;
}

const modelsIndex = indexKubernetesModels();

/** client-node's model name → kubernetes-models' interface for the same OpenAPI definition. */
function kubernetesModelsDoc(model: string): TypeDoc | undefined {
  const m = /^(Core|Apps|Discovery)?V1(.+)$/.exec(model);
  if (!m) return undefined;
  const groups = m[1] ? [m[1]] : ['Core', 'Apps', 'Discovery'];
  for (const g of groups) {
    const doc = modelsIndex.get(`IIoK8sApi${g}V1${m[2]}`);
    if (doc) return doc;
  }
  return modelsIndex.get(`IIoK8sApimachineryPkgApisMetaV1${m[2]}`);
}
const definitions: Record<string, Schema> = {};

interface Attr { name: string; baseName: string; type: string; format: string }

function docsOf(model: string): TypeDoc {
  const preferred = kubernetesModelsDoc(model);
  if (preferred) return preferred;
  const file = join(modelsDir, `${model}.d.ts`);
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const props = new Map<string, FieldDoc>();
  let description = '';
  const clean = jsdoc;
  src.forEachChild((node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === model) {
      description = clean(node);
      for (const m of node.members) {
        if (ts.isPropertyDeclaration(m) && !m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) {
          const name = ts.isStringLiteral(m.name) ? m.name.text : m.name.getText(src);
          props.set(name, { description: clean(m), optional: !!m.questionToken });
        }
      }
    }
  });
  return { description, props };
}

async function attrsOf(model: string): Promise<Attr[]> {
  const mod = (await import(join(modelsDir, `${model}.js`))) as Record<string, { attributeTypeMap: Attr[] }>;
  const cls = mod[model];
  if (!cls) throw new Error(`no class ${model}`);
  return cls.attributeTypeMap;
}

function typeSchema(type: string, format: string, pending: string[]): Schema {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return { type: 'array', items: typeSchema(array[1]!, '', pending) };
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return { type: 'object', additionalProperties: typeSchema(map[1]!, '', pending) };
  if (type === 'IntOrString' || format === 'int-or-string') return { anyOf: [{ type: 'integer' }, { type: 'string' }] };
  if (type === 'number') return format === 'double' ? { type: 'number' } : { type: 'integer' };
  if (type === 'string' || type === 'Date') return { type: 'string' };
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'any' || type === 'object') return {};
  if (/^V\d/.test(type) || /^(Core|Events|Discovery|Apps)V\d/.test(type)) {
    pending.push(type);
    return { $ref: `#/definitions/${type}` };
  }
  return {};
}

async function define(model: string, pending: string[], root?: { kind: string; apiVersion: string }) {
  const key = root ? `${model}` : model;
  if (definitions[key]) return;
  const { description, props } = docsOf(model);
  if (shallow.has(model)) {
    const names = Object.fromEntries((await attrsOf(model)).map((a) => [a.baseName, {}]));
    definitions[key] = { type: 'object', description, properties: names, additionalProperties: false };
    return;
  }
  definitions[key] = {}; // reserve against cycles
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const a of await attrsOf(model)) {
    const doc = props.get(a.name);
    const s = typeSchema(a.type, a.format, pending);
    if (doc?.enum && s.type === 'string') s.enum = doc.enum;
    if (doc?.description) {
      if (s.$ref) properties[a.baseName] = { allOf: [s], description: doc.description };
      else properties[a.baseName] = { ...s, description: doc.description };
    } else properties[a.baseName] = s;
    if (doc && !doc.optional) required.push(a.baseName);
  }
  if (root) {
    properties.apiVersion = { ...properties.apiVersion, enum: [root.apiVersion] };
    properties.kind = { ...properties.kind, enum: [root.kind] };
    for (const k of ['apiVersion', 'kind']) if (!required.includes(k)) required.push(k);
  }
  definitions[key] = { type: 'object', description, properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

/** The struct a field decodes into (arrays of it too), or undefined for a value strict decoding does not look into. */
function structOf(type: string): string | undefined {
  const element = /^Array<(.+)>$/.exec(type)?.[1] ?? type;
  return /^V\d/.test(element) || /^(Core|Events|Discovery|Apps)V\d/.test(element) ? element : undefined;
}

/** Every struct reachable from the roots, each field naming its struct or '' (scalar, map, free-form value). */
async function coreFields(): Promise<Record<string, Record<string, string>>> {
  const structs: Record<string, Record<string, string>> = {};
  const pending = roots.map((r) => r.model);
  while (pending.length) {
    const model = pending.shift()!;
    if (structs[model]) continue;
    const fields: Record<string, string> = {};
    for (const a of await attrsOf(model)) {
      const struct = structOf(a.type);
      fields[a.baseName] = struct ?? '';
      if (struct && !structs[struct]) pending.push(struct);
    }
    structs[model] = fields;
  }
  return Object.fromEntries(Object.entries(structs).sort(([a], [b]) => a.localeCompare(b)));
}

async function writeCoreFields() {
  const structs = await coreFields();
  const text = `// Generated by scripts/gen-schemas.ts from @kubernetes/client-node (Kubernetes OpenAPI). Do not edit.
// The JSON fields of every Go struct the playground's kinds decode into, for strict field validation.

/** Root struct of each kind the core reads. */
export const ROOT_STRUCTS: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(roots.map((r) => [r.kind, r.model])))};

/**
 * struct → JSON field → the struct that field decodes into (or each element of it, for a list); '' for a
 * value strict decoding does not look into (a scalar, a map such as labels, a free-form value).
 */
export const API_STRUCTS: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(structs)};
`;
  writeFileSync(coreOut, text);
  console.log(`wrote ${coreOut}: ${Object.keys(structs).length} structs, ${text.length} bytes`);
}

async function main() {
  const pending: string[] = [];
  for (const r of roots) await define(r.model, pending, r);
  while (pending.length) await define(pending.shift()!, pending);
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: 'Generated by scripts/gen-schemas.ts from @kubernetes/client-node and kubernetes-models (Kubernetes OpenAPI). Do not edit.',
    title: 'Kubernetes objects the playground understands',
    oneOf: [
      ...roots.map((r) => ({ $ref: `#/definitions/${r.model}` })),
      // `kubectl get … -o yaml` output, which loadCluster also reads.
      {
        type: 'object',
        description: 'A list of objects, as `kubectl get … -o yaml` prints it.',
        required: ['kind', 'items'],
        properties: {
          apiVersion: { type: 'string', enum: ['v1'] },
          kind: { type: 'string', enum: ['List'] },
          items: { type: 'array', items: { oneOf: roots.map((r) => ({ $ref: `#/definitions/${r.model}` })) } },
        },
      },
    ],
    definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b))),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(schema, null, 1) + '\n');
  console.log(`wrote ${out}: ${Object.keys(definitions).length} definitions, ${JSON.stringify(schema).length} bytes`);
}

await main();
await writeCoreFields();
