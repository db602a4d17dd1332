// The deployment assets (docker-compose.yml, deploy/k8s) validate, and the validators reject broken
// files: the same functions CI runs through scripts/validate-deploy.ts (see docs/DEPLOYMENT.md §10).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkKubernetesObjects,
  composeVariables,
  formatFinding,
  loadKubernetesDirectory,
  runComposeConfig,
  undocumentedComposeVariables,
  validateComposeDocument,
  validateDeployment,
  validateKubernetesObject,
  validateKubernetesObjects,
  type KubernetesObject,
} from '../../deploy/validate.ts';

/** The parts of the manifests the negative tests break. */
interface ContainerShape {
  name?: string;
  image: string;
  ports: { containerPort: unknown }[];
  env: unknown[];
  securityContext: Record<string, unknown>;
  livenessProbe: { httpGet: { port: unknown } };
  readinessProbe?: unknown;
  resources?: unknown;
}
interface DeploymentShape {
  spec: {
    replicas?: number;
    template: { metadata: { labels: Record<string, string> }; spec: { containers: ContainerShape[] } };
  };
}
interface IngressShape {
  spec: { rules: { http: { paths: { backend: { service: unknown } }[] } }[] };
}
interface HpaShape {
  spec: { minReplicas: number; scaleTargetRef: { name: string } };
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const clone = <T>(value: T): T => structuredClone(value);
const messages = (findings: { where: string; message: string }[]) =>
  findings.map((f) => `${f.where}: ${f.message}`);

describe('deployment assets of this repository', () => {
  it('docker-compose.yml, deploy/k8s and docs/DEPLOYMENT.md validate with zero errors', () => {
    const result = validateDeployment(root);
    expect(result.errors.map(formatFinding)).toEqual([]);
    expect(result.summary.composeServices).toEqual(
      expect.arrayContaining([
        'postgres',
        'mongo',
        'clickhouse',
        'redis',
        'accounts',
        'queries',
        'canvases',
        'worker',
        'comments',
        'ai',
        'collab-1',
        'collab-2',
        'gateway',
      ]),
    );
    expect(result.summary.kubernetesObjects).toMatchObject({
      Namespace: 1,
      ConfigMap: 1,
      Secret: 1,
      Deployment: 8, // the canvases worker has no Service
      Service: 7,
      HorizontalPodAutoscaler: 2,
      PodDisruptionBudget: 8,
      Ingress: 1,
    });
    expect(result.summary.kubernetesObjects.NetworkPolicy).toBeGreaterThanOrEqual(1);
  });

  it('docker compose config -q accepts the file (when a compose client is installed)', (context) => {
    const result = runComposeConfig(path.join(root, 'docker-compose.yml'));
    if (result.client === null) context.skip();
    expect(result.ok, `${result.client} config -q:\n${result.output}`).toBe(true);
  });

  it('requires every secret through ${VAR:?…} interpolation', () => {
    const required = [...composeVariables(readCompose())].filter(([, v]) => v.required).map(([name]) => name);
    expect(required).toEqual(
      expect.arrayContaining([
        'POSTGRES_PASSWORD',
        'APP_DB_PASSWORD',
        'MONGO_ROOT_PASSWORD',
        'MONGO_APP_PASSWORD',
        'CLICKHOUSE_PASSWORD',
        'REDIS_PASSWORD',
        'JWT_SECRET',
        'INTERNAL_SECRET',
        'SECRETS_KEYS',
        'ACCOUNTS_SECRETS_KEYS',
      ]),
    );
  });
});

describe('compose validation rejects broken files', () => {
  const valid = {
    services: {
      db: { image: 'postgres:16', healthcheck: { test: ['CMD', 'pg_isready'], interval: '5s' } },
      app: {
        image: 'app:1',
        depends_on: { db: { condition: 'service_healthy' } },
        ports: ['4000:4000'],
        healthcheck: { test: ['CMD', 'true'] },
      },
    },
  };

  it('accepts a minimal valid document', () => {
    expect(messages(validateComposeDocument(valid, { published: ['app'] }))).toEqual([]);
  });

  it('flags a missing healthcheck, list-form depends_on, unknown keys and a top-level name', () => {
    const broken = clone(valid) as Record<string, unknown> & typeof valid;
    (broken as Record<string, unknown>).name = 'tessera';
    delete (broken.services.db as { healthcheck?: unknown }).healthcheck;
    (broken.services.app as Record<string, unknown>).depends_on = ['db'];
    (broken.services.app as Record<string, unknown>).restartt = 'always';
    const found = messages(validateComposeDocument(broken, { published: ['app'] }));
    expect(found).toEqual(
      expect.arrayContaining([
        'services.db: has no healthcheck',
        expect.stringMatching(/^services\.app\.depends_on: uses the list form/),
        expect.stringMatching(/^\/services\/app: schema: .*\(restartt\)/),
        expect.stringMatching(/^\/name: remove the top-level `name:`/),
      ]),
    );
  });

  it('flags a condition-less dependency, a dependency on a missing service and a published database', () => {
    const broken = clone(valid);
    (broken.services.app as Record<string, unknown>).depends_on = {
      db: {},
      cache: { condition: 'service_healthy' },
    };
    (broken.services.db as Record<string, unknown>).ports = ['5432:5432'];
    const found = messages(validateComposeDocument(broken, { published: ['app'] }));
    expect(found).toEqual(
      expect.arrayContaining([
        'services.app.depends_on.db: has no condition',
        'services.app.depends_on.cache: names a service that does not exist',
        expect.stringMatching(/^services\.db\.ports: publishes ports/),
      ]),
    );
  });

  it('flags a build of a workspace that does not exist', () => {
    const broken = clone(valid);
    (broken.services.app as Record<string, unknown>).build = {
      context: '.',
      dockerfile: 'deploy/docker/node-service.Dockerfile',
      args: { WORKSPACE: 'subgraphs/nope' },
    };
    expect(messages(validateComposeDocument(broken, { root, published: ['app'] }))).toContain(
      'services.app.build.args: subgraphs/nope/src/index.ts does not exist',
    );
  });

  it('lists interpolated variables (ignoring $$ escapes and comments) and the undocumented ones', () => {
    const text =
      '# ${IN_A_COMMENT:?x}\nservices:\n  a:\n    environment:\n      A: ${REQUIRED:?set it}\n      B: ${OPTIONAL:-1}\n      C: "$$SHELL_VAR"\n';
    expect([...composeVariables(text)]).toEqual([
      ['REQUIRED', { required: true }],
      ['OPTIONAL', { required: false }],
    ]);
    expect(undocumentedComposeVariables(text, 'Set `REQUIRED` first.')).toEqual(['OPTIONAL']);
  });
});

describe('Kubernetes validation rejects broken manifests', () => {
  const { objects } = loadKubernetesDirectory(path.join(root, 'deploy', 'k8s'), root);
  const find = (kind: string, name: string) => {
    const found = objects.find(
      (o) => o.object.kind === kind && (o.object.metadata as { name?: string }).name === name,
    );
    if (!found) throw new Error(`${kind}/${name} not found in deploy/k8s`);
    return found;
  };
  const replace = (original: KubernetesObject, object: Record<string, unknown>): KubernetesObject[] =>
    objects.map((o) => (o === original ? { ...o, object } : o));

  it('the gateway Deployment validates as written', () => {
    expect(validateKubernetesObject(find('Deployment', 'gateway').object)).toEqual([]);
  });

  it('rejects a schema violation (containerPort as a string, a container without a name)', () => {
    const deployment = clone(find('Deployment', 'gateway').object) as unknown as DeploymentShape;
    const container = deployment.spec.template.spec.containers[0]!;
    container.ports[0]!.containerPort = 'http';
    delete container.name;
    const found = messages(validateKubernetesObject(deployment as unknown as Record<string, unknown>));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/containers\/0\/ports\/0\/containerPort: schema: must be integer/),
        expect.stringMatching(/containers\/0: schema: must have required property '?name'?/),
      ]),
    );
  });

  it('rejects unknown kinds, misspelled kinds and beta API versions', () => {
    expect(
      messages(
        validateKubernetesObject({
          apiVersion: 'apps/v1',
          kind: 'Deploymnt',
          metadata: { name: 'x', namespace: 'tessera' },
        }),
      ),
    ).toEqual(['Deploymnt/x: unknown kind apps/v1/Deploymnt']);
    expect(
      messages(
        validateKubernetesObject({
          apiVersion: 'example.com/v1',
          kind: 'Widget',
          metadata: { name: 'x', namespace: 'tessera' },
        }),
      ),
    ).toEqual(['Widget/x: unknown kind example.com/v1/Widget']);
    const beta = {
      apiVersion: 'policy/v1beta1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'x', namespace: 'tessera' },
      spec: { minAvailable: 1 },
    };
    expect(messages(validateKubernetesObject(beta))).toContain(
      'PodDisruptionBudget/x: policy/v1beta1 is not a stable API version',
    );
    expect(
      messages(validateKubernetesObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } })),
    ).toContain('ConfigMap/x: metadata.namespace is required (no implicit default namespace)');
  });

  it('rejects broken cross-references and policy violations', () => {
    const original = find('Deployment', 'accounts');
    const deployment = clone(original.object) as unknown as DeploymentShape;
    const container = deployment.spec.template.spec.containers[0]!;
    deployment.spec.replicas = 1;
    delete container.readinessProbe;
    delete container.resources;
    container.securityContext.allowPrivilegeEscalation = true;
    container.image = 'registry.example.com/tessera/accounts:latest';
    container.livenessProbe.httpGet.port = 'metrics';
    container.env.push({
      name: 'NOPE',
      valueFrom: { secretKeyRef: { name: 'tessera-secrets', key: 'NOPE' } },
    });
    deployment.spec.template.metadata.labels['app.kubernetes.io/name'] = 'renamed';
    const found = messages(
      checkKubernetesObjects(replace(original, deployment as unknown as Record<string, unknown>)),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Deployment/accounts: spec.selector does not match the pod template labels',
        'Deployment/accounts: replicas is 1: stateless services run at least 2',
        'Deployment/accounts container accounts: has no readinessProbe',
        'Deployment/accounts container accounts: needs resources.requests and resources.limits',
        'Deployment/accounts container accounts: must set securityContext.allowPrivilegeEscalation: false',
        'Deployment/accounts container accounts: image registry.example.com/tessera/accounts:latest must be pinned to a tag or digest other than latest',
        'Deployment/accounts container accounts: livenessProbe uses port metrics, which the container does not declare',
        'Deployment/accounts container accounts: env NOPE: tessera-secrets has no key NOPE',
        'Service/accounts: selects no Deployment/StatefulSet pods',
        'PodDisruptionBudget/accounts: selects no workload pods',
      ]),
    );
  });

  it('rejects an Ingress to a missing Service and an HPA without a target', () => {
    const ingress = find('Ingress', 'tessera');
    const brokenIngress = clone(ingress.object) as unknown as IngressShape;
    brokenIngress.spec.rules[0]!.http.paths[0]!.backend.service = { name: 'gatewy', port: { name: 'http' } };
    const hpa = find('HorizontalPodAutoscaler', 'queries');
    const brokenHpa = clone(hpa.object) as unknown as HpaShape;
    brokenHpa.spec.scaleTargetRef.name = 'query';
    brokenHpa.spec.minReplicas = 1;
    const edited = replace(hpa, brokenHpa as unknown as Record<string, unknown>).map((o) =>
      o === ingress ? { ...o, object: brokenIngress as unknown as Record<string, unknown> } : o,
    );
    const found = messages(checkKubernetesObjects(edited));
    expect(found).toEqual(
      expect.arrayContaining([
        'Ingress/tessera: backend Service gatewy is not defined',
        'HorizontalPodAutoscaler/queries: scaleTargetRef Deployment/query is not defined',
        'HorizontalPodAutoscaler/queries: minReplicas must be at least 2',
        'Deployment/queries: has no replicas and no HorizontalPodAutoscaler (it would run 1 pod)',
      ]),
    );
  });

  it('the whole directory has no findings', () => {
    expect(validateKubernetesObjects(objects).map(formatFinding)).toEqual([]);
  });
});

function readCompose(): string {
  return readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
}
