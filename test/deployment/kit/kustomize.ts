import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseEnvFile } from './env-file.js';
import { asKubernetesObject, objectId, parseYamlDocuments, readManifestFile, type KubernetesObject } from './manifests.js';
import { strategicMerge } from './strategic-merge.js';

/**
 * What `kustomize build` makes of a kustomization, for the features this repository uses: resources
 * (files and other kustomizations), configMapGenerator and secretGenerator (literals, env files,
 * behavior create/merge/replace, the content-hash suffix and the references rewritten to it),
 * strategic-merge patches, namespace, images and replicas. Any other field is refused, so that a
 * kustomization this renderer does not understand fails its tests instead of rendering wrong.
 */
export interface RenderOptions {
  /** Files read in place of others, by absolute path: e.g. a committed example in place of an ignored secrets file. */
  substituteFiles?: Record<string, string>;
}

const SUPPORTED_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches', 'configMapGenerator', 'secretGenerator']);
const CLUSTER_SCOPED_KINDS = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PersistentVolume', 'StorageClass', 'PriorityClass']);

interface Generator {
  name: string;
  behavior?: 'create' | 'merge' | 'replace';
  literals?: string[];
  envs?: string[];
  type?: string;
}

interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  replicas?: { name: string; count: number }[];
  patches?: { path?: string; patch?: string; target?: unknown }[];
  configMapGenerator?: Generator[];
  secretGenerator?: Generator[];
}

interface GeneratedData {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  namespace?: string;
  type?: string;
  data: Record<string, string>;
}

interface Level {
  objects: KubernetesObject[];
  generated: GeneratedData[];
}

function readKustomization(folder: string): Kustomization {
  const path = join(folder, 'kustomization.yaml');
  if (!existsSync(path)) throw new Error(`${folder}: no kustomization.yaml`);
  const kustomization = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const unsupported = Object.keys(kustomization).filter((field) => !SUPPORTED_FIELDS.has(field));
  if (unsupported.length > 0) throw new Error(`${path}: ${unsupported.join(', ')} not supported by this renderer`);
  return kustomization as Kustomization;
}

function readFile(path: string, options: RenderOptions): string {
  const actual = options.substituteFiles?.[path] ?? path;
  if (!existsSync(actual)) throw new Error(`${path}: file not found`);
  return readFileSync(actual, 'utf8');
}

function generatedData(folder: string, generator: Generator, options: RenderOptions): Record<string, string> {
  const data: Record<string, string> = {};
  for (const envs of generator.envs ?? []) {
    const path = resolve(folder, envs);
    Object.assign(data, parseEnvFile(readFile(path, options), path));
  }
  for (const literal of generator.literals ?? []) {
    const separator = literal.indexOf('=');
    if (separator < 1) throw new Error(`${generator.name}: literal "${literal}" is not KEY=value`);
    data[literal.slice(0, separator)] = literal.slice(separator + 1);
  }
  return data;
}

function applyGenerator(level: Level, kind: GeneratedData['kind'], generator: Generator, folder: string, options: RenderOptions): void {
  const unsupported = Object.keys(generator).filter((field) => !['name', 'behavior', 'literals', 'envs', 'type'].includes(field));
  if (unsupported.length > 0) throw new Error(`${kind} generator ${generator.name}: ${unsupported.join(', ')} not supported by this renderer`);
  const data = generatedData(folder, generator, options);
  const existing = level.generated.find((item) => item.kind === kind && item.name === generator.name);
  const behavior = generator.behavior ?? 'create';
  if (behavior === 'create') {
    if (existing) throw new Error(`${kind} ${generator.name} is generated twice; an overlay merges or replaces it with behavior`);
    level.generated.push({ kind, name: generator.name, data, ...(generator.type ? { type: generator.type } : {}) });
  } else {
    if (!existing) throw new Error(`${kind} ${generator.name}: behavior ${behavior} needs a base that generates it`);
    existing.data = behavior === 'merge' ? { ...existing.data, ...data } : data;
  }
}

function findTarget(level: Level, patch: KubernetesObject, source: string): number {
  const index = level.objects.findIndex((object) => object.kind === patch.kind && object.metadata.name === patch.metadata.name);
  if (index === -1) throw new Error(`${source}: the patch of ${objectId(patch)} matches no resource`);
  return index;
}

function applyPatches(level: Level, kustomization: Kustomization, folder: string, options: RenderOptions): void {
  for (const entry of kustomization.patches ?? []) {
    if (entry.target !== undefined) throw new Error(`${folder}: patches with a target are not supported by this renderer`);
    const source = entry.path ? resolve(folder, entry.path) : `${folder} (inline patch)`;
    const text = entry.path ? readFile(source, options) : entry.patch;
    if (text === undefined) throw new Error(`${folder}: a patch needs a path or a patch`);
    for (const [index, document] of parseYamlDocuments(text, source).entries()) {
      const patch = asKubernetesObject(document, `${source} (document ${index + 1})`);
      const target = findTarget(level, patch, source);
      level.objects[target] = strategicMerge(level.objects[target]!, patch as unknown as Record<string, unknown>) as KubernetesObject;
    }
  }
}

type PodSpec = { containers?: { image?: string }[]; initContainers?: { image?: string }[]; volumes?: Record<string, unknown>[] };

/** The pod specs an object carries: a Deployment's (and other workloads') template, a CronJob's job template. */
export function podSpecsOf(object: KubernetesObject): PodSpec[] {
  const spec = object.spec as { template?: { spec?: PodSpec }; jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } } | undefined;
  return [spec?.template?.spec, spec?.jobTemplate?.spec?.template?.spec].filter((pod): pod is PodSpec => pod !== undefined);
}

function imageName(image: string): { name: string; tag: string | null } {
  const withoutDigest = image.split('@')[0]!;
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') ? { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) } : { name: withoutDigest, tag: null };
}

function applyImages(level: Level, images: NonNullable<Kustomization['images']>): void {
  for (const pod of level.objects.flatMap(podSpecsOf)) {
    for (const container of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
      if (!container.image) continue;
      const current = imageName(container.image);
      const rule = images.find((image) => image.name === current.name);
      if (!rule) continue;
      const name = rule.newName ?? current.name;
      const tag = rule.newTag ?? current.tag;
      container.image = rule.digest ? `${name}@${rule.digest}` : tag ? `${name}:${tag}` : name;
    }
  }
}

function applyReplicas(level: Level, replicas: NonNullable<Kustomization['replicas']>): void {
  for (const rule of replicas) {
    const targets = level.objects.filter((object) => ['Deployment', 'StatefulSet', 'ReplicaSet'].includes(object.kind) && object.metadata.name === rule.name);
    if (targets.length === 0) throw new Error(`replicas: no workload named ${rule.name}`);
    for (const target of targets) (target.spec as { replicas?: number }).replicas = rule.count;
  }
}

function renderLevel(folder: string, options: RenderOptions): Level {
  const kustomization = readKustomization(folder);
  const level: Level = { objects: [], generated: [] };
  for (const resource of kustomization.resources ?? []) {
    const path = resolve(folder, resource);
    if (!existsSync(path)) throw new Error(`${folder}: resource ${resource} not found`);
    const part = statSync(path).isDirectory() ? renderLevel(path, options) : { objects: readManifestFile(path), generated: [] };
    level.objects.push(...part.objects);
    level.generated.push(...part.generated);
  }
  for (const generator of kustomization.configMapGenerator ?? []) applyGenerator(level, 'ConfigMap', generator, folder, options);
  for (const generator of kustomization.secretGenerator ?? []) applyGenerator(level, 'Secret', generator, folder, options);
  applyPatches(level, kustomization, folder, options);
  if (kustomization.namespace) {
    for (const object of level.objects) if (!CLUSTER_SCOPED_KINDS.has(object.kind)) object.metadata.namespace = kustomization.namespace;
    for (const generated of level.generated) generated.namespace = kustomization.namespace;
  }
  if (kustomization.images) applyImages(level, kustomization.images);
  if (kustomization.replicas) applyReplicas(level, kustomization.replicas);
  return level;
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${sortedJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Kustomize's suffix: the first ten hex digits of the SHA-256 of the kind, data (and a Secret's
 * type) as sorted JSON, with 0, 1, 3, a, e swapped for letters. Kustomize hashes before it names
 * the object, so the name in the hashed content is empty.
 */
export function contentHash(content: Record<string, unknown>): string {
  const hex = createHash('sha256').update(sortedJson(content)).digest('hex').slice(0, 10);
  const letters: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };
  return [...hex].map((digit) => letters[digit] ?? digit).join('');
}

/** Base64 as kustomize writes a Secret's values: in lines of 70, each ended by a newline once there are 70 or more. */
function wrappedBase64(value: string): string {
  const encoded = Buffer.from(value).toString('base64');
  if (encoded.length < 70) return encoded;
  return (encoded.match(/.{1,70}/g) ?? []).map((line) => `${line}\n`).join('');
}

function generatedObject(generated: GeneratedData): KubernetesObject {
  const metadata = { name: generated.name, ...(generated.namespace ? { namespace: generated.namespace } : {}) };
  if (generated.kind === 'ConfigMap') {
    const name = `${generated.name}-${contentHash({ kind: 'ConfigMap', name: '', data: generated.data })}`;
    return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { ...metadata, name }, data: generated.data };
  }
  const type = generated.type ?? 'Opaque';
  const data = Object.fromEntries(Object.entries(generated.data).map(([key, value]) => [key, wrappedBase64(value)]));
  const name = `${generated.name}-${contentHash({ kind: 'Secret', type, name: '', data })}`;
  return { apiVersion: 'v1', kind: 'Secret', metadata: { ...metadata, name }, type, data };
}

type Reference = { name?: string; secretName?: string };

function rewriteReferences(object: KubernetesObject, renamed: Map<string, string>): void {
  const rename = (kind: string, reference: Reference | undefined, field: 'name' | 'secretName') => {
    const current = reference?.[field];
    if (current && renamed.has(`${kind}/${current}`)) reference[field] = renamed.get(`${kind}/${current}`);
  };
  for (const pod of podSpecsOf(object)) {
    for (const container of [...(pod.containers ?? []), ...(pod.initContainers ?? [])] as Record<string, unknown>[]) {
      for (const source of (container.envFrom ?? []) as { configMapRef?: Reference; secretRef?: Reference }[]) {
        rename('ConfigMap', source.configMapRef, 'name');
        rename('Secret', source.secretRef, 'name');
      }
      for (const variable of (container.env ?? []) as { valueFrom?: { configMapKeyRef?: Reference; secretKeyRef?: Reference } }[]) {
        rename('ConfigMap', variable.valueFrom?.configMapKeyRef, 'name');
        rename('Secret', variable.valueFrom?.secretKeyRef, 'name');
      }
    }
    for (const volume of (pod.volumes ?? []) as { configMap?: Reference; secret?: Reference }[]) {
      rename('ConfigMap', volume.configMap, 'name');
      rename('Secret', volume.secret, 'secretName');
    }
  }
}

/** The objects `kustomize build <folder>` would print (in an order of their own). */
export function renderKustomization(folder: string, options: RenderOptions = {}): KubernetesObject[] {
  const level = renderLevel(resolve(folder), options);
  const renamed = new Map<string, string>();
  const generated = level.generated.map((data) => {
    const object = generatedObject(data);
    renamed.set(`${data.kind}/${data.name}`, object.metadata.name);
    return object;
  });
  for (const object of level.objects) rewriteReferences(object, renamed);
  const objects = [...generated, ...level.objects];
  const seen = new Set<string>();
  for (const object of objects) {
    const id = objectId(object);
    if (seen.has(id)) throw new Error(`${folder}: ${id} is defined twice`);
    seen.add(id);
  }
  return objects;
}
