import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { podTemplateOf } from './kit/container-environment.js';
import { PRODUCTION_FOLDER, renderBase, renderProduction } from './kit/deployment-files.js';
import { readEnvFile } from './kit/env-file.js';
import { parseYamlDocuments } from './kit/manifests.js';
import { REPOSITORY_ROOT } from './kit/repository.js';

const SKIPPED = new Set(['node_modules', 'dist', '.git', '.data', 'coverage', 'output']);
const SECRET_NAME = /SECRET|PASSWORD|DATABASE_URL|TOKEN|KEY$/;

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : yamlFiles(join(folder, entry.name));
    return /\.ya?ml$/.test(entry.name) && entry.name !== 'pnpm-lock.yaml' ? [join(folder, entry.name)] : [];
  });
}

/** The Secrets with values written into a YAML text. */
function inlinedSecrets(text: string, source: string): string[] {
  return parseYamlDocuments(text, source).flatMap((document) => {
    const object = document as { kind?: string; metadata?: { name?: string }; data?: object; stringData?: object };
    const values = Object.keys(object.data ?? {}).length + Object.keys(object.stringData ?? {}).length;
    return object.kind === 'Secret' && values > 0 ? [`${source}: Secret ${object.metadata?.name}`] : [];
  });
}

describe('secrets', () => {
  it('are never inlined: no YAML file of the repository holds a Secret with values', () => {
    const files = yamlFiles(REPOSITORY_ROOT);
    expect(files.map((path) => relative(REPOSITORY_ROOT, path))).toEqual(expect.arrayContaining(['compose.yaml', 'infra/kubernetes/base/kustomization.yaml']));
    expect(files.flatMap((path) => inlinedSecrets(readFileSync(path, 'utf8'), relative(REPOSITORY_ROOT, path)))).toEqual([]);
    expect(renderBase().filter((object) => object.kind === 'Secret')).toEqual([]);
  });

  it('would be found if one were inlined', () => {
    const leaked = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: leaked\nstringData:\n  MEMBERSHIP_SECRET: x\n';
    expect(inlinedSecrets(leaked, 'leaked.yaml')).toEqual(['leaked.yaml: Secret leaked']);
  });

  it('reach pods only by reference to the generated Secret, whose every key the example file names and some pod uses', () => {
    const production = renderProduction();
    const variables = production
      .filter((object) => ['Deployment', 'Job'].includes(object.kind))
      .flatMap((object) => podTemplateOf(object).spec.containers.flatMap((container) => container.env ?? []));
    const written = variables.filter((variable) => SECRET_NAME.test(variable.name) && variable.valueFrom?.secretKeyRef === undefined);
    expect(written.map((variable) => variable.name)).toEqual([]);
    const used = new Set(variables.flatMap((variable) => (variable.valueFrom?.secretKeyRef ? [variable.valueFrom.secretKeyRef.key] : [])));
    expect([...used].sort()).toEqual(Object.keys(readEnvFile(join(PRODUCTION_FOLDER, 'secrets.env.example'))).sort());
    const configMap = production.find((object) => object.kind === 'ConfigMap')!;
    expect(Object.keys(configMap.data as object).filter((name) => SECRET_NAME.test(name))).toEqual([]);
  });

  it('reach compose services only from the env file, never as values written in compose.yaml', () => {
    const [compose] = parseYamlDocuments(readFileSync(join(REPOSITORY_ROOT, 'compose.yaml'), 'utf8'), 'compose.yaml') as { services: Record<string, { environment?: Record<string, string> }> }[];
    const written = Object.entries(compose!.services).flatMap(([service, { environment }]) =>
      Object.entries(environment ?? {})
        .filter(([name, value]) => SECRET_NAME.test(name) && !/\$\{[A-Z_]+:\?[^}]*\}/.test(String(value)))
        .map(([name]) => `${service}.${name}`),
    );
    expect(written).toEqual([]);
  });

  it('files stay out of git and out of the image: .env and the overlay\'s secrets.env', () => {
    const ignoredByGit = readFileSync(join(REPOSITORY_ROOT, '.gitignore'), 'utf8').split('\n');
    expect(ignoredByGit).toEqual(expect.arrayContaining(['.env', 'infra/kubernetes/overlays/*/secrets.env']));
    const ignoredByDocker = readFileSync(join(REPOSITORY_ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignoredByDocker).toEqual(expect.arrayContaining(['.env', '.env.*', 'infra']));
  });
});
