// The shape of an API object as kubectl receives it (unstructured JSON): what the -o yaml and -o json printers
// take. Objects keep no key order of their own; both printers sort keys, as Go does for a map.
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject { [key: string]: JsonValue }
