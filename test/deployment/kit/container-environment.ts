import { objectId, type KubernetesObject } from './manifests.js';

export interface Container {
  name: string;
  image?: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: KeyReference; configMapKeyRef?: KeyReference } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: Record<string, unknown>;
}

export interface Probe {
  httpGet?: { path: string; port: number | string };
}

interface KeyReference {
  name: string;
  key: string;
}

function dataOf(objects: KubernetesObject[], kind: 'ConfigMap' | 'Secret', name: string, user: string): Record<string, string> {
  const source = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!source) throw new Error(`${user}: refers to ${kind} ${name}, which is not rendered`);
  const data = (source.data ?? {}) as Record<string, string>;
  return kind === 'Secret' ? Object.fromEntries(Object.entries(data).map(([key, value]) => [key, Buffer.from(value, 'base64').toString('utf8')])) : data;
}

/** The environment a container starts with, as the kubelet gives it: envFrom first, then env, each later entry winning. */
export function containerEnvironment(objects: KubernetesObject[], container: Container): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) Object.assign(environment, dataOf(objects, 'ConfigMap', source.configMapRef.name, container.name));
    if (source.secretRef) Object.assign(environment, dataOf(objects, 'Secret', source.secretRef.name, container.name));
  }
  for (const variable of container.env ?? []) {
    const reference = variable.valueFrom?.secretKeyRef ?? variable.valueFrom?.configMapKeyRef;
    if (!reference) {
      environment[variable.name] = variable.value ?? '';
      continue;
    }
    const data = dataOf(objects, variable.valueFrom?.secretKeyRef ? 'Secret' : 'ConfigMap', reference.name, container.name);
    if (!(reference.key in data)) throw new Error(`${container.name}: ${variable.name} refers to key ${reference.key}, missing from ${reference.name}`);
    environment[variable.name] = data[reference.key]!;
  }
  return environment;
}

export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: { containers: Container[]; securityContext?: Record<string, unknown>; volumes?: { name: string }[] };
}

/** The pod template of a Deployment or a Job. */
export function podTemplateOf(object: KubernetesObject): PodTemplate {
  const template = (object.spec as { template?: PodTemplate } | undefined)?.template;
  if (!template) throw new Error(`${objectId(object)}: no pod template`);
  return template;
}

export function findObject(objects: KubernetesObject[], kind: string, name: string): KubernetesObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`${kind}/${name} is not rendered`);
  return found;
}

/** The number a container port stands for, by its number or its name. */
export function containerPortNumber(container: Container, port: number | string): number {
  if (typeof port === 'number') return port;
  const named = container.ports?.find((candidate) => candidate.name === port);
  if (!named) throw new Error(`${container.name}: no port named ${port}`);
  return named.containerPort;
}
