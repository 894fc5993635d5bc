import { SERVING_PROCESS_CONFIGURATIONS, SETUP_PROCESS_CONFIGURATIONS, type ServingProcessName } from '@wego/config';

export const SERVING_PROCESSES = Object.keys(SERVING_PROCESS_CONFIGURATIONS) as ServingProcessName[];
export const SUBGRAPHS = Object.keys(SETUP_PROCESS_CONFIGURATIONS) as (keyof typeof SETUP_PROCESS_CONFIGURATIONS)[];

const IDENTITY = ['JWT_JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE'];

/** What each process cannot start without in production (packages/config): every place that runs it must give these. */
export const REQUIRED_IN_PRODUCTION: Record<ServingProcessName, string[]> = {
  gateway: [...IDENTITY, 'MEMBERSHIP_SECRET', 'GOVERNANCE_SECRET', 'REGIONAL_OFFICES_SECRET'],
  membership: [...IDENTITY, 'DATABASE_URL', 'MEMBERSHIP_SECRET'],
  governance: [...IDENTITY, 'DATABASE_URL', 'GOVERNANCE_SECRET', 'MEMBERSHIP_SECRET', 'REGIONAL_OFFICES_SECRET'],
  'regional-offices': [...IDENTITY, 'DATABASE_URL', 'REGIONAL_OFFICES_SECRET'],
};

export const SETUP_REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'RUNTIME_DATABASE_URL'];

/** The variables of an environment without which the parser refuses it. */
export function variablesThatCannotBeRemoved(parse: (env: Record<string, string>) => unknown, environment: Record<string, string>): string[] {
  return Object.keys(environment)
    .filter((name) => {
      const rest = { ...environment };
      delete rest[name];
      try {
        parse(rest);
        return false;
      } catch {
        return true;
      }
    })
    .sort();
}

/** The file a process command runs: `node <path>`, and nothing else. */
export function scriptOf(command: string[] | undefined): string {
  if (!command || command.length !== 2 || command[0] !== 'node') throw new Error(`expected ["node", "<script>"], got ${JSON.stringify(command)}`);
  return command[1]!;
}

export function folderOfProcess(name: ServingProcessName | 'gateway'): string {
  return name === 'gateway' ? 'gateway' : `services/${name}`;
}
