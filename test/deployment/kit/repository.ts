import { fileURLToPath } from 'node:url';

/** The repository's root folder: every deployment file is named relative to it. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
