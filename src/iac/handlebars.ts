/**
 * The private Handlebars instance for scripts and HCL: HTML escaping off (`noEscape`), `strict` so a
 * missing field is an error rather than an empty string, and one literal-string helper per language.
 * A template writes `{{ps value}}`, `{{sh value}}`, `{{hcl value}}` or `{{json value}}`; a bare `{{value}}`
 * is only for text the generator made itself (numbers, identifiers).
 */
import Handlebars from "handlebars";
import type { TemplateSources } from "../base/template-files.js";
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

/**
 * The sources of templates/iac by relative path ("terraform/providers.tf.hbs"), read once by the caller's
 * edge (src/base/template-files.ts) and passed in, so that the planners stay pure.
 */
export type IacTemplates = TemplateSources;

// Compiled once per distinct source text: a pure memo, since the same source always compiles the same.
const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** Renders templates/iac/<name>, taken from the given sources, with the private instance. */
export function renderTemplate(templates: IacTemplates, name: string, context: object): string {
  const source = templates.get(name);
  if (source === undefined) throw new Error(`internal: templates/iac/${name} is not among the templates given`);
  let template = compiled.get(source);
  if (!template) {
    template = hbs.compile(source, { noEscape: true, strict: true });
    compiled.set(source, template);
  }
  return template(context);
}
