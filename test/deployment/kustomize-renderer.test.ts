import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { podTemplateOf, findObject, containerEnvironment } from './kit/container-environment.js';
import { PRODUCTION_FOLDER, PRODUCTION_NAMESPACE, renderBase, renderProduction } from './kit/deployment-files.js';
import { readEnvFile } from './kit/env-file.js';
import { contentHash, renderKustomization } from './kit/kustomize.js';
import type { KubernetesObject } from './kit/manifests.js';

const SERVING = ['gateway', 'membership', 'governance', 'regional-offices'];
const scratch = mkdtempSync(join(tmpdir(), 'wego-kustomize-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A kustomization of its own in a fresh folder: file name to content. */
function fixture(files: Record<string, string>): string {
  const folder = mkdtempSync(join(scratch, 'case-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return folder;
}

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  A: "1"\n';

describe('the production overlay, rendered from the base', () => {
  const production = renderProduction();
  const base = renderBase();

  it('puts every namespaced object in the wego namespace, and creates that namespace', () => {
    for (const object of production.filter((item) => item.kind !== 'Namespace')) expect([object.kind, object.metadata.namespace]).toEqual([object.kind, PRODUCTION_NAMESPACE]);
    expect(findObject(production, 'Namespace', PRODUCTION_NAMESPACE).metadata.namespace).toBeUndefined();
    expect(base.every((object) => object.metadata.namespace === undefined)).toBe(true);
  });

  it('runs the released image in every container, setups included', () => {
    const images = production.filter((object) => ['Deployment', 'Job'].includes(object.kind)).flatMap((object) => podTemplateOf(object).spec.containers.map((container) => container.image));
    expect(images.length).toBe(7);
    expect(new Set(images)).toEqual(new Set(['registry.wego.example/wego-graph:1.0.0']));
  });

  it('sets the gateway to three replicas and leaves the others at the base two', () => {
    const replicas = Object.fromEntries(SERVING.map((name) => [name, (findObject(production, 'Deployment', name).spec as { replicas: number }).replicas]));
    expect(replicas).toEqual({ gateway: 3, membership: 2, governance: 2, 'regional-offices': 2 });
  });

  it('merges the patches into the base: resources and autoscaling changed, everything else kept', () => {
    const [gateway] = podTemplateOf(findObject(production, 'Deployment', 'gateway')).spec.containers;
    const [baseGateway] = podTemplateOf(findObject(base, 'Deployment', 'gateway')).spec.containers;
    expect(gateway!.resources).toEqual({ requests: { cpu: '500m', memory: '384Mi' }, limits: { cpu: '2', memory: '768Mi' } });
    expect({ ...gateway, resources: undefined, image: undefined, envFrom: undefined, env: undefined }).toEqual({ ...baseGateway, resources: undefined, image: undefined, envFrom: undefined, env: undefined });
    expect(gateway!.env!.map((variable) => variable.name)).toEqual(baseGateway!.env!.map((variable) => variable.name));
    const autoscaler = findObject(production, 'HorizontalPodAutoscaler', 'gateway').spec as { minReplicas: number; maxReplicas: number; metrics: unknown[] };
    expect([autoscaler.minReplicas, autoscaler.maxReplicas, autoscaler.metrics.length]).toEqual([3, 20, 1]);
    const ingress = findObject(production, 'Ingress', 'gateway');
    expect(Object.keys(ingress.metadata.annotations ?? {}).sort()).toEqual(['cert-manager.io/cluster-issuer', 'nginx.ingress.kubernetes.io/proxy-body-size']);
  });

  it('generates the ConfigMap with the overlay merged into the base, under a name carrying its content hash, and points every pod at it', () => {
    const configMaps = production.filter((object) => object.kind === 'ConfigMap');
    expect(configMaps).toHaveLength(1);
    const data = configMaps[0]!.data as Record<string, string>;
    expect(data.JWT_JWKS_URL).toBe('https://id.wego.example/.well-known/jwks.json');
    expect(data.MEMBERSHIP_URL).toBe('http://membership:4001/graphql');
    expect(configMaps[0]!.metadata.name).toBe(`wego-config-${contentHash({ kind: 'ConfigMap', name: '', data })}`);
    for (const name of SERVING) {
      const [container] = podTemplateOf(findObject(production, 'Deployment', name)).spec.containers;
      expect(container!.envFrom).toEqual([{ configMapRef: { name: configMaps[0]!.metadata.name } }]);
    }
  });

  it('generates the Secret from the secrets file, and every reference to it follows its hashed name', () => {
    const secrets = production.filter((object) => object.kind === 'Secret');
    expect(secrets).toHaveLength(1);
    const decoded = containerEnvironment(production, { name: 'probe', envFrom: [{ secretRef: { name: secrets[0]!.metadata.name } }] });
    expect(decoded).toEqual(readEnvFile(join(PRODUCTION_FOLDER, 'secrets.env.example')));
    const references = production
      .filter((object) => ['Deployment', 'Job'].includes(object.kind))
      .flatMap((object) => podTemplateOf(object).spec.containers.flatMap((container) => container.env ?? []))
      .flatMap((variable) => (variable.valueFrom?.secretKeyRef ? [variable.valueFrom.secretKeyRef.name] : []));
    expect(references.length).toBeGreaterThan(10);
    expect(new Set(references)).toEqual(new Set([secrets[0]!.metadata.name]));
    expect(secrets[0]!.metadata.name).toMatch(/^wego-secrets-[0-9b-df-z]{10}$/);
  });
});

describe('the renderer', () => {
  it('names generated objects as kustomize does (the names `kubectl kustomize` v5.5.0 prints for the same kustomization)', () => {
    const folder = fixture({
      'kustomization.yaml': [
        'configMapGenerator:',
        '  - name: settings',
        '    literals: [A=1, B=two words]',
        'secretGenerator:',
        '  - name: keys',
        '    literals:',
        '      - TOKEN=s3cret',
        // Long enough for kustomize to wrap its base64, which the hash covers.
        '      - URL=postgres://wego_membership:a-password-long-enough-to-wrap@postgres.database:5432/wego',
      ].join('\n'),
    });
    expect(renderKustomization(folder).map((object) => `${object.kind}/${object.metadata.name}`)).toEqual(['ConfigMap/settings-5gttg69dkf', 'Secret/keys-9th28gmh8d']);
  });

  it('hashes content: another value makes another name', () => {
    const one = fixture({ 'kustomization.yaml': 'configMapGenerator:\n  - name: settings\n    literals: [A=1]\n' });
    const two = fixture({ 'kustomization.yaml': 'configMapGenerator:\n  - name: settings\n    literals: [A=2]\n' });
    const [first] = renderKustomization(one);
    const [second] = renderKustomization(two);
    expect(first!.metadata.name).toMatch(/^settings-/);
    expect(first!.metadata.name).not.toBe(second!.metadata.name);
  });

  it('replaces lists without a merge key and merges those with one', () => {
    const deployment = [
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: app', 'spec:', '  template:', '    spec:', '      containers:',
      '        - name: app', '          image: app:1', '          args: [a, b]', '          env:', '            - { name: A, value: "1" }', '            - { name: B, value: "2" }',
      '        - name: sidecar', '          image: sidecar:1',
    ].join('\n');
    const patch = [
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: app', 'spec:', '  template:', '    spec:', '      containers:',
      '        - name: app', '          args: [c]', '          env:', '            - { name: B, value: "3" }',
    ].join('\n');
    const folder = fixture({ 'kustomization.yaml': 'resources: [app.yaml]\npatches:\n  - path: patch.yaml\n', 'app.yaml': deployment, 'patch.yaml': patch });
    const [rendered] = renderKustomization(folder) as KubernetesObject[];
    const containers = podTemplateOf(rendered!).spec.containers as { name: string; image: string; args: string[]; env: unknown[] }[];
    expect(containers.map((container) => container.name)).toEqual(['app', 'sidecar']);
    expect(containers[0]!.args).toEqual(['c']);
    expect(containers[0]!.env).toEqual([{ name: 'A', value: '1' }, { name: 'B', value: '3' }]);
    expect(containers[0]!.image).toBe('app:1');
  });

  it('refuses a kustomization field it does not implement, and changes nothing on disk', () => {
    const folder = fixture({ 'kustomization.yaml': 'resources: [settings.yaml]\nnamePrefix: prod-\n', 'settings.yaml': CONFIG_MAP });
    expect(() => renderKustomization(folder)).toThrow('namePrefix not supported by this renderer');
    expect(readFileSync(join(folder, 'settings.yaml'), 'utf8')).toBe(CONFIG_MAP);
  });

  it('refuses a patch that matches no resource, a missing resource, and a generator created twice', () => {
    const patchOfNothing = fixture({
      'kustomization.yaml': 'resources: [settings.yaml]\npatches:\n  - path: patch.yaml\n',
      'settings.yaml': CONFIG_MAP,
      'patch.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\ndata:\n  A: "2"\n',
    });
    expect(() => renderKustomization(patchOfNothing)).toThrow('the patch of ConfigMap/other matches no resource');
    expect(() => renderKustomization(fixture({ 'kustomization.yaml': 'resources: [absent.yaml]\n' }))).toThrow('resource absent.yaml not found');
    const twice = fixture({
      'base/kustomization.yaml': 'configMapGenerator:\n  - name: settings\n    literals: [A=1]\n',
      'kustomization.yaml': 'resources: [base]\nconfigMapGenerator:\n  - name: settings\n    literals: [A=2]\n',
    });
    expect(() => renderKustomization(twice)).toThrow('ConfigMap settings is generated twice');
  });

  it('refuses a secret generator whose env file is missing, naming the file', () => {
    const folder = fixture({ 'kustomization.yaml': 'secretGenerator:\n  - name: keys\n    envs: [secrets.env]\n' });
    expect(() => renderKustomization(folder)).toThrow(`${join(folder, 'secrets.env')}: file not found`);
  });
});
