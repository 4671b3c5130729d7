/**
 * The report's Handlebars engine: one private instance (never the global one), helpers and partials
 * registered once, every template compiled in strict mode so a field the view lacks fails the render.
 *
 * Escaping is explicit per target: Markdown templates (`*.md.hbs`) compile with `noEscape: true` and
 * call `md`/`code` on every inventory value; HTML templates (`*.html.hbs`) keep Handlebars' HTML
 * escaping on, and the only raw insertion is `svg`, which accepts nothing but diagrams built by
 * src/report/svg (whose text is XML-escaped there).
 */
import Handlebars from "handlebars";
import { loadTemplates, type TemplateSources } from "../base/template-files.js";
import { escapeMarkdown, markdownCode, markdownCodeBlock, markdownLinkTarget, scriptJson } from "./escape.js";
import type { Formatter } from "./format.js";
import { Svg } from "./svg/svg.js";

type HelperOptions = Handlebars.HelperOptions & { loc?: { start: { line: number; column: number } } };
type Hb = typeof Handlebars;

export type TemplateKind = "md" | "html" | "text";

export function templateKind(file: string): TemplateKind {
  if (file.endsWith(".md.hbs")) return "md";
  if (file.endsWith(".html.hbs")) return "html";
  return "text";
}

function compileOptions(kind: TemplateKind): CompileOptions {
  // HTML alone keeps Handlebars' escaping; Markdown and text escape explicitly through helpers.
  return { strict: true, noEscape: kind !== "html", preventIndent: true };
}

type CompileOptions = Parameters<Hb["compile"]>[1];

function where(options: HelperOptions | undefined): string {
  const loc = options?.loc?.start;
  return loc ? ` (line ${loc.line}, column ${loc.column + 1})` : "";
}

function fmtOf(options: HelperOptions): Formatter {
  const fmt = (options.data as { fmt?: Formatter } | undefined)?.fmt;
  if (!fmt) throw new Error("render data carries no formatter");
  return fmt;
}

/** Helper arguments are not covered by strict mode: each helper checks its own. */
function defined<T>(value: T | undefined, helper: string, options: HelperOptions): T {
  if (value === undefined) throw new Error(`helper "${helper}" got a missing value${where(options)}`);
  return value;
}

function num(value: unknown, helper: string, options: HelperOptions): number {
  const v = defined(value, helper, options);
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`helper "${helper}" needs a finite number, got ${JSON.stringify(v)}${where(options)}`);
  return v;
}

function str(value: unknown, helper: string, options: HelperOptions): string {
  const v = defined(value, helper, options);
  if (typeof v !== "string" && typeof v !== "number") throw new Error(`helper "${helper}" needs text, got ${JSON.stringify(v)}${where(options)}`);
  return String(v);
}

/** A plan quantity `{ value, unit, formula }` formats as its value. */
function quantityValue(value: unknown): unknown {
  return value !== null && typeof value === "object" && "value" in value ? (value as { value: unknown }).value : value;
}

/** Helpers take their options object last; everything before it is a positional argument. */
const split = (args: unknown[]): [unknown[], HelperOptions] => [args.slice(0, -1), args[args.length - 1] as HelperOptions];

function registerHelpers(hb: Hb): void {
  // Block helpers that refuse a missing value instead of treating it as false or empty.
  for (const name of ["if", "unless", "each", "with"] as const) {
    const builtin = hb.helpers[name] as Handlebars.HelperDelegate;
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const [params, options] = split(args);
      if (params.length !== 1 || params[0] === undefined) throw new Error(`{{#${name}}} got a missing value${where(options)}`);
      return builtin.call(this, params[0], options);
    });
  }

  const formatters: Record<string, (fmt: Formatter, value: number, options: HelperOptions) => string> = {
    num: (fmt, value, options) => fmt.number(value, typeof options.hash.digits === "number" ? options.hash.digits : 1),
    count: (fmt, value) => fmt.count(value),
    size: (fmt, value) => fmt.size(value),
    gib: (fmt, value) => fmt.gib(value),
    mbps: (fmt, value) => fmt.mbps(value),
    mbytes: (fmt, value) => fmt.mbytesPerSecond(value),
    hours: (fmt, value) => fmt.hours(value),
    /** A duration given in minutes, shown like `hours`. */
    minutes: (fmt, value) => fmt.hours(value / 60),
    days: (fmt, value) => fmt.days(value),
    percent: (fmt, value) => fmt.percent(value),
    share: (fmt, value) => fmt.share(value),
  };
  for (const [name, format] of Object.entries(formatters)) {
    hb.registerHelper(name, (...args: unknown[]) => {
      const [params, options] = split(args);
      // null is the model's "no value" (no tier, no DR link): a dash. undefined is a missing field: an error.
      if (params[0] === null) return fmtOf(options).t("common.none");
      return format(fmtOf(options), num(quantityValue(params[0]), name, options), options);
    });
  }
  hb.registerHelper("met", (...args: unknown[]) => {
    const [params, options] = split(args);
    const value = defined(params[0], "met", options);
    if (value === null) return fmtOf(options).t("common.none");
    return fmtOf(options).t(value ? "common.met" : "common.notMet");
  });
  hb.registerHelper("yesNo", (...args: unknown[]) => {
    const [params, options] = split(args);
    return fmtOf(options).t(defined(params[0], "yesNo", options) ? "common.yes" : "common.no");
  });
  hb.registerHelper("codeBlock", (...args: unknown[]) => {
    const [params, options] = split(args);
    const indent = " ".repeat(typeof options.hash.indent === "number" ? options.hash.indent : 0);
    const language = typeof options.hash.lang === "string" ? options.hash.lang : "text";
    return markdownCodeBlock(str(params[0], "codeBlock", options), language)
      .split("\n")
      .map((l) => (l === "" ? l : indent + l))
      .join("\n");
  });

  hb.registerHelper("t", (...args: unknown[]) => {
    const [params, options] = split(args);
    const key = str(params[0], "t", options);
    for (const [k, v] of Object.entries(options.hash as Record<string, unknown>)) {
      if (v === undefined) throw new Error(`helper "t" got a missing value for ${k} of "${key}"${where(options)}`);
    }
    return fmtOf(options).message(key, options.hash as Record<string, unknown>);
  });
  hb.registerHelper("md", (...args: unknown[]) => {
    const [params, options] = split(args);
    return escapeMarkdown(str(params[0], "md", options));
  });
  hb.registerHelper("code", (...args: unknown[]) => {
    const [params, options] = split(args);
    return markdownCode(str(params[0], "code", options));
  });
  hb.registerHelper("href", (...args: unknown[]) => {
    const [params, options] = split(args);
    return markdownLinkTarget(str(params[0], "href", options));
  });
  hb.registerHelper("svg", (...args: unknown[]) => {
    const [params, options] = split(args);
    const value = defined(params[0], "svg", options);
    if (!(value instanceof Svg)) throw new Error(`helper "svg" accepts only diagrams built by src/report/svg${where(options)}`);
    return new hb.SafeString(value.markup);
  });
  // Data for report.html's pager: JSON escaped for a <script type="application/json"> element (escape.ts scriptJson).
  hb.registerHelper("scriptJson", (...args: unknown[]) => {
    const [params, options] = split(args);
    return new hb.SafeString(scriptJson(defined(params[0], "scriptJson", options)));
  });
  hb.registerHelper("concat", (...args: unknown[]) => {
    const [params, options] = split(args);
    return params.map((p) => str(p, "concat", options)).join("");
  });
  hb.registerHelper("eq", (...args: unknown[]) => {
    const [params, options] = split(args);
    return defined(params[0], "eq", options) === defined(params[1], "eq", options);
  });
  hb.registerHelper("not", (...args: unknown[]) => {
    const [params, options] = split(args);
    return !defined(params[0], "not", options);
  });
  hb.registerHelper("or", (...args: unknown[]) => {
    const [params, options] = split(args);
    return params.map((p) => defined(p, "or", options)).some(Boolean);
  });
  hb.registerHelper("and", (...args: unknown[]) => {
    const [params, options] = split(args);
    return params.map((p) => defined(p, "and", options)).every(Boolean);
  });
  hb.registerHelper("nonEmpty", (...args: unknown[]) => {
    const [params, options] = split(args);
    const list = defined(params[0], "nonEmpty", options);
    if (!Array.isArray(list)) throw new Error(`helper "nonEmpty" needs a list${where(options)}`);
    return list.length > 0;
  });
}

export interface Engine {
  render(template: string, view: object, fmt: Formatter): string;
  /** Compiles a template given as text (tests use this to prove strictness on the real engine). */
  renderSource(source: string, kind: TemplateKind, view: object, fmt: Formatter): string;
}

let engine: Engine | undefined;

/**
 * The engine over the shipped templates/report, created on first use: this is the report's edge, where
 * the templates are read (once per process, src/base/template-files.ts) and compiled.
 */
export function reportEngine(): Engine {
  engine ??= createEngine(loadTemplates("report"));
  return engine;
}

/** An engine over template sources keyed by path relative to templates/report ("partials/x.md.hbs" is a partial). */
export function createEngine(sources: TemplateSources): Engine {
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const [path, source] of sources) {
    const partial = /^partials\/([^/]+)\.hbs$/.exec(path);
    if (partial) hb.registerPartial(partial[1]!, hb.compile(source, compileOptions(templateKind(path))));
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const run = (template: Handlebars.TemplateDelegate, name: string, view: object, fmt: Formatter) => {
    try {
      return template(view, { data: { fmt } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`template ${name}: ${message}`);
    }
  };
  return {
    render(name, view, fmt) {
      let template = compiled.get(name);
      if (!template) {
        const source = sources.get(name);
        if (source === undefined) throw new Error(`template ${name} is not among templates/report`);
        template = hb.compile(source, compileOptions(templateKind(name)));
        compiled.set(name, template);
      }
      return run(template, name, view, fmt);
    },
    renderSource(source, kind, view, fmt) {
      return run(hb.compile(source, compileOptions(kind)), "(source)", view, fmt);
    },
  };
}
