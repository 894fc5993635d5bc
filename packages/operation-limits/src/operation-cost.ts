import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What a page holds when `first` is omitted, and at most (the SDL of every paged field: `first` 1-200, default 50). */
const PAGE_SIZE_DEFAULT = 50;
const PAGE_SIZE_MAX = 200;

/** GraphQL Armor's prices: a scalar 1, an object 2, and what an object selects weighs 1.5 times more one level down. */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const NESTING_FACTOR = 1.5;

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Armor counts a variable or omitted `first` as one row, so nested pages via variables would pass for cheap;
 * here a variable costs the largest page it could ask.
 */
function rowsOf(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
  if (!definition?.args.some((argument) => argument.name === 'first')) return 1;
  const first = node.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (!first || first.kind === Kind.NULL) return PAGE_SIZE_DEFAULT;
  if (first.kind === Kind.INT) return Math.max(1, Number.parseInt(first.value, 10));
  return PAGE_SIZE_MAX;
}

/** Prices operations of one document against one schema; each fragment is priced once. */
class OperationPricer {
  private readonly fragmentCosts = new Map<string, number>();
  private readonly fragmentsInProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {}

  operation(operation: OperationDefinitionNode): number {
    return this.selections(operation.selectionSet, this.schema.getRootType(operation.operation) ?? undefined);
  }

  private selections(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) cost += this.field(selection, parent);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        cost += this.selections(selection.selectionSet, condition ?? undefined);
      } else cost += this.fragment(selection.name.value);
    }
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLNamedType | undefined): number {
    if (INTROSPECTION_FIELDS.has(node.name.value)) return 0;
    if (!node.selectionSet) return SCALAR_COST;
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    const children = this.selections(node.selectionSet, definition ? getNamedType(definition.type) : undefined);
    return (OBJECT_COST + NESTING_FACTOR * children) * rowsOf(node, definition);
  }

  private fragment(name: string): number {
    const known = this.fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    // A cycle or an unknown fragment is refused by GraphQL's own validation; it adds nothing here.
    if (!fragment || this.fragmentsInProgress.has(name)) return 0;
    this.fragmentsInProgress.add(name);
    const cost = this.selections(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value) ?? undefined);
    this.fragmentsInProgress.delete(name);
    this.fragmentCosts.set(name, cost);
    return cost;
  }
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** The cost of each operation of a document, by operation (the anonymous one under ''). */
export function operationCosts(schema: GraphQLSchema, document: DocumentNode): Map<string, number> {
  const pricer = new OperationPricer(schema, fragmentsOf(document));
  const costs = new Map<string, number>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) costs.set(definition.name?.value ?? '', pricer.operation(definition));
  }
  return costs;
}
