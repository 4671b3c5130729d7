/**
 * Reads the Handlebars templates shipped in templates/ once, at the edge: the CLI reads templates/iac
 * and hands the sources to the planners; the report room reads templates/report for its engine. The
 * planners themselves never touch the disk (a dependency rule keeps this module out of the core).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Template sources by path relative to their folder, "/"-separated, e.g. "scripts/export-config.sh.hbs". */
export type TemplateSources = ReadonlyMap<string, string>;

export type TemplateFolder = "iac" | "report" | "churn";

/**
 * templates/<folder>, found by walking up from this module: src/base/ when run from source (tests),
 * dist/src/base/ in the built or installed CLI, whose package carries templates/ beside dist/.
 */
export function templateFolder(folder: TemplateFolder): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  // Four levels reach the package root from dist/src/base; two more leave room for a nested build.
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(dir, "templates", folder);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`templates/${folder} not found next to the program; the installation is incomplete`);
}

/** Every *.hbs under `dir`, keyed by relative path, in sorted order so the map is the same on every machine. */
export function readTemplateSources(dir: string): TemplateSources {
  const sources = new Map<string, string>();
  const walk = (relative: string): void => {
    const entries = readdirSync(join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith(".hbs")) sources.set(path, readFileSync(join(dir, path), "utf8"));
    }
  };
  walk("");
  return sources;
}

const loaded = new Map<TemplateFolder, TemplateSources>();

/** The shipped templates/<folder>, read on first use and kept for the life of the process. */
export function loadTemplates(folder: TemplateFolder): TemplateSources {
  let sources = loaded.get(folder);
  if (!sources) {
    sources = readTemplateSources(templateFolder(folder));
    loaded.set(folder, sources);
  }
  return sources;
}
