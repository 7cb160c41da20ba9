// The kubectl the learner types on their laptop: the verbs the lessons use, against the simulated API server,
// with kubectl's own output and errors (kubernetes/kubectl pkg/cmd/{get,describe,delete,scale,label,run,exec,
// rollout}; errors worded by cmdutil.checkErr / StandardErrorMessage: `error: …`, `Error from server (Reason): …`).
// A change is returned as the cluster actions the graph's menu makes for it, for the caller to apply the same way;
// a shell to open or a command to run in a Pod is returned for the shell to do.
import type { ClusterAction } from '../model/actions';
import { findPod } from '../model/pod-ref';
import type { Cluster, Pod, Workload } from '../model/types';
import { errorMessage, invalid } from '../validate/field';
import { isLabelValue, isQualifiedName } from '../validate/names';
import { apiList, apiObject } from './api-objects';
import { parseArgs, type FlagSpec, type ParsedArgs } from './args';
import { formatDescribePod, formatDescribeService } from './describe';
import { formatTable } from './get';
import { formatJson } from './json-printer';
import { formatYaml } from './yaml-printer';
import { matchesSelector, parseSelector, type Requirement } from './label-selector';
import { activePods, objectsOf, type KubeObject } from './objects';
import { ALL_CATEGORY, RESOURCES, resourceType, type ResourceType } from './resources';

/** What a kubectl run asks of the shell it runs in. */
export type KubectlExec =
  /** `kubectl exec POD -- CMD…`: run the command in the Pod (no shell between, as the runtime execs argv). */
  | { kind: 'exec'; pod: string; command: string[] }
  /** `kubectl run -it` / `kubectl exec -it POD -- sh`: the learner's terminal is now that Pod's shell. */
  | { kind: 'attach'; pod: string; rm: boolean };

/** Why kubectl's output is not the whole story, as codes the UI words. */
export type KubectlNoteCode =
  /** A verb, type or output format the playground's kubectl does not have. */
  | 'kubectl-not-modelled'
  /** describe pod without the container and image IDs, which the model has no value for. */
  | 'kubectl-describe-omits'
  /**
   * -o yaml|json: uids, resourceVersions and times are made up (api-identity.ts); container and image IDs and the
   * Pod spec fields the model does not keep (env, command, resources) are not printed.
   */
  | 'kubectl-object-made-up';

export interface KubectlResult {
  chunks: { fd: 1 | 2; text: string }[];
  status: number;
  /** The cluster actions, in order, that the graph menu would make for the same change. */
  actions: ClusterAction[];
  exec?: KubectlExec;
  /** `kubectl run --rm -i … -- CMD`: delete the Pod once the command ran (the menu's delete). */
  removeAfterExec?: boolean;
  notes: { code: KubectlNoteCode; command: string }[];
}

class Out {
  readonly r: KubectlResult = { chunks: [], status: 0, actions: [], notes: [] };
  out(text: string): void { if (text) this.r.chunks.push({ fd: 1, text }); }
  err(text: string): void { if (text) this.r.chunks.push({ fd: 2, text }); }
  /** kubectl's fatal error: printed on stderr, exit status 1. */
  fail(message: string): KubectlResult { this.err(`${message}\n`); this.r.status = 1; return this.r; }
  notModelled(command: string): KubectlResult { this.r.notes.push({ code: 'kubectl-not-modelled', command }); this.r.status = 1; return this.r; }
}

const notFound = (groupResource: string, name: string): string => `Error from server (NotFound): ${groupResource} "${name}" not found`;
const usageError = (verbPath: string, message: string): string => `error: ${message}\nSee '${verbPath} -h' for help and examples`;
const flagError = (verb: string, message: string): string => `error: ${message}\nSee 'kubectl ${verb} --help' for usage.`;

interface Context { cluster: Cluster; namespace: string; o: Out }

/** Reads the verb's flags; `-n` sets the namespace the verb works in. */
function parse(ctx: Context, verb: string, args: readonly string[], specs: readonly FlagSpec[]): ParsedArgs | undefined {
  const p = parseArgs(args, specs);
  if (!p.ok) { ctx.o.fail(flagError(verb, p.error)); return undefined; }
  if (p.value.flags.namespace !== undefined) ctx.namespace = p.value.flags.namespace;
  return p.value;
}

/** `type/name` words, or a type (or comma list) then names: kubectl's ResourceTypeOrNameArgs. */
type Target = { type: ResourceType; name?: string };
function targets(o: Out, words: readonly string[], allowAll: boolean): Target[] | undefined {
  const unknownType = (t: string): undefined => { o.fail(`error: the server doesn't have a resource type "${t}"`); return undefined; };
  const out: Target[] = [];
  if (words[0]?.includes('/')) {
    for (const w of words) {
      const slash = w.indexOf('/');
      if (slash < 0) { o.fail('error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. \'kubectl get resource/<resource_name>\' instead of \'kubectl get resource resource/<resource_name>\''); return undefined; }
      const type = resourceType(w.slice(0, slash));
      if (!type) return unknownType(w.slice(0, slash));
      out.push({ type, name: w.slice(slash + 1) });
    }
    return out;
  }
  const types: ResourceType[] = [];
  for (const t of (words[0] ?? '').split(',')) {
    if (t === 'all' && allowAll) { types.push(...ALL_CATEGORY); continue; }
    const type = resourceType(t);
    if (!type) return unknownType(t);
    types.push(type);
  }
  const names = words.slice(1);
  for (const type of types) {
    if (names.length) for (const name of names) out.push({ type, name });
    else out.push({ type });
  }
  return out;
}

function selectorFlag(o: Out, flags: Record<string, string>): Requirement[] | undefined {
  const sel = parseSelector(flags.selector ?? '');
  if (!sel.ok) { o.fail(`error: ${sel.error}`); return undefined; }
  return sel.value;
}

/** The objects the targets name (NotFound errors for missing names), in kubectl's order. */
function resolve(ctx: Context, list: readonly Target[], allNamespaces: boolean, selector: readonly Requirement[]): { objects: KubeObject[]; errors: string[] } {
  const objects: KubeObject[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const t of list) {
    const all = objectsOf(ctx.cluster, t.type).filter((x) => allNamespaces || x.namespace === ctx.namespace);
    if (t.name === undefined) {
      for (const x of all) if (matchesSelector(selector, x.labels)) objects.push(x);
      continue;
    }
    const x = all.find((y) => y.name === t.name && y.namespace === ctx.namespace);
    if (!x) { errors.push(notFound(RESOURCES[t.type].groupResource, t.name)); continue; }
    const key = `${x.type}/${x.name}`;
    if (!seen.has(key)) { seen.add(key); objects.push(x); }
  }
  return { objects, errors };
}

const GET_FLAGS: FlagSpec[] = [
  { name: 'all-namespaces', short: 'A', kind: 'bool' },
  { name: 'selector', short: 'l', kind: 'string' },
  { name: 'output', short: 'o', kind: 'string' },
  { name: 'show-labels', kind: 'bool' },
  { name: 'no-headers', kind: 'bool' },
];

const OUTPUT_FORMATS = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

function get(ctx: Context, args: readonly string[]): KubectlResult {
  const { o } = ctx;
  const p = parse(ctx, 'get', args, GET_FLAGS);
  if (!p) return o.r;
  if (!p.positional.length) {
    o.err('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
    return o.fail(usageError('kubectl get', 'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).'));
  }
  const output = p.flags.output ?? '';
  if (output.startsWith('jsonpath') || output.startsWith('custom-columns') || output.startsWith('go-template')) {
    return o.notModelled(`kubectl get -o ${output}`);
  }
  if (output !== '' && output !== 'wide' && output !== 'name' && output !== 'yaml' && output !== 'json') {
    return o.fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${OUTPUT_FORMATS}`);
  }
  const list = targets(o, p.positional, true);
  if (!list) return o.r;
  const selector = selectorFlag(o, p.flags);
  if (!selector) return o.r;
  const allNs = p.flags['all-namespaces'] === 'true';
  const { objects, errors } = resolve(ctx, list, allNs, selector);
  const kinds = new Set(objects.map((x) => x.type));
  if (output === 'yaml' || output === 'json') {
    // get.go printGeneric: one object when one was named (`get pod x`, `get pod/x`), else a List, even of one or
    // none; errors after it, and no "No resources found".
    const single = list.length === 1 && list[0]!.name !== undefined;
    const items = objects.map((x) => apiObject(ctx.cluster, x));
    const obj = single && items.length === 1 ? items[0]! : apiList(items);
    if (!single || items.length) o.out(output === 'yaml' ? formatYaml(obj) : formatJson(obj));
    if (items.length) o.r.notes.push({ code: 'kubectl-object-made-up', command: `kubectl get -o ${output}` });
    for (const e of errors) o.err(`${e}\n`);
    if (errors.length) o.r.status = 1;
    return o.r;
  }
  if (output === 'name') {
    o.out(objects.map((x) => `${RESOURCES[x.type].kindGroup}/${x.name}\n`).join(''));
  } else {
    const opts = { wide: output === 'wide', withKind: kinds.size > 1, withNamespace: allNs, withLabels: p.flags['show-labels'] === 'true' };
    const blocks: string[] = [];
    // One table per run of one type, in the order fetched (get.go: a new printer per mapping).
    for (let i = 0; i < objects.length;) {
      let j = i;
      while (j < objects.length && objects[j]!.type === objects[i]!.type) j++;
      let table = formatTable(ctx.cluster, objects[i]!.type, objects.slice(i, j), opts);
      if (p.flags['no-headers'] === 'true') table = table.slice(table.indexOf('\n') + 1);
      blocks.push(table);
      i = j;
    }
    o.out(blocks.join('\n'));
  }
  for (const e of errors) o.err(`${e}\n`);
  if (errors.length) { o.r.status = 1; return o.r; }
  if (!objects.length) o.err(allNs ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`);
  return o.r;
}

const DESCRIBE_FLAGS: FlagSpec[] = [{ name: 'all-namespaces', short: 'A', kind: 'bool' }, { name: 'selector', short: 'l', kind: 'string' }];

function describeOne(ctx: Context, x: KubeObject, events: boolean): string | undefined {
  if (x.type === 'pods') { ctx.o.r.notes.push({ code: 'kubectl-describe-omits', command: 'kubectl describe' }); return formatDescribePod(ctx.cluster, x.pod, events); }
  if (x.type === 'services') return formatDescribeService(ctx.cluster, x.service, events);
  return undefined;
}

function describe(ctx: Context, args: readonly string[]): KubectlResult {
  const { o } = ctx;
  const p = parse(ctx, 'describe', args, DESCRIBE_FLAGS);
  if (!p) return o.r;
  if (!p.positional.length) return o.fail('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n');
  const list = targets(o, p.positional, true);
  if (!list) return o.r;
  if (list.some((t) => t.type !== 'pods' && t.type !== 'services')) return o.notModelled(`kubectl describe ${p.positional[0]}`);
  const selector = selectorFlag(o, p.flags);
  if (!selector) return o.r;
  const allNs = p.flags['all-namespaces'] === 'true';
  const { objects, errors } = resolve(ctx, list, allNs, selector);
  // describe.go DescribeMatchingResources: `describe TYPE PREFIX` with no object of that name describes every one whose name starts so.
  if (errors.length && p.positional.length === 2 && !p.positional[0]!.includes('/') && list.length === 1) {
    const prefix = p.positional[1]!;
    const matching = objectsOf(ctx.cluster, list[0]!.type).filter((x) => x.namespace === ctx.namespace && x.name.startsWith(prefix));
    if (matching.length) {
      for (const x of matching) o.out(`${describeOne(ctx, x, false)}\n`);
      return o.r;
    }
  }
  const events = objects.length <= 1 && !errors.length;
  objects.forEach((x, i) => o.out(`${i ? '\n\n' : ''}${describeOne(ctx, x, events)}`));
  for (const e of errors) o.err(`${e}\n`);
  if (errors.length) { o.r.status = 1; return o.r; }
  if (!objects.length) o.err(allNs ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`);
  return o.r;
}

function deleteCmd(ctx: Context, args: readonly string[]): KubectlResult {
  const { o } = ctx;
  const p = parse(ctx, 'delete', args, [{ name: 'selector', short: 'l', kind: 'string' }, { name: 'wait', kind: 'bool' }]);
  if (!p) return o.r;
  if (!p.positional.length) {
    return o.fail(usageError('kubectl delete', 'You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\''));
  }
  const list = targets(o, p.positional, false);
  if (!list) return o.r;
  if (list.some((t) => t.type !== 'pods')) return o.notModelled(`kubectl delete ${p.positional[0]}`);
  const selector = selectorFlag(o, p.flags);
  if (!selector) return o.r;
  if (list.some((t) => t.name === undefined) && p.flags.selector === undefined) {
    return o.fail('error: resource(s) were provided, but no name was specified');
  }
  const { objects, errors } = resolve(ctx, list, false, selector);
  for (const x of objects) {
    // The graph menu's delete: the Pod becomes Terminating, and time finishes it (lifecycleStep).
    o.r.actions.push({ type: 'terminatePod', namespace: x.namespace, name: x.name });
    o.out(`pod "${x.name}" deleted from ${x.namespace} namespace\n`);
  }
  for (const e of errors) o.err(`${e}\n`);
  if (errors.length) o.r.status = 1;
  else if (!objects.length) o.out('No resources found\n');
  return o.r;
}

function workloadTarget(ctx: Context, verb: string, words: readonly string[]): { w: Workload; type: ResourceType } | undefined {
  const { o } = ctx;
  const list = targets(o, words, false);
  if (!list) return undefined;
  const t = list[0];
  if (!t || t.name === undefined) { o.fail(usageError(`kubectl ${verb}`, 'resource(s) were provided, but no name was specified')); return undefined; }
  if (t.type !== 'deployments' && t.type !== 'statefulsets') { o.notModelled(`kubectl ${verb} ${t.type}`); return undefined; }
  const kind = t.type === 'deployments' ? 'Deployment' : 'StatefulSet';
  const w = ctx.cluster.workloads.find((x) => x.kind === kind && x.namespace === ctx.namespace && x.name === t.name);
  if (!w) { o.fail(notFound(RESOURCES[t.type].groupResource, t.name)); return undefined; }
  return { w, type: t.type };
}

function scale(ctx: Context, args: readonly string[]): KubectlResult {
  const { o } = ctx;
  const p = parse(ctx, 'scale', args, [{ name: 'replicas', kind: 'string' }]);
  if (!p) return o.r;
  const raw = p.flags.replicas;
  if (raw === undefined) return o.fail('error: required flag(s) "replicas" not set');
  if (!/^[-+]?\d+$/.test(raw)) return o.fail(flagError('scale', `invalid argument "${raw}" for "--replicas" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`));
  const replicas = Number(raw);
  if (replicas < 0) return o.fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  if (!p.positional.length) return o.fail(usageError('kubectl scale', 'You must provide one or more resources by argument or filename.'));
  const t = workloadTarget(ctx, 'scale', p.positional);
  if (!t) return o.r;
  // The graph menu's scale: the state turns it into the edit of `replicas:` in the text.
  o.r.actions.push({ type: 'scale', namespace: t.w.namespace, kind: t.w.kind, name: t.w.name, replicas });
  o.out(`${RESOURCES[t.type].kindGroup}/${t.w.name} scaled\n`);
  return o.r;
}

function label(ctx: Context, args: readonly string[]): KubectlResult {
  const { o } = ctx;
  const p = parse(ctx, 'label', args, [{ name: 'overwrite', kind: 'bool' }]);
  if (!p) return o.r;
  // label.go: the words with `=` or ending in `-` are label changes; the rest name the objects.
  const specs = p.positional.filter((w) => w.includes('=') || (w.endsWith('-') && !w.includes('/')));
  const words = p.positional.filter((w) => !specs.includes(w));
  if (!words.length) return o.fail(usageError('kubectl label', 'one or more resources must be specified as <resource> <name> or <resource>/<name>'));
  if (!specs.length) return o.fail(usageError('kubectl label', 'at least one label update is required'));
  const set: [string, string][] = [];
  const remove: string[] = [];
  for (const s of specs) {
    if (s.includes('=')) {
      const parts = s.split('=');
      if (parts.length !== 2) return o.fail(`error: invalid label spec: ${s}`);
      const errs = isLabelValue(parts[1]!);
      if (errs.length) return o.fail(`error: invalid label value: "${s}": ${errs.join(';')}`);
      set.push([parts[0]!, parts[1]!]);
    } else remove.push(s.slice(0, -1));
  }
  if (remove.some((k) => set.some(([s]) => s === k))) return o.fail('error: can not both modify and remove a label in the same command');
  const list = targets(o, words, false);
  if (!list) return o.r;
  if (list.some((t) => t.type !== 'pods')) return o.notModelled(`kubectl label ${words[0]}`);
  if (list.some((t) => t.name === undefined)) return o.fail(usageError('kubectl label', 'resource(s) were provided, but no name was specified'));
  const { objects, errors } = resolve(ctx, list, false, []);
  const overwrite = p.flags.overwrite === 'true';
  for (const x of objects) {
    if (x.type !== 'pods') continue;
    const pod = x.pod;
    const clash = set.filter(([k, v]) => Object.prototype.hasOwnProperty.call(pod.labels, k) && pod.labels[k] !== v);
    if (!overwrite && clash.length) {
      o.err(clash.map(([k]) => `error: '${k}' already has a value (${pod.labels[k]}), and --overwrite is false\n`).join(''));
      o.r.status = 1;
      continue;
    }
    // The API server validates the new labels (ValidateObjectMeta): the Pod is not changed when one is invalid.
    const invalidKeys = set.flatMap(([k]) => isQualifiedName(k).map((m) => invalid('metadata.labels', k, m)));
    if (invalidKeys.length) {
      o.err(`The Pod "${pod.name}" is invalid: ${invalidKeys.map(errorMessage).join(', ')}\n`);
      o.r.status = 1;
      continue;
    }
    for (const k of remove) if (!Object.prototype.hasOwnProperty.call(pod.labels, k)) o.out(`label "${k}" not found.\n`);
    const added = set.filter(([k, v]) => pod.labels[k] !== v || !Object.prototype.hasOwnProperty.call(pod.labels, k));
    const removed = remove.filter((k) => Object.prototype.hasOwnProperty.call(pod.labels, k));
    for (const [key, value] of added) o.r.actions.push({ type: 'labelPod', namespace: pod.namespace, name: pod.name, key, value });
    for (const key of removed) o.r.actions.push({ type: 'unlabelPod', namespace: pod.namespace, name: pod.name, key });
    const msg = added.length && removed.length ? 'modified' : added.length ? 'labeled' : removed.length ? 'unlabeled' : 'not labeled';
    o.out(`pod/${pod.name} ${msg}\n`);
  }
  for (const e of errors) o.err(`${e}\n`);
  if (errors.length) o.r.status = 1;
  return o.r;
}

const RUN_FLAGS: FlagSpec[] = [
  { name: 'image', kind: 'string' }, { name: 'rm', kind: 'bool' }, { name: 'stdin', short: 'i', kind: 'bool' },
  { name: 'tty', short: 't', kind: 'bool' }, { name: 'restart', kind: 'string' }, { name: 'command', kind: 'bool' },
  { name: 'attach', kind: 'bool' },
];

/** A command line that is just a shell: what `-it` attaches a terminal to. */
const isShell = (argv: readonly string[]): boolean => argv.length === 1 && ['sh', '/bin/sh', 'ash', '/bin/ash', 'bash', '/bin/bash'].includes(argv[0]!);

/** attach.go: what kubectl prints on stderr before the attached session. */
const ATTACH_BANNER = 'All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\nIf you don\'t see a command prompt, try pressing enter.\n';

function run(ctx: Context, args: readonly string[]): KubectlResult {
  const { o } = ctx;
  const p = parse(ctx, 'run', args, RUN_FLAGS);
  if (!p) return o.r;
  const name = p.positional[0];
  if (name === undefined) return o.fail(usageError('kubectl run', 'NAME is required for run'));
  const image = p.flags.image;
  if (!image) return o.fail('error: --image is required');
  const stdin = p.flags.stdin === 'true';
  const tty = p.flags.tty === 'true';
  const attach = p.flags.attach === 'true' || stdin;
  if (tty && !stdin) return o.fail('error: -i/--stdin is required for containers with -t/--tty=true');
  if (p.flags.rm === 'true' && !attach) return o.fail('error: --rm should only be used for attached containers');
  const restart = p.flags.restart ?? 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) return o.fail(`error: invalid restart policy: ${restart}, valid values are: Always, OnFailure, Never`);
  if (!ctx.cluster.namespaces.includes(ctx.namespace)) return o.fail(`Error from server (NotFound): namespaces "${ctx.namespace}" not found`);
  if (findPod(ctx.cluster, `${ctx.namespace}/${name}`)) return o.fail(`Error from server (AlreadyExists): pods "${name}" already exists`);
  const nameErrors = isQualifiedName(name).length || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name);
  if (nameErrors) return o.fail(`The Pod "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`);
  // The graph's "start the client again": kubectl run's Pod, labelled run=NAME.
  o.r.actions.push({ type: 'runPod', namespace: ctx.namespace, name, image });
  const pod = `${ctx.namespace}/${name}`;
  const argv = p.afterDash ?? [];
  if (!attach) { o.out(`pod/${name} created\n`); return o.r; }
  o.err(ATTACH_BANNER);
  // No command: the image's own, which for busybox is `sh`.
  if (tty && (isShell(argv) || !argv.length)) { o.r.exec = { kind: 'attach', pod, rm: p.flags.rm === 'true' }; return o.r; }
  o.r.exec = { kind: 'exec', pod, command: argv.length ? argv : ['sh'] };
  if (p.flags.rm === 'true') o.r.removeAfterExec = true;
  return o.r;
}

function exec(ctx: Context, args: readonly string[]): KubectlResult {
  const { o } = ctx;
  const p = parse(ctx, 'exec', args, [{ name: 'stdin', short: 'i', kind: 'bool' }, { name: 'tty', short: 't', kind: 'bool' }, { name: 'container', short: 'c', kind: 'string' }]);
  if (!p) return o.r;
  if (p.argsLenAtDash < 0 && p.positional.length > 1) return o.fail(usageError('kubectl exec', 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead'));
  const ref = p.positional[0];
  if (ref === undefined) return o.fail('error: pod, type/name or --filename must be specified');
  const name = ref.startsWith('pod/') || ref.startsWith('pods/') || ref.startsWith('po/') ? ref.slice(ref.indexOf('/') + 1) : ref;
  const command = p.afterDash ?? [];
  const pod: Pod | undefined = findPod(ctx.cluster, `${ctx.namespace}/${name}`);
  if (!pod) return o.fail(notFound('pods', name));
  if (!command.length) return o.fail('error: you must specify at least one command for the container');
  const container = p.flags.container;
  const own = pod.containerPorts[0]?.container ?? pod.kubectlRun?.name;
  if (container !== undefined && own !== undefined && container !== own) return o.fail(`error: container ${container} is not valid for pod ${pod.name}`);
  if (!pod.ip || pod.lifecycle === 'ContainerCreating') return o.fail(`error: unable to upgrade connection: container not found ("${own ?? pod.name}")`);
  const ns = `${pod.namespace}/${pod.name}`;
  o.r.exec = p.flags.stdin === 'true' && p.flags.tty === 'true' && isShell(command) ? { kind: 'attach', pod: ns, rm: false } : { kind: 'exec', pod: ns, command };
  return o.r;
}

function rollout(ctx: Context, args: readonly string[]): KubectlResult {
  const { o } = ctx;
  const [sub, ...rest] = args;
  if (sub !== 'restart' && sub !== 'status') return o.notModelled(`kubectl rollout ${sub ?? ''}`.trim());
  const p = parse(ctx, `rollout ${sub}`, rest, []);
  if (!p) return o.r;
  if (!p.positional.length) return o.fail('error: required resource not specified');
  const t = workloadTarget(ctx, `rollout ${sub}`, p.positional);
  if (!t) return o.r;
  const pods = activePods(ctx.cluster, t.w);
  if (sub === 'status') {
    // polymorphichelpers rollout_status.go: the state now, as the status viewer words it (no waiting here).
    const ready = pods.filter((x) => x.ready).length;
    if (t.w.kind === 'Deployment') {
      if (pods.length > t.w.replicas) o.out(`Waiting for deployment "${t.w.name}" rollout to finish: ${pods.length - t.w.replicas} old replicas are pending termination...\n`);
      else if (ready < t.w.replicas) o.out(`Waiting for deployment "${t.w.name}" rollout to finish: ${ready} of ${t.w.replicas} updated replicas are available...\n`);
      else o.out(`deployment "${t.w.name}" successfully rolled out\n`);
    } else if (ready < t.w.replicas) o.out(`Waiting for ${t.w.replicas - ready} pods to be ready...\n`);
    else o.out(`partitioned roll out complete: ${t.w.replicas} new pods have been updated...\n`);
    return o.r;
  }
  // A restart stamps the template (kubectl.kubernetes.io/restartedAt) and the controller replaces every Pod.
  // Played with the menu's own action: each Pod deleted (Terminating), its controller making the new one.
  const ordered = t.w.kind === 'StatefulSet' ? [...pods].sort((a, b) => (b.ordinal ?? 0) - (a.ordinal ?? 0)) : pods;
  for (const x of ordered) o.r.actions.push({ type: 'terminatePod', namespace: x.namespace, name: x.name });
  o.out(`${RESOURCES[t.type].kindGroup}/${t.w.name} restarted\n`);
  return o.r;
}

/** The verbs kubectl has that the playground does not play (anything else is an unknown command). */
const OTHER_VERBS = new Set(['annotate', 'api-resources', 'api-versions', 'apply', 'attach', 'auth', 'autoscale', 'certificate', 'cluster-info', 'completion', 'config', 'cordon', 'cp', 'create', 'debug', 'diff', 'drain', 'edit', 'events', 'explain', 'expose', 'kustomize', 'logs', 'patch', 'plugin', 'port-forward', 'proxy', 'replace', 'set', 'taint', 'top', 'uncordon', 'version', 'wait']);

const VERBS: Readonly<Record<string, (ctx: Context, args: readonly string[]) => KubectlResult>> = {
  get, describe, delete: deleteCmd, scale, label, run, exec, rollout,
};

/**
 * Runs `kubectl ARGS…` (the words after `kubectl`) against the cluster, from outside it (the learner's laptop,
 * kubeconfig namespace `default`). The result says what to print and which actions make the change.
 * @example
 * runKubectl(cluster, ['delete', 'pod', 'web-abc']).actions; // [{ type: 'terminatePod', namespace: 'default', name: 'web-abc' }]
 */
export function runKubectl(cluster: Cluster, argv: readonly string[]): KubectlResult {
  const o = new Out();
  // Global flags may come before the verb (`kubectl -n kube-system get pods`).
  const words = [...argv];
  const lead: string[] = [];
  while (words.length && words[0]!.startsWith('-') && words[0] !== '--') {
    const w = words.shift()!;
    lead.push(w);
    if ((w === '-n' || w === '--namespace') && words.length) lead.push(words.shift()!);
  }
  const verb = words.shift();
  if (verb === undefined) return o.notModelled('kubectl');
  const pre = parseArgs(lead, []);
  if (!pre.ok) return o.fail(`error: ${pre.error}`);
  const handler = Object.prototype.hasOwnProperty.call(VERBS, verb) ? VERBS[verb] : undefined;
  if (handler) return handler({ cluster, namespace: 'default', o }, [...lead, ...words]);
  if (OTHER_VERBS.has(verb)) return o.notModelled(`kubectl ${verb}`);
  return o.fail(`error: unknown command "${verb}" for "kubectl"`);
}
