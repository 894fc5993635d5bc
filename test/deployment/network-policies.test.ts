import { describe, expect, it } from '@jest/globals';
import { SERVING_PROCESS_CONFIGURATIONS } from './kit/process-configurations.js';
import { containerEnvironment, containerPortNumber, findObject, podTemplateOf } from './kit/container-environment.js';
import { PRODUCTION_NAMESPACE, renderProduction } from './kit/deployment-files.js';
import type { KubernetesObject } from './kit/manifests.js';
import { allowsConnection, type Endpoint, type PodEndpoint } from './kit/network-reach.js';

const production = renderProduction();
const policies = production.filter((object) => object.kind === 'NetworkPolicy');
const namespaceLabels = { ...findObject(production, 'Namespace', PRODUCTION_NAMESPACE).metadata.labels, 'kubernetes.io/metadata.name': PRODUCTION_NAMESPACE };
const workloads = production.filter((object) => ['Deployment', 'Job'].includes(object.kind));

function podOf(workload: KubernetesObject): PodEndpoint {
  return { namespace: PRODUCTION_NAMESPACE, namespaceLabels, podLabels: podTemplateOf(workload).metadata?.labels ?? {} };
}

function outside(namespace: string, podLabels: Record<string, string>, extraNamespaceLabels: Record<string, string> = {}): PodEndpoint {
  return { namespace, namespaceLabels: { 'kubernetes.io/metadata.name': namespace, ...extraNamespaceLabels }, podLabels };
}

function environmentOf(name: string): Record<string, string> {
  return containerEnvironment(production, podTemplateOf(findObject(production, 'Deployment', name)).spec.containers[0]!);
}

/** The workload a URL of the cluster reaches, through the Service its host names, and the container port it lands on. */
function callee(url: string): string {
  const { hostname, port } = new URL(url);
  const service = findObject(production, 'Service', hostname).spec as { selector: Record<string, string>; ports: { port: number; targetPort: string | number }[] };
  const servicePort = service.ports.find((candidate) => candidate.port === Number(port));
  if (!servicePort) throw new Error(`${url}: Service ${hostname} has no port ${port}`);
  const target = workloads.find((workload) => Object.entries(service.selector).every(([key, value]) => podOf(workload).podLabels[key] === value));
  if (!target) throw new Error(`${url}: Service ${hostname} selects no workload`);
  const container = podTemplateOf(target).spec.containers[0]!;
  return `${target.metadata.name}:${containerPortNumber(container, servicePort.targetPort)}`;
}

/** The calls between processes their configuration makes them: the gateway's subgraph URLs, governance's neighbours. */
function callsTheCodeMakes(): string[] {
  const gateway = SERVING_PROCESS_CONFIGURATIONS.gateway(environmentOf('gateway'));
  const governance = SERVING_PROCESS_CONFIGURATIONS.governance(environmentOf('governance'));
  const urls = [
    ...Object.values(gateway.subgraphUrls).map((url) => ['gateway', url] as const),
    ['governance', governance.membershipUrl] as const,
    ['governance', governance.regionalOfficesUrl] as const,
  ];
  return urls.map(([caller, url]) => `${caller} -> ${callee(url)}`).sort();
}

function allowedCalls(withPolicies: KubernetesObject[]): string[] {
  const ports = workloads.flatMap((workload) => podTemplateOf(workload).spec.containers.flatMap((container) => (container.ports ?? []).map((port) => [workload, port.containerPort] as const)));
  return workloads
    .flatMap((caller) =>
      ports
        .filter(([target, port]) => target !== caller && allowsConnection(withPolicies, PRODUCTION_NAMESPACE, podOf(caller), podOf(target), port))
        .map(([target, port]) => `${caller.metadata.name} -> ${target.metadata.name}:${port}`),
    )
    .sort();
}

const POSTGRES = outside('database', { 'app.kubernetes.io/name': 'postgresql' });
const COLLECTOR = outside('observability', { 'app.kubernetes.io/name': 'opentelemetry-collector' });
const PROMETHEUS = outside('monitoring', { 'app.kubernetes.io/name': 'prometheus' });
const INGRESS_CONTROLLER = outside('ingress-nginx', { 'app.kubernetes.io/name': 'ingress-nginx' });
const OFFICES_INGRESS = outside('offices-edge', { app: 'edge-proxy' }, { 'wego.example/ingress': 'regional-offices' });
const STRANGER = outside('elsewhere', { app: 'anything' });
const SERVING = ['gateway', 'membership', 'governance', 'regional-offices'];

describe('network policies', () => {
  it('allow exactly the calls between processes that their configuration makes', () => {
    expect(callsTheCodeMakes()).toEqual([
      'gateway -> governance:4002',
      'gateway -> membership:4001',
      'gateway -> regional-offices:4003',
      'governance -> membership:4001',
      'governance -> regional-offices:4003',
    ]);
    expect(allowedCalls(policies)).toEqual(callsTheCodeMakes());
  });

  it('would show a call the code makes that a policy forgot', () => {
    const governance = policies.find((policy) => policy.metadata.name === 'governance')!;
    const narrowed = structuredClone(governance) as KubernetesObject & { spec: { egress: { ports?: { port: number }[] }[] } };
    narrowed.spec.egress = narrowed.spec.egress.filter((rule) => !(rule.ports ?? []).some((port) => port.port === 4001));
    const withoutIt = policies.map((policy) => (policy === governance ? narrowed : policy));
    expect(allowedCalls(withoutIt)).not.toContain('governance -> membership:4001');
    expect(allowedCalls(withoutIt)).toHaveLength(4);
  });

  it('let the subgraphs and the setups reach Postgres where their DATABASE_URL points, and keep the gateway away from it', () => {
    for (const name of ['membership', 'governance', 'regional-offices']) {
      const url = new URL(environmentOf(name).DATABASE_URL!);
      expect(url.hostname.split('.')[1]).toBe(POSTGRES.namespace);
      expect(allowsConnection(policies, PRODUCTION_NAMESPACE, podOf(findObject(production, 'Deployment', name)), POSTGRES, Number(url.port))).toBe(true);
    }
    const setup = findObject(production, 'Job', 'wego-setup');
    for (const container of podTemplateOf(setup).spec.containers) {
      const url = new URL(containerEnvironment(production, container).DATABASE_URL!);
      expect(allowsConnection(policies, PRODUCTION_NAMESPACE, podOf(setup), POSTGRES, Number(url.port))).toBe(true);
    }
    expect(allowsConnection(policies, PRODUCTION_NAMESPACE, podOf(findObject(production, 'Deployment', 'gateway')), POSTGRES, 5432)).toBe(false);
  });

  it('let every process send traces to the collector it is configured with, and fetch the issuer\'s keys over https outside the cluster only', () => {
    for (const name of SERVING) {
      const pod = podOf(findObject(production, 'Deployment', name));
      const endpoint = new URL(environmentOf(name).OTEL_EXPORTER_OTLP_ENDPOINT!);
      expect(endpoint.hostname.split('.')[1]).toBe(COLLECTOR.namespace);
      expect(allowsConnection(policies, PRODUCTION_NAMESPACE, pod, COLLECTOR, Number(endpoint.port))).toBe(true);
      expect(new URL(environmentOf(name).JWT_JWKS_URL!).protocol).toBe('https:');
      expect(allowsConnection(policies, PRODUCTION_NAMESPACE, pod, { ip: '203.0.113.10' }, 443)).toBe(true);
      expect(allowsConnection(policies, PRODUCTION_NAMESPACE, pod, { ip: '10.1.2.3' }, 443)).toBe(false);
      expect(allowsConnection(policies, PRODUCTION_NAMESPACE, pod, { ip: '203.0.113.10' }, 80)).toBe(false);
    }
  });

  it('let Prometheus scrape each process on its own port, and nothing else of it', () => {
    for (const name of SERVING) {
      const deployment = findObject(production, 'Deployment', name);
      const port = Number(podTemplateOf(deployment).metadata!.annotations!['prometheus.io/port']);
      expect(allowsConnection(policies, PRODUCTION_NAMESPACE, PROMETHEUS, podOf(deployment), port)).toBe(true);
      expect(allowsConnection(policies, PRODUCTION_NAMESPACE, PROMETHEUS, podOf(deployment), 22)).toBe(false);
    }
  });

  it('open the gateway to the ingress controller and regional-offices to the offices\' ingress, and nothing to a stranger', () => {
    const reachable = (from: Endpoint) =>
      SERVING.filter((name) => allowsConnection(policies, PRODUCTION_NAMESPACE, from, podOf(findObject(production, 'Deployment', name)), { gateway: 4000, membership: 4001, governance: 4002, 'regional-offices': 4003 }[name]!));
    expect(reachable(INGRESS_CONTROLLER)).toEqual(['gateway']);
    expect(reachable(OFFICES_INGRESS)).toEqual(['regional-offices']);
    expect(reachable(STRANGER)).toEqual([]);
    expect(production.filter((object) => object.kind === 'Ingress').map((ingress) => ingress.metadata.name)).toEqual(['gateway']);
  });

  it('refuses a selector it cannot read rather than guessing', () => {
    const unreadable = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'x' }, spec: { podSelector: { matchExpressions: [{ key: 'a', operator: 'Exists' }] }, policyTypes: ['Ingress'] } };
    expect(() => allowsConnection([unreadable], PRODUCTION_NAMESPACE, STRANGER, podOf(workloads[0]!), 4000)).toThrow('matchExpressions are not read by this check');
  });
});
