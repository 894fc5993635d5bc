import { execFileSync, spawnSync } from 'node:child_process';

/** The OS account the Postgres programs run as: null for the caller's own. */
export interface ServerAccount {
  uid: number;
  gid: number;
}

const ACCOUNT_NAME = 'postgres';

function idOf(flag: '-u' | '-g'): number | null {
  const answer = spawnSync('id', [flag, ACCOUNT_NAME], { encoding: 'utf8' });
  return answer.status === 0 ? Number(answer.stdout.trim()) : null;
}

/** Postgres refuses to run as root (COPY ... TO PROGRAM), so root's server runs as `postgres`, made when missing. */
export function serverAccount(): ServerAccount | null {
  if (process.getuid?.() !== 0) return null;
  if (idOf('-u') === null) {
    try {
      execFileSync('groupadd', ['--system', '-f', ACCOUNT_NAME], { stdio: 'ignore' });
      execFileSync('useradd', ['--system', '-g', ACCOUNT_NAME, '-M', '-d', '/nonexistent', '-s', '/usr/sbin/nologin', ACCOUNT_NAME], { stdio: 'ignore' });
    } catch {
      throw new Error(`Postgres cannot run as root and the OS user ${ACCOUNT_NAME} could not be made; add it (useradd --system ${ACCOUNT_NAME}), or set DATABASE_URL to a Postgres server.`);
    }
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === null || gid === null) throw new Error(`The OS user ${ACCOUNT_NAME} has no id; set DATABASE_URL to a Postgres server.`);
  return { uid, gid };
}

/** Whether `account` may search (traverse) `path`, every folder above it included. */
export function canReach(account: ServerAccount | null, path: string): boolean {
  if (!account) return true;
  return spawnSync('test', ['-x', path], { uid: account.uid, gid: account.gid, cwd: '/', stdio: 'ignore' }).status === 0;
}
