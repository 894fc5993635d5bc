import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './repository.js';

/** One production install the Dockerfile makes: the workspace package and the folder of the image it lands in. */
export interface ProductionInstall {
  packageName: string;
  imageFolder: string;
}

/** The `pnpm --filter <package> deploy --prod /app/<folder>` commands of a Dockerfile's RUN instructions. */
export function productionInstallsOf(runInstructions: string[]): ProductionInstall[] {
  return runInstructions.flatMap((run) =>
    [...run.matchAll(/pnpm --filter (\S+) deploy --prod \/app\/(\S+)/g)].map((match) => ({ packageName: match[1]!, imageFolder: match[2]! })),
  );
}

/** Runs one production install, as the Dockerfile does, into a folder of the caller's. */
export function runProductionInstall(install: ProductionInstall, target: string): void {
  const result = spawnSync('pnpm', ['--filter', install.packageName, 'deploy', '--prod', '--prefer-offline', '--config.package-import-method=hardlink', target], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pnpm deploy of ${install.packageName} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Bytes on disk of a folder, symbolic links counted as links. */
export function sizeOnDisk(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(folder, entry.name);
    return total + (entry.isDirectory() ? sizeOnDisk(path) : lstatSync(path).size);
  }, 0);
}

/** The names of every package installed in a deployed folder: those linked at the top and those in pnpm's virtual store. */
export function installedPackageNames(folder: string): Set<string> {
  const names = new Set<string>();
  const modules = join(folder, 'node_modules');
  const collect = (directory: string) => {
    if (!existsSync(directory)) return;
    for (const entry of readdirSync(directory)) {
      if (entry.startsWith('.')) continue;
      if (entry.startsWith('@')) for (const scoped of readdirSync(join(directory, entry))) names.add(`${entry}/${scoped}`);
      else names.add(entry);
    }
  };
  collect(modules);
  const store = join(modules, '.pnpm');
  if (existsSync(store)) {
    for (const entry of readdirSync(store)) {
      if (entry === 'node_modules' || entry.startsWith('lock')) continue;
      collect(join(store, entry, 'node_modules'));
    }
  }
  return names;
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Manifest;
}

/** Every workspace package by name, with its folder. */
export function workspacePackages(): Map<string, string> {
  const folders = ['gateway', ...['services', 'packages'].flatMap((parent) => readdirSync(join(REPOSITORY_ROOT, parent)).map((name) => `${parent}/${name}`))];
  return new Map(folders.filter((folder) => existsSync(join(REPOSITORY_ROOT, folder, 'package.json'))).map((folder) => [readManifest(join(REPOSITORY_ROOT, folder)).name, folder]));
}

/** The packages some installed package depends on: a name a development dependency shares is legitimately here when one of these needs it. */
export function dependedUpon(folder: string): Set<string> {
  const names = new Set<string>();
  const store = join(folder, 'node_modules', '.pnpm');
  const manifests = [join(folder, 'package.json')];
  if (existsSync(store)) {
    for (const entry of readdirSync(store)) {
      const modules = join(store, entry, 'node_modules');
      if (!existsSync(modules)) continue;
      for (const name of readdirSync(modules)) {
        if (name.startsWith('@')) manifests.push(...readdirSync(join(modules, name)).map((scoped) => join(modules, name, scoped, 'package.json')));
        else manifests.push(join(modules, name, 'package.json'));
      }
    }
  }
  for (const path of manifests) {
    if (!existsSync(path)) continue;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { dependencies?: object; optionalDependencies?: object; peerDependencies?: object };
    for (const field of [manifest.dependencies, manifest.optionalDependencies, manifest.peerDependencies]) for (const name of Object.keys(field ?? {})) names.add(name);
  }
  return names;
}
