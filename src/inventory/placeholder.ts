/**
 * The placeholder protection block of a tenant.yaml that no person has completed yet. `discover` writes
 * it into a new file; the wizard recognises it and asks for real tiers and a real target. It is a fact
 * about the file format, so it lives with the schema rather than in either of the rooms that use it.
 */
import type { Protection } from "./schema.js";

/**
 * A placeholder that validates but protects nothing (no defaultTier: every VM is listed as unprotected),
 * until `azs-backup-planner wizard` or a person sets real tiers and a real target. docs/discovery.md
 * describes it.
 */
export function placeholderProtection(): Protection {
  return {
    tiers: [
      {
        name: "unassigned",
        description: "Placeholder written by discover: set real RPO, RTO, retention and window (azs-backup-planner wizard), then assign tiers to VMs",
        // Placeholders, not recommendations (docs/discovery.md, "A new tenant.yaml"): the wizard or a person replaces them.
        rpoHours: 24,
        rtoHours: 24,
        retention: { daily: 30 },
        backupWindow: { start: "22:00", durationHours: 8 },
      },
    ],
    target: {
      kind: "smb-share",
      name: "unassigned-target",
      location: "to-be-decided-off-stamp",
      // Placeholder: the real WAN bandwidth to the backup target must be entered.
      wanBandwidthMbps: 100,
    },
  };
}
