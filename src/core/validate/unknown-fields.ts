// Strict field validation: the fields the API server's decoder does not know. kubectl ≥ 1.27 asks for
// `fieldValidation=Strict` by default, and the API server then refuses the whole object:
// `Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.selecter"`.
//
// Where the words come from: sigs.k8s.io/json's strict decoder names each unknown field by its JSON path
// (`unknown field "spec.ports[0].trgetPort"`, case-sensitive); apimachinery runtime/error.go
// strictDecodingError.Error() prefixes "strict decoding error: " and joins them with ", "; the apiserver's
// handlers/rest.go transformDecodeError wraps that as `<Kind> in version "<version>" cannot be handled as a <Kind>`.
//
// Order: kubectl sends the object as JSON made from a Go map, whose keys json.Marshal sorts, and the decoder
// reports unknown fields as it meets them, so they come depth-first with the keys of every mapping sorted.

import { API_STRUCTS, ROOT_STRUCTS } from './api-fields';
import { isRecord, type Raw } from './decode';

/** The JSON paths of the fields `raw` (an object of `kind`) has and its Go structs do not, in the API server's order. */
export function unknownFields(kind: string, raw: Raw): string[] {
  const root = ROOT_STRUCTS[kind];
  const out: string[] = [];
  if (root !== undefined) walkStruct(root, raw, '', out);
  return out;
}

function walkStruct(struct: string, obj: Raw, path: string, out: string[]): void {
  const fields = API_STRUCTS[struct];
  if (fields === undefined) return;
  const keys = Object.keys(obj);
  if (keys.length > 1) keys.sort();
  for (const key of keys) {
    const at = path === '' ? key : `${path}.${key}`;
    if (!Object.hasOwn(fields, key)) {
      out.push(at);
      continue;
    }
    const child = fields[key];
    if (child === undefined || child === '') continue;
    const value = obj[key];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (isRecord(item)) walkStruct(child, item, `${at}[${i}]`, out);
      }
    } else if (isRecord(value)) walkStruct(child, value, at, out);
  }
}
