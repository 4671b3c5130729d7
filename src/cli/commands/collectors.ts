import type { Command } from "commander";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { templateFolder } from "../../base/template-files.js";
import { collectorFiles } from "../../churn/collectors.js";
import { writeFileAtomic } from "../../discovery/write.js";
import { loadTenantFile } from "../../inventory/load.js";
import { UserError } from "../exit-codes.js";
import { println, type Output } from "../output.js";

export function registerCollectors(program: Command, output: Output): void {
  program
    .command("collectors")
    .description("write the in-guest churn collectors (PowerShell 5.1 and POSIX sh) and their install steps for a tenant (docs/churn.md)")
    .argument("<tenant.yaml>", "the tenant inventory file")
    .requiredOption("-o, --output <folder>", "folder to write the collectors into")
    .action(async (file: string, options: { output: string }) => {
      const loaded = await loadTenantFile(file);
      if (!loaded.ok) throw new UserError(`${file}: not a valid tenant file (${loaded.findings.length} error(s); run validate)`);
      const dir = templateFolder("churn");
      const scripts = {
        powershell: await readFile(join(dir, "collect-churn.ps1"), "utf8"),
        posix: await readFile(join(dir, "collect-churn.sh"), "utf8"),
      };
      await mkdir(options.output, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new UserError(`cannot create ${options.output}: ${error.code ?? error.message}`, "output");
      });
      for (const [name, text] of collectorFiles(loaded.tenant, scripts)) await writeFileAtomic(join(options.output, name), text);
      println(output, `Collectors written to ${options.output} (see INSTALL.md there).`);
    });
}
