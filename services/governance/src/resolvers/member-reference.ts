/** A member as governance hands it to the graph: membership resolves the rest. */
export interface MemberReference {
  __typename: 'Member';
  id: string;
}

export function memberReference(id: string): MemberReference {
  return { __typename: 'Member', id };
}
