/** Where a finding points: a field path into tenant.yaml and, when known, its line and column. */
export interface SourcePosition {
  /** 1-based, as editors count. */
  line: number;
  column: number;
}

export type PathSegment = string | number;

/** `subscriptions[0].resourceGroups[2].virtualMachines[5].disks[1].sizeGiB`; odd keys in brackets. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(document)" : out;
}
