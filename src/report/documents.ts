/** The plan folder, end to end: every file rendered as it is written (one at a time), the folder moved atomically into place. */
import type { Plan } from "../plan/build.js";
import type { Lang } from "../base/messages/index.js";
import { planFiles } from "./render.js";
import type { SourcePlaces } from "../inventory/places.js";
import { writePlanFolder, type WriteResult } from "./write.js";

export interface DocumentOptions {
  output: string;
  lang: Lang;
  force?: boolean;
  timestamp?: Date;
  /** The files the plan was read from: never inside what gets replaced. */
  inputs?: readonly string[];
  /** Where each named item of tenant.yaml is: findings name their resource and line. */
  places?: SourcePlaces;
}

export async function writePlanDocuments(plan: Plan, options: DocumentOptions): Promise<WriteResult> {
  const files = planFiles(plan, {
    lang: options.lang,
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
    ...(options.places ? { places: options.places } : {}),
  });
  return writePlanFolder(options.output, files, plan.generatedBy, { force: options.force ?? false, inputs: options.inputs ?? [] });
}
