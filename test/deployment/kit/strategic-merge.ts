/**
 * The strategic merge patch of the fields this repository patches: maps merge key by key, `null`
 * deletes a key, the lists below merge their items by key, and every other list is replaced whole.
 */
const LIST_MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  env: 'name',
  ports: 'containerPort',
  volumes: 'name',
  volumeMounts: 'mountPath',
  imagePullSecrets: 'name',
};

type Mapping = Record<string, unknown>;

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeList(field: string, original: unknown[], patch: unknown[], path: string): unknown[] {
  // A container's ports merge by `containerPort`, a Service's (which have none) by `port`.
  const servicePorts = field === 'ports' && [...original, ...patch].every((item) => isMapping(item) && !('containerPort' in item));
  const mergeKey = servicePorts ? 'port' : LIST_MERGE_KEYS[field];
  if (!mergeKey) return structuredClone(patch);
  const merged = original.map((item) => structuredClone(item));
  for (const item of patch) {
    if (!isMapping(item) || !(mergeKey in item)) throw new Error(`${path}: every item of a patched ${field} list needs its ${mergeKey}`);
    const index = merged.findIndex((existing) => isMapping(existing) && existing[mergeKey] === item[mergeKey]);
    if (index === -1) merged.push(structuredClone(item));
    else merged[index] = strategicMerge(merged[index] as Mapping, item, `${path}[${String(item[mergeKey])}]`);
  }
  return merged;
}

export function strategicMerge(original: Mapping, patch: Mapping, path = ''): Mapping {
  const merged: Mapping = structuredClone(original);
  for (const [field, value] of Object.entries(patch)) {
    const at = path ? `${path}.${field}` : field;
    if (field.startsWith('$')) throw new Error(`${at}: the patch directive ${field} is not supported`);
    if (value === null) delete merged[field];
    else if (isMapping(value) && isMapping(merged[field])) merged[field] = strategicMerge(merged[field] as Mapping, value, at);
    else if (Array.isArray(value) && Array.isArray(merged[field])) merged[field] = mergeList(field, merged[field] as unknown[], value, at);
    else merged[field] = structuredClone(value);
  }
  return merged;
}
