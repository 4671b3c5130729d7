/**
 * Where each named thing of a tenant.yaml is: its name and the line it starts on. The planners report findings by
 * field path (`subscriptions[1].resourceGroups[1].virtualMachines[0].name`); a reader wants the resource's name and
 * the line to open the file at. parseTenant records, once, for every list item with a `name` (resource groups, VMs,
 * NICs, disks, subnets, tiers, ...) its path, its name qualified by the named items above it (`rg-exchange/exch01`,
 * `rg-net/vnet-hub/snet-app`; subscriptions are left out, as in the plan's qualified names) and its line; and the line
 * of each top-level section and of its fields (`protection.drSite`). The report maps a finding's path to the longest
 * recorded prefix (src/report/view.ts, `whereOf`).
 *
 * Only this small index outlives the parse: the parser's node tree (about 1.5 million frames at 10,000 VMs) does not.
 */
import { formatPath, type PathSegment } from "../base/path.js";

export interface SourcePlace {
  /** The resource's qualified name; null for a section or field without a name (`protection.drSite`). */
  resource: string | null;
  /** The file it was read from, as the plan names it (its base name). */
  file: string;
  /** 1-based line of the item or field. */
  line: number;
}

/** Paths of tenant.yaml mapped to the named item or section they fall in. */
export class SourcePlaces {
  constructor(
    readonly file: string,
    private readonly places: ReadonlyMap<string, { resource: string | null; line: number }>,
  ) {}

  /** The place of the longest recorded prefix of `path`; null when none is recorded (a path outside tenant.yaml). */
  at(path: readonly PathSegment[]): SourcePlace | null {
    for (let n = path.length; n > 0; n--) {
      const place = this.places.get(formatPath(path.slice(0, n)));
      if (place) return { ...place, file: this.file };
    }
    return null;
  }

  get size(): number {
    return this.places.size;
  }
}

/** Depth down to which mapping fields are recorded even without a name (`protection`, `protection.drSite`). */
const SECTION_DEPTH = 2;

/** Walks the parsed value beside its source: `locate` gives the line of a path (YamlSource.locate). */
export function sourcePlaces(value: unknown, file: string, locate: (path: readonly PathSegment[]) => { line: number } | undefined): SourcePlaces {
  const places = new Map<string, { resource: string | null; line: number }>();
  const record = (path: PathSegment[], resource: string | null) => {
    const at = locate(path);
    if (at) places.set(formatPath(path), { resource, line: at.line });
  };
  const walk = (node: unknown, path: PathSegment[], names: string[]) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const itemPath = [...path, i];
        const name =
          item !== null && typeof item === "object" && typeof (item as { name?: unknown }).name === "string" ? (item as { name: string }).name : null;
        // Subscriptions have display names; resources are named from their resource group down, as the plan names them.
        const itemNames = name !== null && path[path.length - 1] !== "subscriptions" ? [...names, name] : names;
        if (name !== null) record(itemPath, itemNames.length > 0 ? itemNames.join("/") : name);
        if (item !== null && typeof item === "object") walk(item, itemPath, itemNames);
      });
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      const childPath = [...path, key];
      if (childPath.length <= SECTION_DEPTH) record(childPath, names.length > 0 ? names.join("/") : null);
      if (child !== null && typeof child === "object") walk(child, childPath, names);
    }
  };
  walk(value, [], []);
  return new SourcePlaces(file, places);
}
