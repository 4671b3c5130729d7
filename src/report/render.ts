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
import { englishModel } from "./localize.js";
import { buildView } from "./view.js";
import { veleroFile, veleroStampFolder } from "./view-contrast.js";
import { dumpYaml } from "./yaml-dump.js";

export interface RenderOptions {
  lang: Lang;
  /** Shown in the documents only when given (--timestamp); without it the output is byte-identical run to run. */
  timestamp?: Date;
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

export function renderPlan(plan: Plan, options: RenderOptions): Map<string, string> {
  const fmt = new Formatter(options.lang);
  const view = buildView(plan, fmt, options.timestamp ? { timestamp: options.timestamp } : {});
  const engine = reportEngine();
  const files = new Map<string, string>();
  const add = (path: string, content: string) => {
    safeRelativePath(path);
    if (files.has(path)) throw new Error(`two outputs want the same file ${path}`);
    files.set(path, content);
  };
  for (const [file, template] of DOCUMENT_TEMPLATES) add(file, engine.render(template, view, fmt));
  for (const file of plan.iac.files) add(`iac/${file.path}`, file.content);
  for (const cluster of plan.contrast.kubernetes.velero.clusters) {
    add(veleroFile(cluster.cluster), cluster.yaml);
    for (const f of cluster.stampFiles) add(`${veleroStampFolder(cluster.cluster)}/${f.name}`, f.content);
  }
  add("network/backup-rules.json", networkRulesJson(plan.backup.networkRules));
  add("network/backup-rules.arm.json", networkRulesArmTemplate(plan.backup.networkRules));
  add("plan.yaml", planYaml(documentModel(plan), fmt, options.timestamp));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The plan as plan.yaml holds it: the whole model, except that generated file contents (IaC, Velero
 * YAML) are replaced by the path of the file that holds them in the plan folder.
 */
export function documentModel(plan: Plan): unknown {
  return englishModel({
    ...plan,
    // Validator findings carry no fix of their own: plan.yaml gives each the catalogue's fix for its code.
    inputFindings: plan.inputFindings.map((f) => {
      const fix = f.fix ?? fixFor(f.code);
      return fix ? { ...f, fix } : f;
    }),
    iac: { ...plan.iac, files: plan.iac.files.map((f) => ({ path: `iac/${f.path}` })) },
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
  });
}

/**
 * The whole plan model as YAML: the model's own key order (deterministic), no anchors, no line
 * folding. Numbers keep their formula ids as the planners attach them.
 */
export function planYaml(plan: unknown, fmt: Formatter, timestamp?: Date): string {
  const header = [
    `# ${fmt.t("yaml.header", { generator: (plan as Plan).generatedBy })}`,
    `# ${fmt.t("yaml.formulas")}`,
    ...(timestamp ? [`# ${fmt.t("yaml.generatedAt", { date: timestamp.toISOString() })}`] : []),
  ];
  // dumpYaml gives exactly yaml.dump(plan, { noRefs: true, lineWidth: -1, sortKeys: false, skipInvalid: true }), faster (yaml-dump.ts).
  const body = dumpYaml(plan);
  return `${header.join("\n")}\n${body}`;
}
