import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** A Kubernetes object as written in YAML: apiVersion, kind, metadata and whatever its kind holds. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** Every document of a YAML text, refusing one that does not parse (a YAML error names its line). */
export function parseYamlDocuments(text: string, source: string): unknown[] {
  return parseAllDocuments(text, { merge: true })
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${source}: ${document.errors[0]!.message}`);
      return document.toJS() as unknown;
    })
    .filter((value) => value !== null && value !== undefined);
}

/** The Kubernetes objects of a manifest file, each checked to carry apiVersion, kind and a name. */
export function readManifestFile(path: string): KubernetesObject[] {
  return parseYamlDocuments(readFileSync(path, 'utf8'), path).map((value, index) => asKubernetesObject(value, `${path} (document ${index + 1})`));
}

export function asKubernetesObject(value: unknown, source: string): KubernetesObject {
  const object = value as Partial<KubernetesObject> | null;
  if (typeof object !== 'object' || object === null || Array.isArray(object)) throw new Error(`${source}: not a mapping`);
  if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') throw new Error(`${source}: apiVersion and kind are required`);
  if (typeof object.metadata?.name !== 'string' || object.metadata.name.length === 0) throw new Error(`${source}: metadata.name is required`);
  return object as KubernetesObject;
}

export function objectId(object: Pick<KubernetesObject, 'kind' | 'metadata'>): string {
  return `${object.kind}/${object.metadata.name}`;
}
