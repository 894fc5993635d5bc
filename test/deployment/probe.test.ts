import { describe, expect, it } from '@jest/globals';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { parseGatewayConfig } from '@wego/config';
import { parse } from 'yaml';

describe('esm', () => {
  it('loads', () => {
    expect(() => new Deployment({ metadata: { name: 'x' }, spec: { replicas: 'two' } } as never).validate()).toThrow();
    expect(parseGatewayConfig({}).port).toBe(4000);
    expect(parse('a: 1')).toEqual({ a: 1 });
    expect(import.meta.url).toContain('probe');
  });
});
