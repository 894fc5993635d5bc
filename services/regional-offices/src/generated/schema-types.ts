import type { GraphQLResolveInfo } from 'graphql';
import type { AuditEntryRecord as AuditEntryRecordModel, RefusedAttemptRecord as RefusedAttemptRecordModel } from '@wego/audit';
import type { ResolvedOffice as ResolvedOfficeModel } from '../resolvers/office';
import type { MemberReference as MemberReferenceModel } from '../resolvers/member';
import type { CountrySelection as CountrySelectionModel } from '../domain/served-countries';
import type { RegionalOfficesContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One recorded change: who made it, what it changed and when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The token subject of whoever made the change. */
  actor: Scalars['String']['output'];
  /** The entity after the change, as JSON text. */
  after?: Maybe<Scalars['String']['output']>;
  /** When the change was recorded (ISO 8601 instant). */
  at: Scalars['String']['output'];
  /** The entity before the change, as JSON text; null when it was created. */
  before?: Maybe<Scalars['String']['output']>;
  /** The id of the changed entity. */
  entityId: Scalars['ID']['output'];
  /** The mutation that made the change. */
  operation: Scalars['String']['output'];
  /** The id of the request that made the change. */
  requestId: Scalars['String']['output'];
  /** The role the actor held: secretariat, office or member. */
  role: Scalars['String']['output'];
};

/** Who may keep an answer in a cache: anyone (PUBLIC) or its caller alone (PRIVATE). Read by the subgraph's cache policy only. */
export type CacheControlScope =
  /** Only the caller's own cache may keep the answer. */
  | 'PRIVATE'
  /** Any cache may keep the answer. */
  | 'PUBLIC';

/** A set of countries: the listed ones, or with `complement` every country except the listed ones. */
export type CountrySelection = {
  __typename?: 'CountrySelection';
  /** When true the selection is every country not listed. */
  complement: Scalars['Boolean']['output'];
  /** ISO 3166-1 alpha-2 codes. */
  countryCodes: Array<Scalars['String']['output']>;
};

/** A city, local or regional government, institution or solution provider that belongs to WeGO. */
export type Member = {
  __typename?: 'Member';
  /** ISO 3166-1 alpha-2 code of the member's country. */
  countryCode: Scalars['String']['output'];
  /** The member's id. */
  id: Scalars['ID']['output'];
  /** The office that serves this member (O3): the regional office that covers its country, else the Secretariat. */
  office?: Maybe<Office>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Replaces the list of countries a regional office covers (Secretariat, O2). A country covered by another office is refused, and so is the Secretariat, which serves every country no regional office covers. An empty list is allowed. */
  setOfficeCoverage: Office;
};


export type MutationSetOfficeCoverageArgs = {
  countryCodes: Array<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  officeId: Scalars['ID']['input'];
};

/** The WeGO Secretariat in Seoul or one of the four regional offices that support it (O1). */
export type Office = {
  __typename?: 'Office';
  /** Every accepted change to this office, oldest first. Secretariat only. */
  auditTrail?: Maybe<Array<AuditEntry>>;
  /** Where the office is based: Seoul, Chengdu, Ulyanovsk Region, Beyoğlu or Mexico City. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 code of the country the office is based in. */
  countryCode: Scalars['String']['output'];
  /** The countries this office covers (O2), in alphabetical order; empty for the Secretariat. */
  coveredCountryCodes: Array<Scalars['String']['output']>;
  /** The office's id: `secretariat`, `east-asia`, `eurasia`, `mediterranean` or `latin-america`. */
  id: Scalars['ID']['output'];
  /** SECRETARIAT or REGIONAL_OFFICE. */
  kind: OfficeKind;
  /** The office's name, for example "WeGO Regional Office for Eurasia". */
  name: Scalars['String']['output'];
  /** The region a regional office supports; null for the Secretariat. */
  region?: Maybe<Region>;
  /** The countries whose members this office serves (O3); read by membership to list the office's members. */
  servedCountries: CountrySelection;
};

/** What kind of office an office is (O1). */
export type OfficeKind =
  /** A regional office supporting the Secretariat in one region. */
  | 'REGIONAL_OFFICE'
  /** The WeGO Secretariat in Seoul, which administers the organisation. */
  | 'SECRETARIAT';

export type Query = {
  __typename?: 'Query';
  /** One office by id (for example `secretariat` or `east-asia`); null when no office has that id. */
  office?: Maybe<Office>;
  /** The five offices (O1): the Secretariat first, then the regional offices by region (East Asia, Eurasia, the Mediterranean, Latin America). */
  offices: Array<Office>;
  /** The most recent refused attempts to change office data, newest first. Secretariat only. */
  regionalOfficesRefusedAttempts?: Maybe<Array<RefusedAttempt>>;
};


export type QueryOfficeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionalOfficesRefusedAttemptsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A change someone asked for and was refused: recorded apart from the audit trail, never as a change. */
export type RefusedAttempt = {
  __typename?: 'RefusedAttempt';
  /** The token subject of whoever asked for the change. */
  actor: Scalars['String']['output'];
  /** When the refusal was recorded (ISO 8601 instant). */
  at: Scalars['String']['output'];
  /** The error code the caller received, for example CHARTER_VIOLATION or FORBIDDEN; INTERNAL_SERVER_ERROR for a failure on our side. */
  code: Scalars['String']['output'];
  /** The id of the entity the mutation named, if it named one. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The mutation's arguments as JSON text, cut to 4000 characters (ending with …). */
  input: Scalars['String']['output'];
  /** The message the caller received, cut to 1000 characters; `internal error` for a failure on our side, whose own message is never recorded. */
  message: Scalars['String']['output'];
  /** The mutation that was refused. */
  operation: Scalars['String']['output'];
  /** The id of the request that was refused. */
  requestId: Scalars['String']['output'];
  /** The role the actor held: secretariat, office or member. */
  role: Scalars['String']['output'];
  /** The id of the rule that refused the change (M…, O…, G…); null when no numbered rule did. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** The regions WeGO's regional offices support (O1). */
export type Region =
  /** East Asia; the office is in Chengdu, China. */
  | 'EAST_ASIA'
  /** Eurasia; the office is in Ulyanovsk Region, Russia. */
  | 'EURASIA'
  /** Latin America; the office is in Mexico City, Mexico. */
  | 'LATIN_AMERICA'
  /** The Mediterranean; the office is in Beyoğlu, Turkey. */
  | 'MEDITERRANEAN';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Member: Member;
  Office: Office;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Member'], {"countryCode":true}> ) );
  Office:
    ( { __typename: 'Office' }
    & GraphQLRecursivePick<FederationTypes['Office'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditEntry: ResolverTypeWrapper<AuditEntryRecordModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CacheControlScope: CacheControlScope;
  CountrySelection: ResolverTypeWrapper<CountrySelectionModel>;
  Member: ResolverTypeWrapper<MemberReferenceModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Office: ResolverTypeWrapper<ResolvedOfficeModel>;
  OfficeKind: OfficeKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefusedAttempt: ResolverTypeWrapper<RefusedAttemptRecordModel>;
  Region: Region;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntryRecordModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CountrySelection: CountrySelectionModel;
  Member: MemberReferenceModel;
  Mutation: Record<PropertyKey, never>;
  Office: ResolvedOfficeModel;
  Query: Record<PropertyKey, never>;
  RefusedAttempt: RefusedAttemptRecordModel;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = RegionalOfficesContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = RegionalOfficesContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountrySelectionResolvers<ContextType = RegionalOfficesContext, ParentType extends ResolversParentTypes['CountrySelection'] = ResolversParentTypes['CountrySelection']> = {
  complement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MemberResolvers<ContextType = RegionalOfficesContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  office?: Resolver<Maybe<ResolversTypes['Office']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RegionalOfficesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  setOfficeCoverage?: Resolver<ResolversTypes['Office'], ParentType, ContextType, RequireFields<MutationSetOfficeCoverageArgs, 'countryCodes' | 'officeId'>>;
};

export type OfficeResolvers<ContextType = RegionalOfficesContext, ParentType extends ResolversParentTypes['Office'] = ResolversParentTypes['Office'], FederationReferenceType extends FederationReferenceTypes['Office'] = FederationReferenceTypes['Office']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Office']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coveredCountryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OfficeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  servedCountries?: Resolver<ResolversTypes['CountrySelection'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RegionalOfficesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  office?: Resolver<Maybe<ResolversTypes['Office']>, ParentType, ContextType, RequireFields<QueryOfficeArgs, 'id'>>;
  offices?: Resolver<Array<ResolversTypes['Office']>, ParentType, ContextType>;
  regionalOfficesRefusedAttempts?: Resolver<Maybe<Array<ResolversTypes['RefusedAttempt']>>, ParentType, ContextType, Partial<QueryRegionalOfficesRefusedAttemptsArgs>>;
};

export type RefusedAttemptResolvers<ContextType = RegionalOfficesContext, ParentType extends ResolversParentTypes['RefusedAttempt'] = ResolversParentTypes['RefusedAttempt']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RegionalOfficesContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  CountrySelection?: CountrySelectionResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Office?: OfficeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefusedAttempt?: RefusedAttemptResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RegionalOfficesContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
