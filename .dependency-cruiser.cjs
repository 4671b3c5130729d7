/**
 * The floors of src/, checked by `npm run lint:deps` (dependency-cruiser) in .ci/run.
 *
 * Each folder under src/ is a room. Rooms are stacked so that imports only point down:
 *
 *   cli       the shell: parses arguments, calls the core, picks a renderer, maps error kinds to exit codes
 *   report    view models, templates and the plan folder writer
 *   plan      the composition root: assembles the plan from the planners (pure)
 *   core      inventory's users: backup, bcdr, iac, azure-backup, simulate, discovery, wizard, synthetic
 *   inventory tenant.yaml: schema, loading, validation
 *   stamp     facts about the Azure Stack Hub stamp (the API profile)
 *   base      text catalogue, findings, paths, errors, version: imports no other room
 *
 * Core rooms may lean on each other only along the edges listed in PEERS, each with its reason; the
 * list is a DAG, so rooms form no cycle. docs/architecture.md draws the same floors.
 */

/** Core rooms: the planners and the other capabilities that read a tenant. */
const CORE = ["backup", "bcdr", "iac", "azure-backup", "simulate", "discovery", "wizard", "synthetic", "churn", "operations"];

/** The only imports allowed from one core room into another, and why each one exists. */
const PEERS = {
  // The contrast compares the agent-based plan with Azure VM Backup: it reads backup's plan types and method catalogue.
  "azure-backup": ["backup"],
  // DR by restore from backup takes its RTO from backup's restore model (one restore formula, not two).
  bcdr: ["backup"],
  // The simulator runs the agent-based plan and the Azure VM Backup state machine side by side.
  simulate: ["backup", "azure-backup"],
  backup: [],
  // The export scripts redact the same secret shapes as export-config: they read discovery's redaction rules.
  iac: ["discovery"],
  discovery: [],
  wizard: [],
  synthetic: [],
  churn: [],
  // The operational layer turns the backup plan into deployable files: it reads backup's plan, the Velero plan
  // of azure-backup, and iac's ARM model and per-language string encoders (one escaping per language).
  operations: ["backup", "azure-backup", "iac"],
};

const room = (name) => `^src/${name}/`;
const anyOf = (names) => `^src/(${names.join("|")})/`;

/** A core room may import base, stamp, inventory, itself and its listed peers; nothing else in src/. */
const coreRules = CORE.map((name) => ({
  name: `core-${name}-peers`,
  comment: `${name} may import only base, stamp, inventory and its listed peers (${PEERS[name].join(", ") || "none"}); see PEERS in .dependency-cruiser.cjs.`,
  severity: "error",
  from: { path: room(name) },
  to: { path: "^src/", pathNot: anyOf(["base", "stamp", "inventory", name, ...PEERS[name]]) },
}));

module.exports = {
  forbidden: [
    {
      name: "base-imports-no-room",
      comment: "base sits below every room: it imports nothing else from src/.",
      severity: "error",
      from: { path: room("base") },
      to: { path: "^src/", pathNot: room("base") },
    },
    {
      name: "stamp-only-base",
      comment: "stamp holds facts about the stamp; it may import base only.",
      severity: "error",
      from: { path: room("stamp") },
      to: { path: "^src/", pathNot: anyOf(["stamp", "base"]) },
    },
    {
      name: "inventory-only-base-stamp",
      comment: "inventory (tenant.yaml) may import base and stamp only.",
      severity: "error",
      from: { path: room("inventory") },
      to: { path: "^src/", pathNot: anyOf(["inventory", "base", "stamp"]) },
    },
    {
      name: "core-not-shell",
      comment: "The core never imports the shell (cli), the presentation (report) or the composition root (plan).",
      severity: "error",
      from: { path: anyOf(["inventory", ...CORE]) },
      to: { path: anyOf(["cli", "report", "plan"]) },
    },
    ...coreRules,
    {
      name: "templates-loaded-at-the-edge",
      comment: "Only the shells (cli, report) read template files; the core and plan take the sources as an argument.",
      severity: "error",
      from: { path: anyOf(["inventory", "stamp", "plan", ...CORE]) },
      // The type of the sources may be named anywhere; only a value import can read the disk.
      to: { path: "^src/base/template-files[.]ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "plan-not-shell",
      comment: "plan is the composition root above the planners: it never imports report or cli.",
      severity: "error",
      from: { path: room("plan") },
      to: { path: anyOf(["report", "cli"]) },
    },
    {
      name: "report-not-cli",
      comment: "report renders the plan; the cli calls it, never the other way round.",
      severity: "error",
      from: { path: room("report") },
      to: { path: room("cli") },
    },
    {
      name: "product-not-test-code",
      comment: "Nothing in src/ imports test/ or scripts/ (test support and benchmarks are not shipped).",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|scripts)/" },
    },
    {
      name: "product-not-dev-dependency",
      comment: "Nothing in src/ imports a devDependency: the installed CLI does not have them.",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"] },
    },
    {
      name: "product-only-declared-packages",
      comment: "Every package src/ imports is a dependency in package.json.",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "no-unresolvable",
      comment: "An import that resolves to nothing is a broken build.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-circular",
      comment: "No import cycles, within a room or across rooms.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    // The floors are a property of the product's modules; type-only imports count too (they are still arrows).
    exclude: { path: "^(dist|node_modules)/" },
  },
};
