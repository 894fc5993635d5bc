import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containerEnvironment, containerPortNumber, findObject, podTemplateOf } from './kit/container-environment.js';
import { exampleComposeVariables, readCompose, renderProduction } from './kit/deployment-files.js';
import { SERVING_PROCESS_CONFIGURATIONS, SETUP_PROCESS_CONFIGURATIONS } from './kit/process-configurations.js';
import {
  REQUIRED_IN_PRODUCTION,
  SERVING_PROCESSES,
  SETUP_REQUIRED_IN_PRODUCTION,
  SUBGRAPHS,
  folderOfProcess,
  scriptOf,
  variablesThatCannotBeRemoved,
} from './kit/process-requirements.js';
import { REPOSITORY_ROOT } from './kit/repository.js';

const production = renderProduction();
const compose = readCompose();

function deploymentContainer(name: string) {
  const template = podTemplateOf(findObject(production, 'Deployment', name));
  expect(template.spec.containers).toHaveLength(1);
  return { template, container: template.spec.containers[0]! };
}

function setupContainer(subgraph: string) {
  const containers = podTemplateOf(findObject(production, 'Job', 'wego-setup')).spec.containers;
  const container = containers.find((candidate) => candidate.name === `${subgraph}-setup`);
  if (!container) throw new Error(`the setup Job has no container ${subgraph}-setup`);
  return container;
}

describe.each(SERVING_PROCESSES)('%s on Kubernetes', (name) => {
  const parse = SERVING_PROCESS_CONFIGURATIONS[name];
  const { template, container } = deploymentContainer(name);
  const environment = containerEnvironment(production, container);

  it('starts in production with the environment its Deployment gives, and fails without any variable it requires', () => {
    const config = parse(environment);
    expect(config.environment).toBe('production');
    expect(variablesThatCannotBeRemoved(parse, environment)).toEqual([...REQUIRED_IN_PRODUCTION[name]].sort());
  });

  it('is probed on the paths and the port it serves, and scraped there', () => {
    const { port } = parse(environment);
    expect(containerPortNumber(container, 'http')).toBe(port);
    const probes = { startup: container.startupProbe, liveness: container.livenessProbe, readiness: container.readinessProbe };
    expect(Object.fromEntries(Object.entries(probes).map(([kind, probe]) => [kind, [probe?.httpGet?.path, containerPortNumber(container, probe!.httpGet!.port)]]))).toEqual({
      startup: ['/livez', port],
      liveness: ['/livez', port],
      readiness: ['/readyz', port],
    });
    expect(template.metadata?.annotations).toEqual({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(port), 'prometheus.io/path': '/metrics' });
    const service = findObject(production, 'Service', name).spec as { ports: { port: number; targetPort: string | number }[] };
    expect(service.ports.map((servicePort) => [servicePort.port, containerPortNumber(container, servicePort.targetPort)])).toEqual([[port, port]]);
  });

  it('runs its own entry file, which the build writes', () => {
    const script = scriptOf(container.command);
    expect(script).toBe(`${folderOfProcess(name)}/dist/main.js`);
    expect(existsSync(join(REPOSITORY_ROOT, script))).toBe(true);
    expect(environment.OTEL_SERVICE_NAME).toBe(`wego-${name}`);
  });
});

describe.each(SUBGRAPHS)('the %s setup on Kubernetes', (subgraph) => {
  const container = setupContainer(subgraph);
  const environment = containerEnvironment(production, container);
  const parse = SETUP_PROCESS_CONFIGURATIONS[subgraph];

  it('runs in production with the Job\'s environment, fails without DATABASE_URL or RUNTIME_DATABASE_URL, and creates the role its subgraph connects as', () => {
    const config = parse(environment);
    expect(config.environment).toBe('production');
    expect(variablesThatCannotBeRemoved(parse, environment)).toEqual(SETUP_REQUIRED_IN_PRODUCTION);
    const subgraphEnvironment = containerEnvironment(production, deploymentContainer(subgraph).container);
    expect(config.runtimeDatabaseUrl).toBe(subgraphEnvironment.DATABASE_URL);
  });

  it('runs the setup entry file, which the build writes', () => {
    const script = scriptOf(container.command);
    expect(script).toBe(`services/${subgraph}/dist/setup-main.js`);
    expect(existsSync(join(REPOSITORY_ROOT, script))).toBe(true);
  });
});

describe.each(SERVING_PROCESSES)('%s on compose', (name) => {
  const service = compose.services[name]!;
  const parse = SERVING_PROCESS_CONFIGURATIONS[name];
  const environment = service.environment ?? {};

  it('starts in production with the environment compose gives, and fails without any variable it requires', () => {
    expect(parse(environment).environment).toBe('production');
    expect(variablesThatCannotBeRemoved(parse, environment)).toEqual([...REQUIRED_IN_PRODUCTION[name]].sort());
  });

  it('is health-checked on /readyz at the port it serves, and runs its entry file as an unprivileged user', () => {
    const { port } = parse(environment);
    expect(service.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${port}/readyz`);
    expect(scriptOf(service.command)).toBe(`${folderOfProcess(name)}/dist/main.js`);
    expect([service.user, service.read_only]).toEqual(['1000:1000', true]);
  });

  it('starts after what it needs: its setup completed, or the subgraphs healthy for the gateway', () => {
    const expected =
      name === 'gateway'
        ? { membership: { condition: 'service_healthy' }, governance: { condition: 'service_healthy' }, 'regional-offices': { condition: 'service_healthy' } }
        : { [`${name}-setup`]: { condition: 'service_completed_successfully' } };
    expect(service.depends_on).toEqual(expected);
  });
});

describe.each(SUBGRAPHS)('the %s setup on compose', (subgraph) => {
  const service = compose.services[`${subgraph}-setup`]!;
  const environment = service.environment ?? {};

  it('runs once Postgres is healthy, in production, creating the role its subgraph connects as', () => {
    const config = SETUP_PROCESS_CONFIGURATIONS[subgraph](environment);
    expect(config.environment).toBe('production');
    expect(variablesThatCannotBeRemoved(SETUP_PROCESS_CONFIGURATIONS[subgraph], environment)).toEqual(SETUP_REQUIRED_IN_PRODUCTION);
    expect(config.runtimeDatabaseUrl).toBe(compose.services[subgraph]!.environment!.DATABASE_URL);
    expect(new URL(config.adminDatabaseUrl).host).toBe('postgres:5432');
    expect(service.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(scriptOf(service.command)).toBe(`services/${subgraph}/dist/setup-main.js`);
    expect(service.restart).toBe('no');
  });
});

describe('compose and its env file', () => {
  const text = readFileSync(join(REPOSITORY_ROOT, 'compose.yaml'), 'utf8');

  it('runs Postgres 18 with its data on a volume at the path the image keeps it from 18 on', () => {
    expect(compose.services.postgres!.image).toBe('postgres:18');
    expect(compose.services.postgres!.volumes).toEqual(['postgres-data:/var/lib/postgresql']);
  });

  it('names in .env.example every variable it requires, and uses every variable .env.example names', () => {
    const required = [...text.matchAll(/\$\{([A-Z_]+):\?/g)].map((match) => match[1]!);
    const example = Object.keys(exampleComposeVariables());
    expect([...new Set(required)].sort()).toEqual(example.sort());
  });

  it('refuses to start without a .env, naming the first variable missing', () => {
    expect(() => readCompose({})).toThrow('POSTGRES_PASSWORD: set POSTGRES_PASSWORD in .env');
  });
});
