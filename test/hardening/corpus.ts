/**
 * A corpus of malformed and hostile tenant.yaml texts, built deterministically from the small example.
 * Each case is named for what it attacks; the test expects a clear error or a valid plan for every one.
 */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { smallExamplePath } from "../helpers/tenant-fixtures.js";

export interface HostileCase {
  name: string;
  text: string;
}

const example = readFileSync(smallExamplePath, "utf8");
const exampleDocument = () => yaml.load(example) as any;
const dump = (document: unknown) => yaml.dump(document, { lineWidth: -1, noRefs: true });

/** A deterministic PRNG (mulberry32) so the corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paths of scalar fields in the example that formulas and generators read. */
const scalarPaths: Array<Array<string | number>> = [
  ["schemaVersion"],
  ["tenant", "name"],
  ["stamp", "name"],
  ["stamp", "armEndpoint"],
  ["stamp", "identitySystem"],
  ["subscriptions", 0, "id"],
  ["subscriptions", 0, "resourceGroups", 1, "name"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "name"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "osType"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "size"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "vCpus"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "memoryGiB"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "tier"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "disks", 1, "sizeGiB"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "disks", 1, "usedGiB"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "disks", 1, "changeRatePercent"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "disks", 1, "lun"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "nics", 0, "subnet"],
  ["subscriptions", 0, "resourceGroups", 1, "virtualMachines", 0, "peakCpuPercent"],
  ["subscriptions", 0, "resourceGroups", 1, "storageAccounts", 0, "name"],
  ["subscriptions", 0, "resourceGroups", 3, "virtualNetworks", 0, "addressPrefixes"],
  ["subscriptions", 0, "resourceGroups", 3, "networkSecurityGroups", 1, "rules", 0, "priority"],
  ["subscriptions", 0, "resourceGroups", 3, "networkSecurityGroups", 1, "rules", 0, "destinationPortRange"],
  ["subscriptions", 0, "resourceGroups", 2, "loadBalancers", 0, "rules", 0, "frontendPort"],
  ["protection", "tiers", 0, "rpoHours"],
  ["protection", "tiers", 0, "rtoHours"],
  ["protection", "tiers", 0, "retention", "daily"],
  ["protection", "tiers", 0, "retention", "yearly"],
  ["protection", "tiers", 0, "backupWindow", "start"],
  ["protection", "tiers", 0, "backupWindow", "durationHours"],
  ["protection", "target", "kind"],
  ["protection", "target", "wanBandwidthMbps"],
  ["protection", "drSite", "kind"],
  ["protection", "drSite", "wanBandwidthMbps"],
];

function setAt(document: any, path: Array<string | number>, value: unknown): any {
  let node = document;
  for (const segment of path.slice(0, -1)) node = node[segment];
  node[path.at(-1)!] = value;
  return document;
}

const wrongValues: Array<[string, unknown]> = [
  ["list", [1, 2]],
  ["mapping", { a: 1 }],
  ["string", "abc"],
  ["null", null],
  ["boolean", true],
  ["huge", 1e308],
  ["negative-huge", -1e308],
  ["nan", Number.NaN],
  ["infinity", Number.POSITIVE_INFINITY],
  ["unsafe-integer", 2 ** 53 + 1],
];

/** Strings that break quoting, paths or terminals when they flow into generated files. */
export const hostileStrings = [
  "../../etc/passwd",
  "..\\..\\windows\\system32",
  "/absolute/path",
  "C:\\Users\\x",
  "name with spaces",
  "quote'single",
  'quote"double',
  "back`tick`",
  "$(rm -rf /)",
  "${var}",
  "%{directive}",
  "$$",
  "semi;colon && amp | pipe",
  "<script>alert(1)</script>",
  "line\nbreak",
  "tab\tinside",
  "\u0001control\u0007bell",
  "\u001b[31mred\u001b[0m",
  "\u202eevil-rtl",
  "zero\u200bwidth",
  "日本語の名前",
  "emoji-🚀",
  "trailing-backslash\\",
  "#hash",
  "*star*",
  "[brackets]",
  "{braces}",
  "a".repeat(5000),
];

export function buildCorpus(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, text: string) => cases.push({ name, text });

  // Wrong types and out-of-range numbers at every field formulas read.
  for (const path of scalarPaths) {
    for (const [label, value] of wrongValues) add(`wrong-${label}@${path.join(".")}`, dump(setAt(exampleDocument(), path, value)));
  }

  // Truncated at many points: syntax errors and missing fields.
  const random = prng(20261122);
  for (let i = 0; i < 30; i++) {
    const cut = Math.floor(random() * example.length);
    add(`truncated@${cut}`, example.slice(0, cut));
  }

  // Hostile names everywhere names flow into files: VM, disk, NIC, NSG rule, tag keys and values, tenant name.
  hostileStrings.forEach((value, i) => {
    const document = exampleDocument();
    const vm = document.subscriptions[0].resourceGroups[1].virtualMachines[0];
    vm.name = value;
    vm.tags = { [value]: value, note: value };
    vm.disks[3].name = `${value}-disk`;
    document.tenant.name = value;
    document.tenant.description = value;
    document.subscriptions[0].resourceGroups[3].networkSecurityGroups[0].rules[0].description = value;
    document.subscriptions[0].resourceGroups[0].virtualMachines[0].dependsOn = undefined;
    for (const web of document.subscriptions[0].resourceGroups[2].virtualMachines) web.dependsOn = [`rg-data/${value}`];
    document.subscriptions[0].resourceGroups[2].virtualMachines[2].dependsOn = [`rg-data/${value}`];
    add(`hostile-name-${i}`, dump(document));
    const group = exampleDocument();
    group.subscriptions[0].resourceGroups[0].name = value;
    add(`hostile-group-name-${i}`, dump(group));
  });

  // Anchors and aliases: exponential expansion and cycles.
  for (const width of [5, 9, 10]) {
    let text = "schemaVersion: 1\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let level = 1; level <= width; level++)
      text += `l${level}: &l${level} [${Array(10)
        .fill(`*l${level - 1}`)
        .join(", ")}]\n`;
    add(`alias-bomb-${width}`, text);
  }
  add("alias-bomb-in-tags", example.replace("tags: { app: erp, owner: dba-team, 環境: 本番 }", "tags: &t { app: erp }"));
  add("alias-cycle", "a: &a\n  b: *a\n");
  add("alias-merge-many", `base: &b { x: 1 }\n${Array.from({ length: 200 }, (_, i) => `k${i}: { <<: [*b, *b, *b] }`).join("\n")}\n`);

  // Deep nesting in both styles.
  add("deep-flow", `${"[".repeat(10_000)}${"]".repeat(10_000)}`);
  add("deep-block", Array.from({ length: 500 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n"));

  // Duplicate keys at several depths.
  add("duplicate-top", `${example}\nschemaVersion: 1\n`);
  add("duplicate-nested", example.replace("  region: tokyo\n", "  region: tokyo\n  region: osaka\n"));
  add("duplicate-in-flow", example.replace("{ name: dc01-osdisk, role: os,", "{ name: dc01-osdisk, role: os, role: data,"));

  // Not YAML at all, or not one document.
  add("empty", "");
  add("only-comments", "# nothing here\n# at all\n");
  add("document-marker", "---\n");
  add("two-documents", `${example}\n---\nschemaVersion: 1\n`);
  add("scalar-root", "42\n");
  add("list-root", "- a\n- b\n");
  add("json-form", JSON.stringify(exampleDocument()));
  add("tab-indentation", example.replace("  name: ash-tokyo-01", "\tname: ash-tokyo-01"));
  add("js-function-tag", "schemaVersion: !!js/function 'function(){}'\n");
  add("unknown-tag", "schemaVersion: !custom 1\n");
  add("binary-tag", example.replace("name: contoso-tokyo", "name: !!binary aGVsbG8="));
  add("timestamp-as-name", example.replace("name: contoso-tokyo", "name: 2026-11-22"));
  add("nul-bytes", `schemaVersion: 1\u0000\u0000\n`);
  const bytes = prng(7);
  add("random-binary", String.fromCharCode(...Array.from({ length: 4096 }, () => Math.floor(bytes() * 256))));
  add("invalid-utf8-replaced", Buffer.from([0x73, 0x63, 0xff, 0xfe, 0x3a, 0x20, 0xc3, 0x28]).toString("utf8"));
  add("bom", `\ufeff${example}`);
  add("crlf", example.replace(/\n/g, "\r\n"));
  add("very-long-line", example.replace("name: contoso-tokyo", `name: ${"x".repeat(1_000_000)}`));
  add("many-vms", dump(manyVms(2000)));
  return cases;
}

/** The example with one resource group holding `count` copies of a VM: valid, and big. */
function manyVms(count: number): any {
  const document = exampleDocument();
  const group = document.subscriptions[0].resourceGroups[2];
  const template = group.virtualMachines[2];
  group.virtualMachines = Array.from({ length: count }, (_, i) => ({
    ...template,
    name: `app${String(i).padStart(4, "0")}`,
    dependsOn: undefined,
    nics: [{ ...template.nics[0], name: `app${i}-nic`, privateIpAddress: undefined, privateIpAllocation: "Dynamic" }],
    disks: template.disks.map((d: any) => ({ ...d, name: `app${i}-${d.name}` })),
  }));
  for (const vm of group.virtualMachines) if (vm.dependsOn === undefined) delete vm.dependsOn;
  for (const web of document.subscriptions[0].resourceGroups[2].virtualMachines) delete web.dependsOn;
  return document;
}
