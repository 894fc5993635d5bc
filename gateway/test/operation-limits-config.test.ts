import { ConfigError } from '@wego/config';
import { parseGatewayConfig } from '../src/config';

describe('the gateway operation limits configuration', () => {
  it('defaults to depth 12, 15 aliases, 20 directives, 2000 tokens and a cost of 50000', () => {
    expect(parseGatewayConfig({}).operationLimits).toEqual({ maxDepth: 12, maxAliases: 15, maxDirectives: 20, maxTokens: 2000, maxCost: 50000 });
  });

  it('reads GATEWAY_MAX_DEPTH, GATEWAY_MAX_ALIASES, GATEWAY_MAX_DIRECTIVES, GATEWAY_MAX_TOKENS and GATEWAY_MAX_COST', () => {
    const config = parseGatewayConfig({
      GATEWAY_MAX_DEPTH: '8',
      GATEWAY_MAX_ALIASES: '5',
      GATEWAY_MAX_DIRECTIVES: '10',
      GATEWAY_MAX_TOKENS: '1000',
      GATEWAY_MAX_COST: '20000',
    });
    expect(config.operationLimits).toEqual({ maxDepth: 8, maxAliases: 5, maxDirectives: 10, maxTokens: 1000, maxCost: 20000 });
  });

  it.each(['GATEWAY_MAX_DEPTH', 'GATEWAY_MAX_ALIASES', 'GATEWAY_MAX_DIRECTIVES', 'GATEWAY_MAX_TOKENS', 'GATEWAY_MAX_COST'])(
    'refuses a %s that is not a whole number of at least 1',
    (variable) => {
      for (const value of ['0', '-1', '2.5', 'many']) {
        expect(() => parseGatewayConfig({ [variable]: value })).toThrow(ConfigError);
      }
    },
  );
});
