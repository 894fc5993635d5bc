import { parseSharedConfig } from '@wego/config';
import type { TokenClaims } from './claims';
import { LocalTokensUnavailable, signToken } from './local-tokens';

const USAGE =
  'usage: pnpm --silent run token -- --role secretariat | --role office --office-id ID | --role member --member-id ID [--subject NAME]';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function claimsFrom(args: string[]): TokenClaims {
  const role = option(args, '--role');
  const subject = option(args, '--subject');
  switch (role) {
    case 'secretariat':
      return { role, sub: subject ?? 'secretariat-officer' };
    case 'office': {
      const officeId = option(args, '--office-id');
      if (!officeId) throw new Error('--role office needs --office-id ID');
      return { role, officeId, sub: subject ?? `office-staff:${officeId}` };
    }
    case 'member': {
      const memberId = option(args, '--member-id');
      if (!memberId) throw new Error('--role member needs --member-id ID');
      return { role, memberId, sub: subject ?? `member:${memberId}` };
    }
    default:
      throw new Error(`unknown or missing --role`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const config = parseSharedConfig(process.env);
  let claims: TokenClaims;
  try {
    claims = claimsFrom(args);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    process.stdout.write(`${await signToken(config.identity, claims)}\n`);
  } catch (error) {
    if (!(error instanceof LocalTokensUnavailable)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}

void main();
