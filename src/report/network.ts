/**
 * network/: the NSG rules the backup plan needs, as data (JSON) and as an ARM template that adds them
 * to existing NSGs on the Azure Stack Hub API profile. The rules and their prefixes are the backup
 * planner's; this module only writes them in two formats.
 */
import type { NetworkRequirement } from "../backup/types.js";
import { API_PROFILE, apiVersionFor } from "../stamp/api-profile.js";
import { slug } from "./escape.js";

/** Placeholders such as "<mabs-server-ip>" become ARM parameters the operator fills in. */
const PLACEHOLDER = /^<([^<>]+)>$/;

function parameterName(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((w) => w !== "");
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join("") || "value";
}

/** The first priority the generated rules take, in steps of 10; a parameter, so it can avoid existing rules. */
export const FIRST_PRIORITY = 3000; // NSG priorities run 100–4096 (schema.ts SecurityRuleSchema); high numbers stay clear of tenants' own rules

export function networkRulesJson(rules: readonly NetworkRequirement[]): string {
  const out = {
    description: "Network rules the backup plan needs. NSGs filter by address and port only: rules with FQDNs need a proxy or firewall that filters by name.",
    rules: rules.map((r) => ({
      name: r.name,
      direction: r.direction,
      access: r.access,
      protocol: r.protocol,
      sourceAddressPrefix: r.sourceAddressPrefix,
      destinationAddressPrefix: r.destinationAddressPrefix,
      destinationPortRanges: r.destinationPortRanges,
      ...(r.fqdns && r.fqdns.length > 0 ? { fqdns: r.fqdns } : {}),
      appliesTo: r.appliesTo,
      methods: r.methods,
      purpose: r.purpose,
      source: r.citation,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * An ARM template adding the rules to existing NSGs: one NSG-name parameter per "applies to" group
 * (protected VMs, backup servers, ...), one parameter per placeholder address, priorities from a
 * parameter in steps of 10.
 */
export function networkRulesArmTemplate(rules: readonly NetworkRequirement[]): string {
  const apiVersion = apiVersionFor("Microsoft.Network/networkSecurityGroups");
  if (!apiVersion) throw new Error(`the ${API_PROFILE} profile has no Microsoft.Network/networkSecurityGroups version`);
  const parameters: Record<string, unknown> = {
    firstPriority: {
      type: "int",
      defaultValue: FIRST_PRIORITY,
      minValue: 100,
      maxValue: 4096,
      metadata: { description: "Priority of the first rule; the others follow in steps of 10." },
    },
  };
  const groups = [...new Set(rules.map((r) => r.appliesTo))];
  const nsgParameter = new Map(groups.map((g) => [g, `nsg${parameterName(slug(g))}`]));
  for (const [group, name] of nsgParameter) {
    parameters[name] = { type: "string", metadata: { description: `Name of the existing NSG on: ${group}` } };
  }
  const prefix = (value: string): string => {
    const m = PLACEHOLDER.exec(value);
    if (!m) return value;
    const name = parameterName(m[1] ?? "address");
    parameters[name] ??= { type: "string", metadata: { description: `Address or CIDR for ${value}` } };
    return `[parameters('${name}')]`;
  };
  const resources = rules.map((r, i) => ({
    type: "Microsoft.Network/networkSecurityGroups/securityRules",
    apiVersion,
    name: `[concat(parameters('${nsgParameter.get(r.appliesTo)}'), '/${r.name.replace(/'/g, "''")}')]`,
    properties: {
      // NSG rule descriptions are limited to 140 characters (Microsoft.Network securityRules schema); "[" would start an ARM expression.
      description: r.purpose.slice(0, 140).replace(/^\[/, "[["),
      direction: r.direction,
      access: r.access,
      protocol: r.protocol,
      priority: `[add(parameters('firstPriority'), ${i * 10})]`,
      sourceAddressPrefix: prefix(r.sourceAddressPrefix),
      sourcePortRange: "*",
      destinationAddressPrefix: prefix(r.destinationAddressPrefix),
      ...(r.destinationPortRanges.length === 1 ? { destinationPortRange: r.destinationPortRanges[0] } : { destinationPortRanges: r.destinationPortRanges }),
    },
  }));
  const template = {
    $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
    contentVersion: "1.0.0.0",
    // The deploymentTemplate schema's apiProfile enum stops at 2019-03-01-hybrid, so the profile is recorded in
    // metadata (free-form in the schema); each resource carries its explicit apiVersion from the profile.
    metadata: { apiProfile: API_PROFILE },
    parameters,
    resources,
  };
  return `${JSON.stringify(template, null, 2)}\n`;
}
