import { describe, expect, it } from '@jest/globals';
import { findObject, podTemplateOf } from './kit/container-environment.js';
import { renderProduction } from './kit/deployment-files.js';
import type { KubernetesObject } from './kit/manifests.js';

const production = renderProduction();
const deployments = production.filter((object) => object.kind === 'Deployment');
const setup = findObject(production, 'Job', 'wego-setup');

function expectHardenedPod(workload: KubernetesObject): void {
  const { spec } = podTemplateOf(workload);
  expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } });
  expect((spec as { automountServiceAccountToken?: boolean }).automountServiceAccountToken).toBe(false);
  for (const container of spec.containers) {
    expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
    // A read-only root filesystem leaves /tmp writable through a volume of its own.
    expect((container as { volumeMounts?: { mountPath: string }[] }).volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
  }
}

describe('workloads', () => {
  it('are the four processes, each with two replicas or more, hardened, autoscaled and covered by a disruption budget', () => {
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual(['gateway', 'governance', 'membership', 'regional-offices']);
    for (const deployment of deployments) {
      const { name } = deployment.metadata;
      const spec = deployment.spec as { replicas: number; selector: { matchLabels: Record<string, string> } };
      expect(spec.replicas).toBeGreaterThanOrEqual(2);
      expectHardenedPod(deployment);
      const autoscaler = findObject(production, 'HorizontalPodAutoscaler', name).spec as { scaleTargetRef: object; minReplicas: number; maxReplicas: number };
      expect(autoscaler.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(autoscaler.minReplicas).toBe(spec.replicas);
      expect(autoscaler.maxReplicas).toBeGreaterThan(autoscaler.minReplicas);
      const budget = findObject(production, 'PodDisruptionBudget', name).spec as { selector: object; maxUnavailable: number };
      expect(budget).toEqual({ selector: spec.selector, maxUnavailable: 1 });
    }
  });

  it('roll out without losing capacity: a new pod is ready before an old one goes', () => {
    for (const deployment of deployments) {
      expect((deployment.spec as { strategy: object }).strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
    }
  });

  it('include one setup Job running the three setups, hardened, never restarted in place', () => {
    const { spec } = podTemplateOf(setup);
    expect(spec.containers.map((container) => container.name)).toEqual(['membership-setup', 'governance-setup', 'regional-offices-setup']);
    expect((spec as { restartPolicy?: string }).restartPolicy).toBe('Never');
    expect(setup.metadata.labels?.['app.kubernetes.io/component']).toBe('setup');
    expectHardenedPod(setup);
  });

  it('expose only the gateway, only its /graphql, and no Service beyond the cluster', () => {
    const ingress = findObject(production, 'Ingress', 'gateway').spec as { rules: { http: { paths: { path: string; pathType: string; backend: unknown }[] } }[] };
    expect(ingress.rules.flatMap((rule) => rule.http.paths)).toEqual([{ path: '/graphql', pathType: 'Exact', backend: { service: { name: 'gateway', port: { name: 'http' } } } }]);
    const services = production.filter((object) => object.kind === 'Service');
    expect(services.map((service) => (service.spec as { type?: string }).type ?? 'ClusterIP')).toEqual(services.map(() => 'ClusterIP'));
  });
});

/** The objects `kubectl apply -l <selector>` would apply: equality (`k=v`) or inequality (`k!=v`, which objects without the label meet). */
function selectedBy(objects: KubernetesObject[], selector: string): string[] {
  const [key, value] = selector.split(/!?=/) as [string, string];
  const negated = selector.includes('!=');
  return objects.filter((object) => (object.metadata.labels?.[key] === value) !== negated).map((object) => `${object.kind}/${object.metadata.name}`);
}

describe('a release', () => {
  it('applies first everything but the servers: the setup Job, its Secret and ConfigMap, the namespace; then the servers', () => {
    const first = selectedBy(production, 'app.kubernetes.io/component!=server');
    const servers = selectedBy(production, 'app.kubernetes.io/component=server');
    expect(servers.sort()).toEqual(deployments.map((deployment) => `Deployment/${deployment.metadata.name}`).sort());
    expect(first).toEqual(expect.arrayContaining(['Namespace/wego', 'Job/wego-setup', ...production.filter((object) => ['Secret', 'ConfigMap'].includes(object.kind)).map((object) => `${object.kind}/${object.metadata.name}`)]));
    expect(first.length + servers.length).toBe(production.length);
  });
});
