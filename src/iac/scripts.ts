/**
 * Export scripts the tenant schedules on a machine off the stack: PowerShell (Az modules with an Azure
 * Stack Hub environment) and bash (az CLI registered to the stamp on the 2020-09-01-hybrid profile). Both
 * export every resource group's resources as JSON, redacted by export-config's rules, into a dated folder
 * that is marked complete only when everything was read, and keep N complete generations. No secret is
 * written: sign-in is a service principal from the environment, never interactive.
 */
import type { Tenant } from "../inventory/schema.js";
import { API_PROFILE, profileEntries } from "../stamp/api-profile.js";
import type { GeneratedFile } from "./arm.js";
import { safeFileName } from "./escape.js";
import { renderTemplate, type IacTemplates } from "./handlebars.js";
import { jqRedactionProgram, powershellRedaction } from "./script-redaction.js";

export interface ExportScriptOptions {
  /** Dated export folders to keep, 1 to MAX_GENERATIONS. */
  generations?: number;
  /** Folder the scripts write to, relative to where they run unless absolute. */
  outputRoot?: string;
}

/** Thirty daily exports: a month of configuration history (an assumption, docs/assumptions.md "IaC"). */
export const DEFAULT_GENERATIONS = 30;
/** Ten years of daily exports: a bound that catches a mistyped number, not a platform limit. */
export const MAX_GENERATIONS = 3650;
export const DEFAULT_OUTPUT_ROOT = "azs-config-export";

/**
 * Storage and Key Vault DNS suffixes from a tenant ARM endpoint "https://management.<region>.<fqdn>"
 * (MicrosoftDocs azure-stack-version-profiles-azurecli2: --suffix-storage-endpoint "<region>.<fqdn>",
 * --suffix-keyvault-dns ".vault.<region>.<fqdn>"); undefined when the host does not follow that pattern.
 */
export function endpointSuffixes(armEndpoint: string): { storage: string; keyVault: string } | undefined {
  const host = new URL(armEndpoint).hostname;
  if (!host.startsWith("management.") || host.length <= "management.".length) return undefined;
  const base = host.slice("management.".length);
  return { storage: base, keyVault: `.vault.${base}` };
}

/**
 * The ARM endpoint as the scripts carry it: scheme, host, port and path only. User-info (a user name or
 * password written into the URL), a query and a fragment are never copied into a script.
 */
export function scriptArmEndpoint(armEndpoint: string): string {
  const url = new URL(armEndpoint);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
}

/** UTF-8 byte order mark: Windows PowerShell 5.1 reads a .ps1 without one in the ANSI code page. */
const BOM = "\uFEFF";

/** The .ps1 text with a BOM when it holds anything beyond ASCII (about_Character_Encoding, "PowerShell 5.1"). */
export function withBomIfNeeded(text: string): string {
  return /[^\x00-\x7f]/.test(text) && !text.startsWith(BOM) ? BOM + text : text;
}

export function generateExportScripts(tenant: Tenant, templates: IacTemplates, options: ExportScriptOptions = {}): GeneratedFile[] {
  const generations = options.generations ?? DEFAULT_GENERATIONS;
  if (!Number.isInteger(generations) || generations < 1 || generations > MAX_GENERATIONS) {
    throw new RangeError(`generations must be a whole number from 1 to ${MAX_GENERATIONS}, got ${generations}`);
  }
  const suffixes = endpointSuffixes(tenant.stamp.armEndpoint);
  const context = {
    tenantName: tenant.tenant.name,
    environmentName: `AzureStack-${safeFileName(tenant.stamp.name)}`,
    armEndpoint: scriptArmEndpoint(tenant.stamp.armEndpoint),
    apiProfile: API_PROFILE,
    outputRoot: options.outputRoot ?? DEFAULT_OUTPUT_ROOT,
    generations,
    maxGenerations: MAX_GENERATIONS,
    storageSuffix: suffixes?.storage ?? "",
    keyVaultSuffix: suffixes?.keyVault ?? "",
    subscriptions: tenant.subscriptions.map((s) => ({ id: s.id, name: s.name, groups: s.resourceGroups.map((g) => g.name) })),
    profile: profileEntries().map((e) => ({ type: e.type.toLowerCase(), apiVersion: e.apiVersion })),
    redactJq: jqRedactionProgram(),
    redaction: powershellRedaction(),
  };
  return [
    { path: "scripts/export-config.ps1", content: withBomIfNeeded(renderTemplate(templates, "scripts/export-config.ps1.hbs", context)) },
    { path: "scripts/export-config.sh", content: renderTemplate(templates, "scripts/export-config.sh.hbs", context) },
  ];
}
