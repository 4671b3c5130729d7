/**
 * The private Handlebars instance for scripts and HCL: HTML escaping off (`noEscape`), `strict` so a
 * missing field is an error rather than an empty string, and one literal-string helper per language.
 * A template writes `{{ps value}}`, `{{sh value}}`, `{{hcl value}}` or `{{json value}}`; a bare `{{value}}`
 * is only for text the generator made itself (numbers, identifiers).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { bashString, hclString, jsonString, powershellString } from "./escape.js";

const hbs = Handlebars.create();
const asText = (value: unknown, helper: string): string => {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new Error(`internal: {{${helper}}} needs a string, got ${typeof value}`);
};
hbs.registerHelper("ps", (value: unknown) => powershellString(asText(value, "ps")));
hbs.registerHelper("sh", (value: unknown) => bashString(asText(value, "sh")));
hbs.registerHelper("hcl", (value: unknown) => hclString(asText(value, "hcl")));
hbs.registerHelper("json", (value: unknown) => jsonString(asText(value, "json")));

/** templates/iac, found from this module in src/ (tests) and in dist/src/ (the built CLI). */
function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "templates", "iac");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error("internal: templates/iac not found next to the installed program");
}

const cache = new Map<string, Handlebars.TemplateDelegate>();

/** Renders templates/iac/<name> with the private instance. */
export function renderTemplate(name: string, context: object): string {
  let template = cache.get(name);
  if (!template) {
    template = hbs.compile(readFileSync(join(templatesDir(), name), "utf8"), { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template(context);
}
