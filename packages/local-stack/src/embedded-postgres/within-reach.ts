import { createHash, randomBytes } from 'node:crypto';
import { chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, renameSync, rmdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { canReach, type ServerAccount } from './server-account';
import { initdbOf, type PostgresBinaries } from './postgres-binaries';

/**
 * No grant on the caller's folders: a database superuser could then read every world-readable file under them.
 * So binaries are copied here read-only to the server's account, and the data lives here, linked to.
 */
export const REACHABLE_HOME = '/var/lib/wego-graph';

const refuse = (folder: string, why: string) =>
  new Error(`The embedded Postgres runs as the OS user postgres, which cannot reach ${folder} (${why}); set WEGO_DATA_DIR to a folder it can reach, or DATABASE_URL to a Postgres server.`);

/** A folder owned by root that no other account may write: what root may hand to another account. */
function rootOwnedFolder(folder: string): string {
  mkdirSync(folder, { recursive: true, mode: 0o755 });
  const status = lstatSync(folder);
  if (!status.isDirectory() || status.uid !== 0 || (status.mode & 0o022) !== 0) {
    throw refuse(folder, 'it is not a folder that root alone may write');
  }
  return folder;
}

/** The binaries themselves when the account reaches them, else a root-owned copy it reaches. */
export function binariesWithinReach(account: ServerAccount | null, binaries: PostgresBinaries): PostgresBinaries {
  if (canReach(account, initdbOf(binaries))) return binaries;
  const copy = join(rootOwnedFolder(REACHABLE_HOME), `postgres-${binaries.version}`);
  if (!existsSync(copy)) {
    // Copied beside, then renamed: a copy cut short never passes for a whole one.
    const partial = `${copy}.partial-${randomBytes(4).toString('hex')}`;
    cpSync(binaries.folder, partial, { recursive: true });
    renameSync(partial, copy);
  }
  rootOwnedFolder(copy);
  return { ...binaries, folder: copy };
}

/** `dataDirectory` when the account reaches it, else a folder under REACHABLE_HOME that it links to. */
export function dataDirectoryWithinReach(account: ServerAccount | null, dataDirectory: string): string {
  const asked = resolve(dataDirectory);
  mkdirSync(dirname(asked), { recursive: true });
  if (!account) return asked;
  const linked = existsSync(asked) && lstatSync(asked).isSymbolicLink();
  if (!linked && canReach(account, dirname(asked))) return ownedBy(account, asked);

  if (linked) {
    const target = resolve(dirname(asked), readlinkSync(asked));
    if (!canReach(account, dirname(target))) throw refuse(asked, `it links to ${target}`);
    return ownedBy(account, realpathSync(target));
  }
  if (existsSync(asked)) {
    // Left empty by an earlier start that could not run; a cluster in it cannot move by itself.
    if (readdirSync(asked).length > 0) throw refuse(asked, 'one of the folders above it is closed to other users');
    rmdirSync(asked);
  }
  const clusters = rootOwnedFolder(join(REACHABLE_HOME, 'clusters'));
  const place = join(clusters, createHash('sha256').update(asked).digest('hex').slice(0, 16));
  ownedBy(account, place);
  symlinkSync(place, asked, 'dir');
  return place;
}

function ownedBy(account: ServerAccount, folder: string): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chownSync(folder, account.uid, account.gid);
  return folder;
}

/** Removes a throw-away cluster's data, and the link to it when it was placed elsewhere. */
export function removeDataDirectory(asked: string, actual: string): void {
  rmSync(actual, { recursive: true, force: true });
  if (actual !== resolve(asked)) rmSync(asked, { force: true });
}
