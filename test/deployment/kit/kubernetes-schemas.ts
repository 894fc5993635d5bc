import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { objectId, type KubernetesObject } from './manifests.js';

/** The models of every kind this repository deploys, by `apiVersion kind`. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1 Deployment': Deployment,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1 Job': Job,
  'networking.k8s.io/v1 Ingress': Ingress,
  'networking.k8s.io/v1 NetworkPolicy': NetworkPolicy,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
  'v1 ConfigMap': ConfigMap,
  'v1 Namespace': Namespace,
  'v1 Secret': Secret,
  'v1 Service': Service,
};

/** Checks an object against the Kubernetes OpenAPI schema of its kind; a kind without a model is an error too. */
export function validateKubernetesObject(object: KubernetesObject): void {
  const Model = MODELS[`${object.apiVersion} ${object.kind}`];
  if (!Model) throw new Error(`${objectId(object)}: no Kubernetes schema for ${object.apiVersion} ${object.kind}`);
  const checked = structuredClone(object);
  // Kustomize wraps a Secret's base64 in lines; the API server's decoder ignores the newlines, the schema's `byte` format does not.
  if (checked.kind === 'Secret' && checked.data) {
    checked.data = Object.fromEntries(Object.entries(checked.data as Record<string, string>).map(([key, value]) => [key, value.replace(/\n/g, '')]));
  }
  try {
    new Model(checked as never).validate();
  } catch (error) {
    throw new Error(`${objectId(object)}: ${(error as Error).message}`);
  }
}
