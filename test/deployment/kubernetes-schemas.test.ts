import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { KUBERNETES_FOLDER, renderBase, renderProduction } from './kit/deployment-files.js';
import { validateKubernetesObject } from './kit/kubernetes-schemas.js';
import { objectId, type KubernetesObject } from './kit/manifests.js';

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? yamlFilesUnder(join(folder, entry.name)) : entry.name.endsWith('.yaml') ? [join(folder, entry.name)] : [],
  );
}

/** Every file a kustomization names: its resources, its patches and itself. */
function filesNamedBy(folder: string): string[] {
  const kustomization = parse(readFileSync(join(folder, 'kustomization.yaml'), 'utf8')) as { resources?: string[]; patches?: { path?: string }[] };
  const named = [join(folder, 'kustomization.yaml'), ...(kustomization.patches ?? []).flatMap((patch) => (patch.path ? [resolve(folder, patch.path)] : []))];
  for (const resource of kustomization.resources ?? []) {
    const path = resolve(folder, resource);
    named.push(...(path.endsWith('.yaml') ? [path] : filesNamedBy(path)));
  }
  return named;
}

describe('Kubernetes objects', () => {
  it('every object of the base and of the production overlay validates against the Kubernetes schema of its kind', () => {
    const rendered = [...renderBase(), ...renderProduction()];
    expect(rendered.length).toBeGreaterThan(20);
    const failures = rendered.flatMap((object) => {
      try {
        validateKubernetesObject(object);
        return [];
      } catch (error) {
        return [(error as Error).message];
      }
    });
    expect(failures).toEqual([]);
  });

  it('every YAML file under infra/kubernetes is rendered, as a resource, a patch or a kustomization', () => {
    const named = new Set(filesNamedBy(join(KUBERNETES_FOLDER, 'overlays', 'production')));
    const orphans = yamlFilesUnder(KUBERNETES_FOLDER).filter((path) => !named.has(path));
    expect(orphans.map((path) => relative(KUBERNETES_FOLDER, path))).toEqual([]);
  });

  it('refuses an object that breaks its schema, naming it and the field', () => {
    const [deployment] = renderBase().filter((object) => object.kind === 'Deployment');
    const broken = structuredClone(deployment!) as KubernetesObject & { spec: { replicas: unknown } };
    broken.spec.replicas = 'two';
    expect(() => validateKubernetesObject(broken)).toThrow(`${objectId(broken)}: data/spec/replicas must be integer`);
    const withoutContainers = structuredClone(deployment!) as KubernetesObject & { spec: { template: { spec: { containers?: unknown } } } };
    delete withoutContainers.spec.template.spec.containers;
    expect(() => validateKubernetesObject(withoutContainers)).toThrow(/containers/);
  });

  it('refuses a kind it has no schema for rather than passing it unchecked', () => {
    const monitor = { apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', metadata: { name: 'gateway' } };
    expect(() => validateKubernetesObject(monitor)).toThrow('ServiceMonitor/gateway: no Kubernetes schema for monitoring.coreos.com/v1 ServiceMonitor');
  });
});
