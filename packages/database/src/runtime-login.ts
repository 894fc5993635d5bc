import { Client } from 'pg';
import { resetLogin } from './server-roles';
import { SQL_STATE, sqlStateOf } from './sql-state';

/** The password a database URL carries; null when it carries none. */
export function passwordOf(url: string): string | null {
  return decodeURIComponent(new URL(url).password) || null;
}

async function logsIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const state = sqlStateOf(error);
    if (state === SQL_STATE.invalidPassword || state === SQL_STATE.invalidAuthorization) return false;
    throw error;
  }
  await client.end();
  return true;
}

/**
 * Proves that the runtime URL logs in; when its password does not (a role made before, a password
 * changed in the configuration), sets the URL's. Checking first rather than always setting it keeps
 * concurrent setups on one server from updating the same role at once.
 */
export async function ensureRuntimeLogsIn(admin: Client, runtimeUrl: string, role: string): Promise<void> {
  if (await logsIn(runtimeUrl)) return;
  await resetLogin(admin, role, passwordOf(runtimeUrl));
  if (!(await logsIn(runtimeUrl))) {
    throw new Error(`the role ${role} cannot log in with the runtime URL even after its password was set: does the server's pg_hba.conf admit it?`);
  }
}
