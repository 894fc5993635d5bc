import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

/** The types generated from each subgraph's SDL and from the documents the tests send; `pnpm codegen` writes them. */

const ROOT = __dirname;

/** Where a service's generated types go; the mappers and the context type are paths from there. */
const generatedTypesOf = (service: string): string => `services/${service}/src/generated/schema-types.ts`;

/** What the resolvers of one subgraph are typed with: its context, and what each GraphQL type is read from. */
function subgraphTypes(service: string, contextType: string, mappers: Record<string, string>): CodegenConfig['generates'] {
  return {
    [generatedTypesOf(service)]: {
      schema: join(ROOT, `services/${service}/src/schema.graphql`),
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        contextType: `../context#${contextType}`,
        mappers,
        scalars: { Date: '@wego/calendar#CalendarDate' },
        enumsAsTypes: true,
        useTypeImports: true,
        mapperTypeSuffix: 'Model',
      },
    },
  };
}

const AUDIT_MAPPERS = {
  AuditEntry: '@wego/audit#AuditEntryRecord',
  RefusedAttempt: '@wego/audit#RefusedAttemptRecord',
};

/** What clients see through the gateway: the API schema of the committed supergraph. */
export function publicApiSchema(): string {
  const supergraph = Supergraph.build(readFileSync(join(ROOT, 'gateway/supergraph.graphql'), 'utf8'));
  return printSchema(supergraph.apiSchema().toGraphQLJSSchema());
}

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    ...subgraphTypes('membership', 'MembershipContext', {
      ...AUDIT_MAPPERS,
      Member: '../resolvers/member#ResolvedMember',
      Office: '../resolvers/office#OfficeReference',
      MembershipFee: '../domain/fee-view#MembershipFee',
    }),
    ...subgraphTypes('regional-offices', 'RegionalOfficesContext', {
      ...AUDIT_MAPPERS,
      Office: '../resolvers/office#ResolvedOffice',
      Member: '../resolvers/member#MemberReference',
      CountrySelection: '../domain/served-countries#CountrySelection',
    }),
    ...subgraphTypes('governance', 'GovernanceContext', {
      ...AUDIT_MAPPERS,
      Meeting: '../entities#MeetingRecord',
      Candidacy: '../loaders#CandidacyView',
      Nomination: '../entities#NominationRecord',
      Mandate: '../domain/mandate#Mandate',
      Member: '../resolvers/member-reference#MemberReference',
      CharterIssue: '../domain/charter-issues#CharterIssue',
      Charter: '../domain/charter#Charter',
      CharterRule: '@wego/rulebook#CharterRule',
      Decision: '../entities#DecisionRecord',
    }),
    'packages/testing/src/graphql/': {
      schema: publicApiSchema(),
      documents: ['test/**/*.ts', '!test/node_modules/**', '!test/dist/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', scalars: { Date: 'string' }, enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
