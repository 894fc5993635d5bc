import type { CalendarDate } from '@wego/calendar';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntryRecord as AuditEntryRecordModel, RefusedAttemptRecord as RefusedAttemptRecordModel } from '@wego/audit';
import type { ResolvedMember as ResolvedMemberModel } from '../resolvers/member';
import type { OfficeReference as OfficeReferenceModel } from '../resolvers/office';
import type { MembershipFee as MembershipFeeModel } from '../domain/fee-view';
import type { MembershipContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD` on the wire; only real dates (2027-02-30 is refused). */
  Date: { input: CalendarDate; output: CalendarDate; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A fee assessment for one member and calendar year. */
export type AssessFeeInput = {
  /** Whole US dollars, zero or more. */
  amountDue: Scalars['Int']['input'];
  /** The member assessed. */
  memberId: Scalars['ID']['input'];
  /** The calendar year. */
  year: Scalars['Int']['input'];
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
  /** Every accepted change to this member, oldest first. Secretariat only. */
  auditTrail?: Maybe<Array<AuditEntry>>;
  /** FULL, ASSOCIATE or INDUSTRY (M1). */
  category: MembershipCategory;
  /** ISO 3166-1 alpha-2 code of the member's country. */
  countryCode: Scalars['String']['output'];
  /** The fee of each assessed year, oldest first. Restricted: the Secretariat, the member itself, and the office that serves it. */
  fees?: Maybe<Array<MembershipFee>>;
  /** True when no assessed year has anything outstanding (M4). Restricted as `fees`. */
  feesFullyPaid?: Maybe<Scalars['Boolean']['output']>;
  /** True for the 50 founding members of 2010 alone (M2). */
  foundingMember: Scalars['Boolean']['output'];
  /** The member's id. */
  id: Scalars['ID']['output'];
  /** The day the member joined; 2010-01-01 for founding members. */
  joinedOn: Scalars['Date']['output'];
  /** What kind of body the member is; it fixes the category (M1). */
  kind: MemberKind;
  /** The name, spelled as the statutes spell it for founding members. */
  name: Scalars['String']['output'];
  /** The office that serves this member (O3); resolved by regional-offices. */
  office?: Maybe<Office>;
  /** ACTIVE, SUSPENDED or WITHDRAWN (M3). */
  status: MembershipStatus;
};

/** A page of members (Relay connection). */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** The members of this page. */
  edges: Array<MemberEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many members match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One member in a page, with its cursor. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Pass as `after` to continue after this member. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: Member;
};

/** Filters on members; all given conditions must hold. */
export type MemberFilter = {
  /** Only members of this category. */
  category?: InputMaybe<MembershipCategory>;
  /** Only members of this country (ISO 3166-1 alpha-2, upper case). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Only founding members (true) or only the others (false). */
  foundingMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only members whose name contains this text, ignoring case. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only members of this status. */
  status?: InputMaybe<MembershipStatus>;
};

/** What kind of body a member is (M1). */
export type MemberKind =
  /** A city or other local government. */
  | 'CITY'
  /** A national or regional institution. */
  | 'INSTITUTION'
  /** A province, state, prefecture or département. */
  | 'REGIONAL_GOVERNMENT'
  /** A smart tech solution provider. */
  | 'TECH_SOLUTION_PROVIDER';

/** Membership categories (M1). */
export type MembershipCategory =
  /** National and regional institutions. */
  | 'ASSOCIATE'
  /** City and other local governments. */
  | 'FULL'
  /** Smart tech solution providers. */
  | 'INDUSTRY';

/** One calendar year's fee of a member, in whole US dollars (M4). */
export type MembershipFee = {
  __typename?: 'MembershipFee';
  /** What the Secretariat assessed for the year. */
  amountDue: Scalars['Int']['output'];
  /** What has been paid so far. */
  amountPaid: Scalars['Int']['output'];
  /** What is still owed: amountDue - amountPaid. */
  outstanding: Scalars['Int']['output'];
  /** The calendar year assessed. */
  year: Scalars['Int']['output'];
};

/** A member's standing in the organisation (M3). */
export type MembershipStatus =
  /** A member in good order. */
  | 'ACTIVE'
  /** Suspended by the Secretariat. */
  | 'SUSPENDED'
  /** No longer a member; its history is kept. */
  | 'WITHDRAWN';

export type Mutation = {
  __typename?: 'Mutation';
  /** Assesses a member's fee for a calendar year (Secretariat, M4): one assessment per member and year. */
  assessFee: MembershipFee;
  /** Records a payment against an assessed year (Secretariat, M4): never more than is still owed. */
  recordFeePayment: MembershipFee;
  /** Registers a new member (Secretariat). Category and kind must match (M1); never a founding member (M2). */
  registerMember: Member;
  /** Changes a member's status (Secretariat, M3). Nothing is ever deleted: a withdrawn member keeps its history. */
  setMemberStatus: Member;
};


export type MutationAssessFeeArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AssessFeeInput;
};


export type MutationRecordFeePaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordFeePaymentInput;
};


export type MutationRegisterMemberArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterMemberInput;
};


export type MutationSetMemberStatusArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  status: MembershipStatus;
};

/** The WeGO Secretariat in Seoul or one of the four regional offices that support it (O1). */
export type Office = {
  __typename?: 'Office';
  /** The office's id: `secretariat`, `east-asia`, `eurasia`, `mediterranean` or `latin-america`. */
  id: Scalars['ID']['output'];
  /** The members this office serves (O3), ordered by name then id; `first` 1-200, default 50. */
  members?: Maybe<MemberConnection>;
  /** The countries whose members the office serves; resolved by regional-offices. */
  servedCountries: CountrySelection;
};


/** The WeGO Secretariat in Seoul or one of the four regional offices that support it (O1). */
export type OfficeMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether more pages follow, and where this one ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when a further page exists. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One member by id; null when no member has that id. */
  member?: Maybe<Member>;
  /** Members ordered by name (ICU root collation), then id; `first` 1-200, default 50. */
  members: MemberConnection;
  /** The most recent refused attempts to change membership data, newest first. Secretariat only. */
  membershipRefusedAttempts?: Maybe<Array<RefusedAttempt>>;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembershipRefusedAttemptsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A payment against one assessed year. */
export type RecordFeePaymentInput = {
  /** Whole US dollars, zero or more, and no more than is still owed. */
  amount: Scalars['Int']['input'];
  /** The paying member. */
  memberId: Scalars['ID']['input'];
  /** The assessed year the payment is for. */
  year: Scalars['Int']['input'];
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

/** A new member. */
export type RegisterMemberInput = {
  /** Must match the kind (M1). */
  category: MembershipCategory;
  /** ISO 3166-1 alpha-2 code, upper case. */
  countryCode: Scalars['String']['input'];
  /** The day the member joined; today (Seoul) when omitted, never after today. */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  /** What kind of body the member is. */
  kind: MemberKind;
  /** 1-200 characters after trimming; no control characters. */
  name: Scalars['String']['input'];
};



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
        | GraphQLRecursivePick<FederationTypes['Member'], {"office":{"id":true}}>
        | GraphQLRecursivePick<FederationTypes['Member'], {"office":{"id":true}}>
        | GraphQLRecursivePick<FederationTypes['Member'], {"office":{"id":true}}> ) );
  Office:
    ( { __typename: 'Office' }
    & GraphQLRecursivePick<FederationTypes['Office'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Office'], {"servedCountries":{"countryCodes":true,"complement":true}}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AssessFeeInput: AssessFeeInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecordModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CacheControlScope: CacheControlScope;
  CountrySelection: ResolverTypeWrapper<CountrySelection>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Member: ResolverTypeWrapper<ResolvedMemberModel>;
  MemberConnection: ResolverTypeWrapper<Omit<MemberConnection, 'edges'> & { edges: Array<ResolversTypes['MemberEdge']> }>;
  MemberEdge: ResolverTypeWrapper<Omit<MemberEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  MemberFilter: MemberFilter;
  MemberKind: MemberKind;
  MembershipCategory: MembershipCategory;
  MembershipFee: ResolverTypeWrapper<MembershipFeeModel>;
  MembershipStatus: MembershipStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Office: ResolverTypeWrapper<OfficeReferenceModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordFeePaymentInput: RecordFeePaymentInput;
  RefusedAttempt: ResolverTypeWrapper<RefusedAttemptRecordModel>;
  RegisterMemberInput: RegisterMemberInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssessFeeInput: AssessFeeInput;
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntryRecordModel;
  String: Scalars['String']['output'];
  CountrySelection: CountrySelection;
  Date: Scalars['Date']['output'];
  Member: ResolvedMemberModel;
  MemberConnection: Omit<MemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberEdge']> };
  MemberEdge: Omit<MemberEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  MemberFilter: MemberFilter;
  MembershipFee: MembershipFeeModel;
  Mutation: Record<PropertyKey, never>;
  Office: OfficeReferenceModel;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordFeePaymentInput: RecordFeePaymentInput;
  RefusedAttempt: RefusedAttemptRecordModel;
  RegisterMemberInput: RegisterMemberInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = MembershipContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountrySelectionResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['CountrySelection'] = ResolversParentTypes['CountrySelection']> = {
  complement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type MemberResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['MembershipCategory'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fees?: Resolver<Maybe<Array<ResolversTypes['MembershipFee']>>, ParentType, ContextType>;
  feesFullyPaid?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  foundingMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MemberKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
};

export type MemberConnectionResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberEdgeResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MembershipFeeResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['MembershipFee'] = ResolversParentTypes['MembershipFee']> = {
  amountDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountPaid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assessFee?: Resolver<ResolversTypes['MembershipFee'], ParentType, ContextType, RequireFields<MutationAssessFeeArgs, 'input'>>;
  recordFeePayment?: Resolver<ResolversTypes['MembershipFee'], ParentType, ContextType, RequireFields<MutationRecordFeePaymentArgs, 'input'>>;
  registerMember?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationRegisterMemberArgs, 'input'>>;
  setMemberStatus?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationSetMemberStatusArgs, 'memberId' | 'status'>>;
};

export type OfficeResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['Office'] = ResolversParentTypes['Office'], FederationReferenceType extends FederationReferenceTypes['Office'] = FederationReferenceTypes['Office']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Office']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['MemberConnection']>, ParentType, ContextType, Partial<OfficeMembersArgs>>;
};

export type PageInfoResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMemberArgs, 'id'>>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, Partial<QueryMembersArgs>>;
  membershipRefusedAttempts?: Resolver<Maybe<Array<ResolversTypes['RefusedAttempt']>>, ParentType, ContextType, Partial<QueryMembershipRefusedAttemptsArgs>>;
};

export type RefusedAttemptResolvers<ContextType = MembershipContext, ParentType extends ResolversParentTypes['RefusedAttempt'] = ResolversParentTypes['RefusedAttempt']> = {
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

export type Resolvers<ContextType = MembershipContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  CountrySelection?: CountrySelectionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Member?: MemberResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  MembershipFee?: MembershipFeeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Office?: OfficeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefusedAttempt?: RefusedAttemptResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = MembershipContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
