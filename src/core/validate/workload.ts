// Deployment and StatefulSet: decoding with the apps/v1 defaults (replicas 1, podManagementPolicy
// OrderedReady) and pkg/apis/apps/validation/validation.go (ValidateDeploymentSpec,
// ValidateStatefulSetSpec, ValidatePodTemplateSpecForReplicaSet / ForStatefulSet).

import { DEFAULT_DEPLOYMENT_REPLICAS, DEFAULT_POD_MANAGEMENT_POLICY, DEFAULT_STATEFULSET_REPLICAS } from './defaults';
import type { LabelSelectorIn, ObjectSource, SelectorRequirement, WorkloadIn } from './objects';
import { selectorMatches } from './selector';
import { Reader, type Raw } from './decode';
import { forbidden, goStringMap, invalid, notSupported, required, type FieldError } from './field';
import { readMeta } from './meta';
import { isLabelValue, isQualifiedName, validateLabels, validateObjectMetaName } from './names';
import { readPodSpec, validatePodSpec } from './pod';
import type { ReadResult } from './service';

const OPERATORS = ['DoesNotExist', 'Exists', 'In', 'NotIn'];

function readSelector(r: Reader, spec: Raw, goStruct: string): LabelSelectorIn | undefined {
  const sel = r.record(spec, 'selector', 'spec', goStruct, 'v1.LabelSelector');
  if (!sel) return undefined;
  const matchLabels = r.stringMap(sel, 'matchLabels', 'spec.selector', 'LabelSelector', true);
  const exprs = r.array(sel, 'matchExpressions', 'spec.selector', 'LabelSelector', '[]v1.LabelSelectorRequirement') ?? [];
  const matchExpressions: SelectorRequirement[] = exprs.map((item, i) => {
    const p = `spec.selector.matchExpressions[${i}]`;
    const o = r.item(item, p, 'LabelSelector', 'v1.LabelSelectorRequirement');
    return {
      key: r.str(o, 'key', p, 'LabelSelectorRequirement') ?? '',
      operator: r.str(o, 'operator', p, 'LabelSelectorRequirement') ?? '',
      values: r.stringList(o, 'values', p, 'LabelSelectorRequirement') ?? [],
    };
  });
  return {
    matchLabels: matchLabels ?? {},
    matchExpressions,
    given: { matchLabels: matchLabels !== undefined, matchExpressions: sel.matchExpressions !== undefined && sel.matchExpressions !== null },
  };
}

/** meta/v1/validation ValidateLabelSelector. */
function validateLabelSelector(sel: LabelSelectorIn): FieldError[] {
  const errs: FieldError[] = [];
  sel.matchExpressions.forEach((req, i) => {
    const p = `spec.selector.matchExpressions[${i}]`;
    if (req.operator === 'In' || req.operator === 'NotIn') {
      if (req.values.length === 0) errs.push(required(`${p}.values`, 'must be specified when `operator` is \'In\' or \'NotIn\''));
    } else if (req.operator === 'Exists' || req.operator === 'DoesNotExist') {
      if (req.values.length > 0) errs.push(forbidden(`${p}.values`, 'may not be specified when `operator` is \'Exists\' or \'DoesNotExist\''));
    } else {
      errs.push(notSupported(`${p}.operator`, req.operator, OPERATORS));
    }
    for (const msg of isQualifiedName(req.key)) errs.push(invalid(`${p}.key`, req.key, msg));
    req.values.forEach((v, j) => {
      for (const msg of isLabelValue(v)) errs.push(invalid(`${p}.values[${j}]`, v, msg));
    });
  });
  errs.push(...validateLabels(sel.matchLabels, 'spec.selector.matchLabels'));
  return errs;
}

/** Decode, default and validate a Deployment or StatefulSet. */
export function readWorkload(raw: Raw, kind: 'Deployment' | 'StatefulSet', source: ObjectSource): ReadResult<WorkloadIn> {
  const r = new Reader(kind, 'apps/v1');
  const specStruct = `${kind}Spec`;
  const { meta, rawName, rawNamespace } = readMeta(r, raw, 'metadata', true);
  const spec = r.record(raw, 'spec', '', kind, `v1.${specStruct}`) ?? {};
  const replicasRaw = r.int32(spec, 'replicas', 'spec', specStruct);
  const replicas = replicasRaw ?? (kind === 'Deployment' ? DEFAULT_DEPLOYMENT_REPLICAS : DEFAULT_STATEFULSET_REPLICAS);
  const selector = readSelector(r, spec, specStruct);
  const templateRaw = r.record(spec, 'template', 'spec', specStruct, 'v1.PodTemplateSpec') ?? {};
  const tmeta = readMeta(r, templateRaw, 'spec.template.metadata', false);
  const podSpec = readPodSpec(r, templateRaw, 'spec.template.spec');
  const serviceName = kind === 'StatefulSet' ? r.str(spec, 'serviceName', 'spec', specStruct) : undefined;
  const pmp = kind === 'StatefulSet' ? r.str(spec, 'podManagementPolicy', 'spec', specStruct) || DEFAULT_POD_MANAGEMENT_POLICY : undefined;

  // Optional fields assigned, not spread in: a literal with spreads is a slow dictionary-mode object.
  const workload: WorkloadIn = { kind, meta, replicas, template: { labels: tmeta.meta.labels, annotations: tmeta.meta.annotations, spec: podSpec }, source };
  if (selector) workload.selector = selector;
  if (serviceName) workload.serviceName = serviceName;
  if (pmp) workload.podManagementPolicy = pmp;

  const errs: FieldError[] = [
    // ValidateDeploymentName is NameIsDNSSubdomain; ValidateStatefulSetName is NameIsDNSLabel (the
    // Pods are named <set>-<ordinal> and used as hostnames).
    ...validateObjectMetaName(rawName, rawNamespace, kind === 'Deployment' ? 'DNS1123Subdomain' : 'DNS1123Label', true),
    ...validateLabels(meta.labels, 'metadata.labels'),
  ];
  if (kind === 'StatefulSet' && pmp !== 'OrderedReady' && pmp !== 'Parallel') {
    errs.push(invalid('spec.podManagementPolicy', pmp ?? '', "must be 'OrderedReady' or 'Parallel'"));
  }
  if (replicas < 0) errs.push(invalid('spec.replicas', replicas, 'must be greater than or equal to 0'));
  if (!selector) errs.push(required('spec.selector'));
  else {
    errs.push(...validateLabelSelector(selector));
    if (Object.keys(selector.matchLabels).length + selector.matchExpressions.length === 0) {
      errs.push(
        invalid(
          'spec.selector',
          // %#v of the selector, as kubectl users see it reported.
          {
            goSyntax: `v1.LabelSelector{MatchLabels:map[string]string${selector.given?.matchLabels ? '{}' : '(nil)'}, MatchExpressions:[]v1.LabelSelectorRequirement${selector.given?.matchExpressions ? '{}' : '(nil)'}}`,
          },
          `empty selector is invalid for ${kind.toLowerCase()}`,
        ),
      );
    }
  }
  // A missing selector is labels.Nothing(), which matches no template; an empty one is skipped.
  const empty = selector !== undefined && Object.keys(selector.matchLabels).length + selector.matchExpressions.length === 0;
  if (!empty && (!selector || !selectorMatches(selector, tmeta.meta.labels))) {
    errs.push({
      ...invalid('spec.template.metadata.labels', goStringMap(tmeta.hasLabels ? tmeta.meta.labels : undefined), '`selector` does not match template `labels`'),
      at: Object.keys(tmeta.meta.labels).length > 0 ? 'spec.template.metadata.labels' : 'spec.template',
    });
  }
  errs.push(...validateLabels(tmeta.meta.labels, 'spec.template.metadata.labels'));
  errs.push(...validatePodSpec(podSpec, 'spec.template.spec'));
  if (podSpec.restartPolicy !== 'Always') {
    errs.push(notSupported('spec.template.spec.restartPolicy', podSpec.restartPolicy, ['Always']));
  }
  return { value: workload, errors: errs };
}
