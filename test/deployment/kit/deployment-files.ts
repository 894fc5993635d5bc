import { join } from 'node:path';
import { readComposeFile, type ComposeFile } from './compose-file.js';
import { readEnvFile } from './env-file.js';
import { renderKustomization } from './kustomize.js';
import type { KubernetesObject } from './manifests.js';
import { REPOSITORY_ROOT } from './repository.js';

export const KUBERNETES_FOLDER = join(REPOSITORY_ROOT, 'infra', 'kubernetes');
export const BASE_FOLDER = join(KUBERNETES_FOLDER, 'base');
export const PRODUCTION_FOLDER = join(KUBERNETES_FOLDER, 'overlays', 'production');
export const PRODUCTION_NAMESPACE = 'wego';

/** The production overlay as it renders, with the committed example in place of the secrets file written at release time. */
export function renderProduction(): KubernetesObject[] {
  return renderKustomization(PRODUCTION_FOLDER, {
    substituteFiles: { [join(PRODUCTION_FOLDER, 'secrets.env')]: join(PRODUCTION_FOLDER, 'secrets.env.example') },
  });
}

export function renderBase(): KubernetesObject[] {
  return renderKustomization(BASE_FOLDER);
}

/** The variables compose reads from `.env`, as the committed example gives them. */
export function exampleComposeVariables(): Record<string, string> {
  return readEnvFile(join(REPOSITORY_ROOT, '.env.example'));
}

export function readCompose(variables: Record<string, string> = exampleComposeVariables()): ComposeFile {
  return readComposeFile(join(REPOSITORY_ROOT, 'compose.yaml'), variables);
}
