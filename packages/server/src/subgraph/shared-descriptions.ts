import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';

/** Descriptions the subgraphs' SDL files share, given to every definition the SDL leaves undescribed. */

/** By argument name, whatever field it belongs to. */
export const SHARED_ARGUMENT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  idempotencyKey:
    'Makes the request safe to retry (1-200 characters of your choosing): a retry with the same key and arguments answers the first result and changes nothing more; the same key with other arguments is CONFLICT. Keys are your own and kept at least 24 hours.',
};

/** By schema coordinate: `Type`, `Type.field`, `Enum.VALUE` or `@directive`. */
export const SHARED_DESCRIPTIONS: Readonly<Record<string, string>> = {
  CacheControlScope: "Who may keep an answer in a cache: anyone (PUBLIC) or its caller alone (PRIVATE). Read by the subgraph's cache policy only.",
  'CacheControlScope.PUBLIC': 'Any cache may keep the answer.',
  'CacheControlScope.PRIVATE': "Only the caller's own cache may keep the answer.",
  '@cacheControl':
    'Marks a type or field as public (with a maxAge) or private: the subgraph answers Cache-Control from these hints, and the gateway lets an anonymous answer be cached only when every part of it is public.',
  Date: 'A calendar date, `YYYY-MM-DD` on the wire; only real dates (2027-02-30 is refused).',

  Member: 'A city, local or regional government, institution or solution provider that belongs to WeGO.',
  'Member.id': "The member's id.",
  Office: 'The WeGO Secretariat in Seoul or one of the four regional offices that support it (O1).',
  'Office.id': "The office's id: `secretariat`, `east-asia`, `eurasia`, `mediterranean` or `latin-america`.",
  CountrySelection: 'A set of countries: the listed ones, or with `complement` every country except the listed ones.',
  'CountrySelection.countryCodes': 'ISO 3166-1 alpha-2 codes.',
  'CountrySelection.complement': 'When true the selection is every country not listed.',

  AuditEntry: 'One recorded change: who made it, what it changed and when.',
  'AuditEntry.at': 'When the change was recorded (ISO 8601 instant).',
  'AuditEntry.actor': 'The token subject of whoever made the change.',
  'AuditEntry.role': 'The role the actor held: secretariat, office or member.',
  'AuditEntry.operation': 'The mutation that made the change.',
  'AuditEntry.entityId': 'The id of the changed entity.',
  'AuditEntry.before': 'The entity before the change, as JSON text; null when it was created.',
  'AuditEntry.after': 'The entity after the change, as JSON text.',
  'AuditEntry.requestId': 'The id of the request that made the change.',

  RefusedAttempt: 'A change someone asked for and was refused: recorded apart from the audit trail, never as a change.',
  'RefusedAttempt.at': 'When the refusal was recorded (ISO 8601 instant).',
  'RefusedAttempt.actor': 'The token subject of whoever asked for the change.',
  'RefusedAttempt.role': 'The role the actor held: secretariat, office or member.',
  'RefusedAttempt.operation': 'The mutation that was refused.',
  'RefusedAttempt.entityId': 'The id of the entity the mutation named, if it named one.',
  'RefusedAttempt.input': "The mutation's arguments as JSON text, cut to 4000 characters (ending with …).",
  'RefusedAttempt.code': 'The error code the caller received, for example CHARTER_VIOLATION or FORBIDDEN; INTERNAL_SERVER_ERROR for a failure on our side.',
  'RefusedAttempt.rule': 'The id of the rule that refused the change (M…, O…, G…); null when no numbered rule did.',
  'RefusedAttempt.message':
    "The message the caller received, cut to 1000 characters; `internal error` for a failure on our side, whose own message is never recorded.",
  'RefusedAttempt.requestId': 'The id of the request that was refused.',
};

/** The node's own name, and its owner's coordinate for a field, enum value or argument. */
function coordinateOf(node: ASTNode, ancestors: readonly (ASTNode | readonly ASTNode[])[]): string | undefined {
  if (!('name' in node) || !node.name) return undefined;
  const name = node.name.value;
  if (node.kind === Kind.DIRECTIVE_DEFINITION) return `@${name}`;
  if (node.kind === Kind.FIELD_DEFINITION || node.kind === Kind.ENUM_VALUE_DEFINITION) {
    const owner = ancestors.at(-1);
    return owner && 'name' in owner && owner.name ? `${owner.name.value}.${name}` : undefined;
  }
  return name;
}

function sharedDescriptionOf(node: ASTNode, ancestors: readonly (ASTNode | readonly ASTNode[])[]): string | undefined {
  if (node.kind === Kind.INPUT_VALUE_DEFINITION) return SHARED_ARGUMENT_DESCRIPTIONS[node.name.value];
  const coordinate = coordinateOf(node, ancestors);
  return coordinate === undefined ? undefined : SHARED_DESCRIPTIONS[coordinate];
}

/** The document with a shared description given to every definition that has none of its own. */
export function withSharedDescriptions(document: DocumentNode): DocumentNode {
  return visit(document, {
    enter(node, _key, _parent, _path, ancestors) {
      if (!('description' in node) || node.description) return undefined;
      const description = sharedDescriptionOf(node, ancestors);
      return description === undefined ? undefined : { ...node, description: { kind: Kind.STRING, value: description, block: true } };
    },
  });
}
