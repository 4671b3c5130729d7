import type { Command } from "commander";
import { exportConfig, type ExportResult } from "../../discovery/export-config.js";
import { ExitCode } from "../exit-codes.js";
import { eprintln, paint, printJson, println, type Output } from "../output.js";
import { addArmOptions, connectionSettings, progressPrinter, type ArmFlags } from "./discover.js";

export function registerExportConfig(program: Command, output: Output, setExit: (code: number) => void): void {
  addArmOptions(
    program
      .command("export-config")
      .description("save every resource's full JSON and each resource group's exported template, secrets redacted, into a new dated folder")
      .requiredOption("-o, --output <folder>", "the root folder; each run adds a dated folder (YYYY-MM-DDTHHMMSSZ) with an index.json"),
  ).action(async (options: ArmFlags & { output: string }) => {
    const progress = progressPrinter(output, "export-config");
    let result: ExportResult;
    try {
      result = await exportConfig({
        ...connectionSettings(options),
        root: options.output,
        onProgress: progress.onProgress,
      });
    } finally {
      progress.finish();
    }
    const { index } = result;
    const partial = index.failures.length > 0;
    if (options.json) {
      printJson(output, {
        folder: result.folder,
        resources: index.resources.length,
        templates: {
          exported: index.templates.filter((t) => t.status === "exported").length,
          notSupported: index.templates.filter((t) => t.status === "not-supported").length,
          failed: index.templates.filter((t) => t.status === "failed").length,
        },
        redactedValues: result.redactedCount,
        failures: index.failures,
        changesSincePrevious: index.changesSincePrevious,
      });
    } else {
      println(
        output,
        paint(output, "bold", `Exported ${index.resources.length} resource(s) of ${index.subscriptions.length} subscription(s) to ${result.folder}`),
      );
      const exported = index.templates.filter((t) => t.status === "exported").length;
      println(output, `  resource group templates: ${exported} exported, ${index.templates.length - exported} not available`);
      for (const t of index.templates.filter((x) => x.status !== "exported")) println(output, `    ${t.resourceGroup}: ${t.note ?? t.status}`);
      println(output, `  ${result.redactedCount} secret value(s) redacted (listed per file in index.json)`);
      const c = index.changesSincePrevious;
      if (c) {
        println(
          output,
          paint(output, "bold", `Changes since ${c.previous}: ${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed`),
        );
        for (const id of c.added) println(output, `  + ${id}`);
        for (const id of c.removed) println(output, `  - ${id}`);
        for (const id of c.changed) println(output, `  ~ ${id}`);
      } else {
        println(output, "  first export in this folder: nothing to compare with");
      }
      for (const f of index.failures) println(output, paint(output, "yellow", `  not read: ${f.id}: ${f.reason}`));
    }
    if (partial)
      eprintln(
        output,
        paint(
          output,
          "yellow",
          `export-config: ${index.failures.length} item(s) could not be read; the rest was saved to ${result.folder} (exit ${ExitCode.partial})`,
        ),
      );
    setExit(partial ? ExitCode.partial : ExitCode.ok);
  });
}
