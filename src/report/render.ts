/**
 * Renders a plan into the files of a plan folder: a pure function from the plan model to a Map of
 * relative path → content. Writing (atomic, into place) is write.ts's job.
 */
import type { Plan } from "../plan/build.js";
import { reportEngine } from "./engine.js";
import { Formatter } from "./format.js";
import type { Lang } from "../base/messages/index.js";
import { safeRelativePath } from "./paths.js";
import { networkRulesArmTemplate, networkRulesJson } from "./network.js";
import { fixFor } from "../base/planner-findings.js";
import { PLAN_FORMAT, PlanDocumentEncoder } from "./plan-document.js";
import { buildView } from "./view.js";
import { veleroFile, veleroStampFolder } from "./view-contrast.js";
import { dumpYaml } from "./yaml-dump.js";
import { operationsView, targetChecklistMarkdown } from "./view-operations.js";
import { TARGET_CHECKLIST } from "../operations/target.js";
import type { PlanFile } from "./write.js";
import { detailFiles, documentView, planDetail } from "./detail.js";
import { planFindings } from "../plan/findings.js";
import type { SourcePlaces } from "../inventory/places.js";

/** deploy/operations.md is written in both languages whatever --lang says: English and Japanese. */
export const OPERATIONS_DOCUMENTS: ReadonlyArray<[file: string, lang: Lang]> = [
  ["deploy/operations.md", "en"],
  ["deploy/operations.ja.md", "ja"],
];

export interface RenderOptions {
  lang: Lang;
  /** Shown in the documents only when given (--timestamp); without it the output is byte-identical run to run. */
  timestamp?: Date;
  /** Where each named item of tenant.yaml is (parseTenant's places): findings then name their resource and line. */
  places?: SourcePlaces;
}

/** The Markdown documents and the HTML page, each from its template under templates/report/. */
const DOCUMENT_TEMPLATES: ReadonlyArray<[file: string, template: string]> = [
  ["README.md", "README.md.hbs"],
  ["backup.md", "backup.md.hbs"],
  ["configuration.md", "configuration.md.hbs"],
  ["bcdr.md", "bcdr.md.hbs"],
  ["contrast.md", "contrast.md.hbs"],
  ["gaps.md", "gaps.md.hbs"],
  ["report.html", "report.html.hbs"],
];

/**
 * One file of the plan folder, rendered only when asked: the writer renders and writes the files one at a time,
 * so a 10,000-VM plan never holds every document's text at once. `render` gives the whole text, or (plan.yaml)
 * its pieces in order.
 */
export type { PlanFile };

/**
 * Every file of the plan folder, sorted by path, none rendered yet. The templates share one view, built when
 * the first of them renders and let go once the last has.
 */
export function planFiles(plan: Plan, options: RenderOptions): PlanFile[] {
  const fmt = new Formatter(options.lang);
  const engine = reportEngine();
  // Tables longer than ROWS_SHOWN keep an aggregate and their first rows; every row goes to a CSV file (detail.ts).
  const severities = planFindings(plan).map((f) => f.finding.severity);
  const detail = planDetail({
    backupVms: plan.backup.vms.length,
    bcdrVms: plan.bcdr.vms.length,
    contrastVms: plan.contrast.vms.length,
    findings: (["error", "warning", "info"] as const).map((s) => severities.filter((x) => x === s).length),
  });
  const csvFiles = detailFiles(detail, () => useView());
  let view: ReturnType<typeof buildView> | undefined;
  let usesLeft = DOCUMENT_TEMPLATES.length + csvFiles.length;
  const viewOnce = (): ReturnType<typeof buildView> =>
    (view ??= buildView(plan, fmt, {
      ...(options.timestamp ? { timestamp: options.timestamp } : {}),
      ...(options.places ? { places: options.places } : {}),
    }));
  // The view is built for the first file that needs it and let go after the last.
  const useView = (): ReturnType<typeof buildView> => {
    const v = viewOnce();
    if (--usesLeft === 0) view = undefined;
    return v;
  };
  const renderTemplate = (template: string): string => {
    const v = useView();
    return engine.render(template, documentView(v, detail, fmt, template === "report.html.hbs"), fmt);
  };
  const files: PlanFile[] = [];
  const paths = new Set<string>();
  const add = (path: string, render: () => string | Iterable<string>) => {
    safeRelativePath(path);
    if (paths.has(path)) throw new Error(`two outputs want the same file ${path}`);
    paths.add(path);
    files.push({ path, render });
  };
  for (const [file, template] of DOCUMENT_TEMPLATES) add(file, () => renderTemplate(template));
  for (const file of plan.iac.files) add(`iac/${file.path}`, () => file.content);
  for (const cluster of plan.contrast.kubernetes.velero.clusters) {
    add(veleroFile(cluster.cluster), () => cluster.yaml);
    for (const f of cluster.stampFiles) add(`${veleroStampFolder(cluster.cluster)}/${f.name}`, () => f.content);
  }
  add("network/backup-rules.json", () => networkRulesJson(plan.backup.networkRules));
  add("network/backup-rules.arm.json", () => networkRulesArmTemplate(plan.backup.networkRules));
  for (const file of plan.operations.files) add(`deploy/${file.path}`, () => file.content);
  add(`deploy/${TARGET_CHECKLIST}`, () => targetChecklistMarkdown(plan.backup.target.name, plan.operations.targetChecklist));
  for (const [file, lang] of OPERATIONS_DOCUMENTS) {
    add(file, () => {
      const langFmt = new Formatter(lang);
      return engine.render("operations.md.hbs", operationsView(plan.operations, plan.tenant.name, plan.generatedBy, langFmt), langFmt);
    });
  }
  add("plan.yaml", () => planYamlPieces(plan, fmt, options.timestamp));
  for (const file of csvFiles) add(file.path, file.render);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A plan file's whole text. */
export function planFileText(file: PlanFile): string {
  const content = file.render();
  return typeof content === "string" ? content : [...content].join("");
}

/** Every file of the plan folder, rendered: relative path → content, sorted by path (tests and tools compare it). */
export function renderPlan(plan: Plan, options: RenderOptions): Map<string, string> {
  return new Map(planFiles(plan, options).map((file) => [file.path, planFileText(file)]));
}

/**
 * The plan as plan.yaml holds it: the whole model, except that generated file contents (IaC, Velero
 * YAML) are replaced by the path of the file that holds them in the plan folder.
 */
export function documentModel(plan: Plan): Record<string, unknown> {
  const pieces: Record<string, unknown> = {};
  for (const [key, value] of documentPieces(plan)) pieces[key] = value;
  return pieces;
}

/**
 * The document's top-level keys in order, each section encoded only when its turn comes (src/report/plan-document.ts):
 * the format version, the model's sections with their rows re-encoded, then the rows' legend and the text table.
 */
export function* documentPieces(plan: Plan): Generator<[key: string, value: unknown]> {
  yield ["format", PLAN_FORMAT];
  const sections = documentSections(plan);
  const encoder = new PlanDocumentEncoder();
  for (const key of Object.keys(sections)) yield [key, encoder.section(key, sections[key])];
  yield ["legend", encoder.legend()];
  yield ["texts", encoder.texts()];
}

/** The sections of plan.yaml before they are put into English (documentModel). */
export function documentSections(plan: Plan): Record<string, unknown> {
  return {
    ...plan,
    // Validator findings carry no fix of their own: plan.yaml gives each the catalogue's fix for its code.
    inputFindings: plan.inputFindings.map((f) => {
      const fix = f.fix ?? fixFor(f.code);
      return fix ? { ...f, fix } : f;
    }),
    iac: { ...plan.iac, files: plan.iac.files.map((f) => ({ path: `iac/${f.path}` })) },
    operations: { ...plan.operations, files: plan.operations.files.map((f) => ({ path: `deploy/${f.path}`, kind: f.kind })) },
    contrast: {
      ...plan.contrast,
      kubernetes: {
        ...plan.contrast.kubernetes,
        velero: {
          ...plan.contrast.kubernetes.velero,
          clusters: plan.contrast.kubernetes.velero.clusters.map(({ yaml: _yaml, manifests: _manifests, stampFiles, ...rest }) => ({
            ...rest,
            file: veleroFile(rest.cluster),
            stampFiles: stampFiles.map((f) => `${veleroStampFolder(rest.cluster)}/${f.name}`),
          })),
        },
      },
    },
  };
}

/**
 * The whole plan model as YAML: the model's own key order (deterministic), no anchors, no line
 * folding. Numbers keep their formula ids as the planners attach them.
 */
export function planYaml(plan: Plan, fmt: Formatter, timestamp?: Date): string {
  return [...planYamlPieces(plan, fmt, timestamp)].join("");
}

/**
 * plan.yaml in pieces, one top-level key of the model at a time, each put into English and dumped only when
 * its turn comes: a block mapping's dump is its pairs' dumps one after another, so the pieces join to exactly
 * what dumping the whole model gives (test/report/render-stream.test.ts compares the two).
 */
export function* planYamlPieces(plan: Plan, fmt: Formatter, timestamp?: Date): Generator<string> {
  const header = [
    `# ${fmt.t("yaml.header", { generator: plan.generatedBy })}`,
    `# ${fmt.t("yaml.formulas")}`,
    ...(timestamp ? [`# ${fmt.t("yaml.generatedAt", { date: timestamp.toISOString() })}`] : []),
  ];
  yield `${header.join("\n")}\n`;
  // dumpYaml gives exactly yaml.dump(plan, { noRefs: true, lineWidth: -1, sortKeys: false, skipInvalid: true }), faster (yaml-dump.ts).
  for (const [key, value] of documentPieces(plan)) yield dumpYaml({ [key]: value });
}
