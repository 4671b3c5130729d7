import { Option, type Command } from "commander";
import type { ProgressEvent } from "../../discovery/arm-reader.js";
import { authKinds, DEFAULT_CONCURRENCY, DEFAULT_MAX_RETRIES, DEFAULT_REQUEST_TIMEOUT_MS, type AuthKind } from "../../discovery/connection.js";
import { discover, type DiscoverResult } from "../../discovery/discover.js";
import { formatChange } from "../../discovery/drift.js";
import { DiscoveryError } from "../../discovery/errors.js";
import { ExitCode } from "../exit-codes.js";
import { eprintln, paint, printJson, println, type Output } from "../output.js";

export interface ArmFlags {
  armEndpoint: string;
  subscription?: string[];
  auth?: AuthKind;
  concurrency: string;
  maxRetries: string;
  requestTimeout: string;
  json?: boolean;
}

/** The flags discover and export-config share. Credentials are never flags: see docs/discovery.md. */
export function addArmOptions(command: Command): Command {
  return command
    .requiredOption("--arm-endpoint <url>", "the stamp's tenant ARM endpoint, https://management.<region>.<fqdn>")
    .option("--subscription <id...>", "read only these subscriptions (default: every subscription the identity sees)")
    .addOption(
      new Option(
        "--auth <kind>",
        "how to sign in; credentials come from environment variables (default: picked from the environment, else the Azure CLI)",
      ).choices([...authKinds]),
    )
    .option("--concurrency <n>", "parallel ARM requests", String(DEFAULT_CONCURRENCY))
    .option("--max-retries <n>", "retries of a throttled (429), failed (5xx), dropped, timed-out or truncated request", String(DEFAULT_MAX_RETRIES))
    .option(
      "--request-timeout <seconds>",
      "time limit for one complete answer (headers and body) before the attempt is retried",
      String(DEFAULT_REQUEST_TIMEOUT_MS / 1000),
    )
    .option("--json", "print the result as JSON");
}

/** The connection settings that discover and export-config share, checked and converted from their flags. */
export function connectionSettings(options: ArmFlags) {
  return {
    armEndpoint: options.armEndpoint,
    auth: options.auth,
    subscriptions: options.subscription,
    concurrency: parseCount(options.concurrency, "--concurrency", 1, MAX_CONCURRENCY),
    maxRetries: parseCount(options.maxRetries, "--max-retries", 0, MAX_RETRIES),
    requestTimeoutMs: parseCount(options.requestTimeout, "--request-timeout", 1, MAX_REQUEST_TIMEOUT_SECONDS) * 1000,
  };
}

export function parseCount(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new DiscoveryError(`${flag} must be a whole number from ${min} to ${max}, got "${value}"`, "usage");
  return n;
}

/** Concurrency ceiling: more parallel reads only invite throttling (docs/discovery.md). */
export const MAX_CONCURRENCY = 64;
/** Request timeout ceiling, seconds: ten minutes is already far beyond any ARM GET. */
export const MAX_REQUEST_TIMEOUT_SECONDS = 600;

/** Retry ceiling: each retry of a 5xx doubles the wait (SDK exponential policy), 10 retries already wait minutes. */
export const MAX_RETRIES = 10;

/** A TTY gets one updating line; a pipe or file gets one plain line per phase. */
export function progressPrinter(
  output: Output,
  command: string,
): { onProgress: (event: ProgressEvent | { phase: "templates"; done: number; total: number }) => void; finish: () => void } {
  const tty = !!output.err.isTTY;
  let open = false;
  const line = (text: string, transient: boolean) => {
    if (tty && transient) {
      output.err.write(`\r\u001b[K${command}: ${text}`);
      open = true;
    } else {
      if (open) output.err.write("\r\u001b[K");
      open = false;
      eprintln(output, `${command}: ${text}`);
    }
  };
  return {
    onProgress(event) {
      switch (event.phase) {
        case "subscriptions":
          line(`${event.count} subscription(s)`, false);
          break;
        case "listed":
          line(`${event.subscription}: ${event.resourceGroups} resource group(s), ${event.resources} resource(s)`, false);
          break;
        case "reading":
          if (tty) line(`reading resources ${event.done}/${event.total}`, true);
          break;
        case "read":
          line(`read ${event.total} resource(s), ${event.failed} could not be read`, false);
          break;
        case "templates":
          if (tty) line(`exporting templates ${event.done}/${event.total}`, true);
          else if (event.done === event.total) line(`exported templates of ${event.total} resource group(s)`, false);
          break;
      }
    },
    finish() {
      if (open) output.err.write("\r\u001b[K");
      open = false;
    },
  };
}

export function registerDiscover(program: Command, output: Output, setExit: (code: number) => void): void {
  addArmOptions(
    program
      .command("discover")
      .description("read a tenant's resources from its Azure Stack Hub ARM endpoint into tenant.yaml (Reader rights are enough)")
      .option("-o, --output <file>", "the tenant.yaml to write or update", "tenant.yaml")
      .option("--tenant-name <name>", "tenant name for a new file (default: the first subscription's name)")
      .option("--stamp-name <name>", "stamp name for a new file (default: the ARM endpoint's domain)"),
  ).action(async (options: ArmFlags & { output: string; tenantName?: string; stampName?: string }) => {
    const progress = progressPrinter(output, "discover");
    let result: DiscoverResult;
    try {
      result = await discover({
        ...connectionSettings(options),
        output: options.output,
        tenantName: options.tenantName,
        stampName: options.stampName,
        onProgress: progress.onProgress,
      });
    } finally {
      progress.finish();
    }
    const partial = result.failures.length > 0;
    if (options.json) printJson(output, discoverJson(result));
    else printDiscover(output, result);
    if (partial)
      eprintln(
        output,
        paint(output, "yellow", `discover: ${describeFailures(result.failures)}; the rest was saved to ${result.file} (exit ${ExitCode.partial})`),
      );
    setExit(partial ? ExitCode.partial : ExitCode.ok);
  });
}

/** "2 resource(s) could not be read, 1 list could not be read whole": lists and resources counted apart. */
export function describeFailures(failures: readonly { type: string }[]): string {
  const lists = failures.filter((f) => /^microsoft\.resources\/(subscriptions|resourcegroups)$/i.test(f.type)).length;
  const resources = failures.length - lists;
  const parts = [
    ...(resources > 0 ? [`${resources} resource(s) could not be read`] : []),
    ...(lists > 0 ? [`${lists} list(s) could not be read whole, so their resources are missing (see "not read")`] : []),
  ];
  return parts.join(", ");
}

export function discoverJson(r: DiscoverResult) {
  return {
    file: r.file,
    created: r.created,
    armEndpoint: r.armEndpoint,
    identitySystem: r.identitySystem,
    auth: r.auth,
    counts: r.counts,
    totals: r.totals,
    drift: r.drift ?? null,
    failures: r.failures,
    findings: {
      errors: r.findings.filter((f) => f.severity === "error").length,
      warnings: r.findings.filter((f) => f.severity === "warning").length,
    },
  };
}

function printDiscover(output: Output, r: DiscoverResult): void {
  const subs = r.tenant.subscriptions.length;
  println(
    output,
    paint(
      output,
      "bold",
      `Discovered ${r.totals.listed} resource(s) from ${r.armEndpoint} (${r.identitySystem === "adfs" ? "AD FS" : "Azure AD"}, --auth ${r.auth}); ${subs} subscription(s) in the file`,
    ),
  );
  const width = Math.max(30, ...r.counts.map((c) => c.type.length));
  println(output, `  ${"type".padEnd(width)}  ${"listed".padStart(6)}  ${"mapped".padStart(6)}  ${"other".padStart(6)}`);
  for (const c of r.counts) {
    println(
      output,
      `  ${c.type.padEnd(width)}  ${String(c.listed).padStart(6)}  ${String(c.mapped).padStart(6)}  ${String(c.other).padStart(6)}${c.unreadable > 0 ? paint(output, "yellow", `  (${c.unreadable} unreadable)`) : ""}`,
    );
  }
  const t = r.totals;
  println(
    output,
    paint(output, "bold", `  ${"total".padEnd(width)}  ${String(t.listed).padStart(6)}  ${String(t.mapped).padStart(6)}  ${String(t.other).padStart(6)}`),
  );
  println(output, `  (mapped: in the model, NICs, disks and extensions inside their VM; other: kept under otherResources with a note)`);
  if (r.created) {
    println(
      output,
      `Wrote ${r.file} (new). Its protection block is a placeholder (tier "unassigned", no VM assigned): run \`azs-backup-planner wizard\` or edit it before planning.`,
    );
  } else {
    println(output, `Updated ${r.file}; fields a person entered (tiers, roles, change rates, dependencies, protection) were kept.`);
  }
  if (r.drift) {
    const d = r.drift;
    println(output, paint(output, "bold", `Drift since the last discovery: ${d.added} added, ${d.removed} removed, ${d.changed} changed`));
    for (const e of d.entries) {
      const sign = e.change === "added" ? paint(output, "green", "+") : e.change === "removed" ? paint(output, "red", "-") : paint(output, "yellow", "~");
      println(output, `  ${sign} ${e.kind} ${e.resourceGroup}/${e.name} (subscription ${e.subscription})`);
      for (const c of e.changes ?? []) println(output, `      ${formatChange(c)}`);
    }
  }
  for (const f of r.failures) println(output, paint(output, "yellow", `  not read: ${f.id}: ${f.reason}`));
  const errors = r.findings.filter((f) => f.severity === "error").length;
  const warnings = r.findings.filter((f) => f.severity === "warning").length;
  if (errors + warnings > 0)
    println(output, `Validation of ${r.file}: ${errors} error(s), ${warnings} warning(s); run \`azs-backup-planner validate ${r.file}\` for details.`);
}
