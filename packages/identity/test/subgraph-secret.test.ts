import { presentsSubgraphSecret } from '../src';

describe('presentsSubgraphSecret', () => {
  const secret = 'the-subgraph-secret-of-thirty-two-c';

  it('holds for the secret itself', () => {
    expect(presentsSubgraphSecret(secret, secret)).toBe(true);
  });

  it('fails for nothing, a value of the same length, a shorter, a longer or an empty one', () => {
    for (const presented of [undefined, `${secret.slice(0, -1)}C`, secret.slice(0, -1), `${secret} `, '']) {
      expect(presentsSubgraphSecret(presented, secret)).toBe(false);
    }
  });

  it('fails when no secret is configured, whatever is presented', () => {
    expect(presentsSubgraphSecret('', '')).toBe(false);
  });
});
