/**
 * What one Azure Stack Hub stamp offers, read from the cloud-capabilities JSON that AzureStack-Tools'
 * `Get-AzureRMCloudCapability` writes (CloudCapabilities/AzureRM.CloudCapabilities.psm1): resource types with
 * their api-versions, VM sizes, marketplace images and VM extensions. `checkStamp` compares it with what the
 * generated templates and the plan need, as findings that name the template file. Pure: bytes in, data out.
 */
import { UserError } from "../base/errors.js";
import type { Finding } from "../base/findings.js";
import type { PathSegment } from "../base/path.js";
import { planFinding } from "../base/planner-findings.js";
import { t, type LocalText } from "../base/text.js";

export interface StampCapabilities {
  file: string;
  /** Resource types, keyed `namespace/type` in lower case (ARM compares type names case-insensitively). */
  resourceTypes: Map<string, { name: string; apiVersions: string[] }>;
  /** Undefined when the file does not list them (captured without -IncludeComputeCapabilities): not checked. */
  vmSizes?: Set<string>;
  /** `publisher:offer:sku` in lower case → versions. */
  images?: Map<string, string[]>;
  /** `publisher:type` in lower case → versions. */
  extensions?: Map<string, string[]>;
}

/** PowerShell 5.1's Out-File and `>` write UTF-16LE with a BOM; the tool reads that, UTF-8 and UTF-8 with BOM. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\ufeff/, "");
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** Reads a capabilities file; unknown fields are ignored, a file that is not JSON or not this shape is a clear error. */
export function parseCapabilities(bytes: Uint8Array, file: string): StampCapabilities {
  let json: unknown;
  try {
    json = JSON.parse(decode(bytes));
  } catch (error) {
    throw new UserError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(json) || !Array.isArray(json.resources)) {
    throw new UserError(
      `${file}: not a cloud-capabilities file: expected an object with a "resources" list, as Get-AzureRMCloudCapability writes (docs/iac.md)`,
    );
  }
  const resourceTypes: StampCapabilities["resourceTypes"] = new Map();
  json.resources.forEach((r, i) => {
    const namespace = isObject(r) ? text(r.ProviderNamespace) : undefined;
    const type = isObject(r) ? text(r.ResourceTypeName) : undefined;
    if (!namespace || !type) throw new UserError(`${file}: resources[${i}] needs ProviderNamespace and ResourceTypeName`);
    const name = `${namespace}/${type}`;
    const known = resourceTypes.get(name.toLowerCase());
    resourceTypes.set(name.toLowerCase(), {
      name,
      apiVersions: [...(known?.apiVersions ?? []), ...strings((r as Record<string, unknown>).ApiVersions)],
    });
  });
  const capabilities: StampCapabilities = { file, resourceTypes };
  if (Array.isArray(json.VMSizes) && json.VMSizes.length > 0) capabilities.vmSizes = new Set(strings(json.VMSizes).map((s) => s.toLowerCase()));
  if (Array.isArray(json.VMImages) && json.VMImages.length > 0) capabilities.images = imagesOf(json.VMImages);
  if (Array.isArray(json.VMExtensions) && json.VMExtensions.length > 0) capabilities.extensions = extensionsOf(json.VMExtensions);
  return capabilities;
}

function imagesOf(list: unknown[]): Map<string, string[]> {
  const images = new Map<string, string[]>();
  for (const p of list.filter(isObject)) {
    for (const offer of (Array.isArray(p.offers) ? p.offers : []).filter(isObject)) {
      for (const sku of (Array.isArray(offer.skus) ? offer.skus : []).filter(isObject)) {
        const key = `${String(p.publisherName)}:${String(offer.offerName)}:${String(sku.skuName)}`.toLowerCase();
        images.set(key, [...(images.get(key) ?? []), ...strings(sku.versions)]);
      }
    }
  }
  return images;
}

function extensionsOf(list: unknown[]): Map<string, string[]> {
  const extensions = new Map<string, string[]>();
  for (const p of list.filter(isObject)) {
    for (const e of (Array.isArray(p.types) ? p.types : []).filter(isObject)) {
      const key = `${String(p.publisher)}:${String(e.type)}`.toLowerCase();
      extensions.set(key, [...(extensions.get(key) ?? []), ...strings(e.versions)]);
    }
  }
  return extensions;
}

/** A generated ARM file, by its path in the plan folder. */
export interface ArmFile {
  path: string;
  json: unknown;
  /** Values from its parameters file, to name a resource whose name is `[parameters('...')]`. */
  parameterValues?: Record<string, unknown>;
}

/** An extension the plan itself needs on a VM (not in a template): any one of `choices` will do. */
export interface ExtensionNeed {
  vm: string;
  /** Where the VM is in tenant.yaml. */
  path: PathSegment[];
  choices: Array<{ publisher: string; type: string }>;
  /** Only a type name is known (an extension recorded in tenant.yaml): any publisher's type of that name will do. */
  typeOnly?: string;
  reason: LocalText;
}

export interface StampCheck {
  capabilitiesFile: string;
  /** How many needs of each kind were compared with the stamp. */
  checked: { resourceTypes: number; vmSizes: number; images: number; extensions: number };
  findings: Finding[];
}

/** An ARM expression ("[...]", not the "[[" escape) is only known at deployment: it cannot be compared. */
const isExpression = (value: unknown): boolean => typeof value === "string" && value.startsWith("[") && !value.startsWith("[[");

/** Resources of a template with their JSON path, children included (a child's type joins its parent's). */
function* resourcesOf(
  resources: unknown,
  path: PathSegment[],
  parentType?: string,
): Generator<{ r: Record<string, unknown>; type: string; path: PathSegment[] }> {
  if (!Array.isArray(resources)) return;
  for (const [i, r] of resources.entries()) {
    if (!isObject(r) || typeof r.type !== "string") continue;
    const type = parentType && !r.type.includes("/") ? `${parentType}/${r.type}` : r.type;
    yield { r, type, path: [...path, i] };
    yield* resourcesOf(r.resources, [...path, i, "resources"], type);
  }
}

/**
 * The stamp's registration of a type: the type itself, else its nearest listed parent. Providers list
 * top-level types (the captured Azure Stack Hub `GET /providers` lists networkSecurityGroups but not its
 * securityRules), and ARM routes a child type through its parent's registration (docs/assumptions.md).
 */
function registrationOf(capabilities: StampCapabilities, type: string): { name: string; apiVersions: string[] } | undefined {
  const parts = type.split("/");
  for (let n = parts.length; n >= 2; n--) {
    const found = capabilities.resourceTypes.get(parts.slice(0, n).join("/").toLowerCase());
    if (found) return found;
  }
  return undefined;
}

type Emit = (finding: Finding, file?: string) => void;

/** A resource's name for a message: `[parameters('x')]` resolved from the parameters file or the default. */
function displayName(file: ArmFile, name: unknown): string {
  const m = typeof name === "string" ? /^\[parameters\('([^']+)'\)\]$/.exec(name) : null;
  if (!m) return String(name);
  const declared = (file.json as { parameters?: Record<string, { defaultValue?: unknown }> }).parameters?.[m[1]!];
  const value = file.parameterValues?.[m[1]!] ?? declared?.defaultValue;
  return typeof value === "string" ? value : String(name);
}

function checkResource(
  capabilities: StampCapabilities,
  armFile: ArmFile,
  entry: { r: Record<string, unknown>; type: string; path: PathSegment[] },
  emit: Emit,
  checked: StampCheck["checked"],
): void {
  const { r, type, path } = entry;
  const file = armFile.path;
  const name = displayName(armFile, r.name);
  checked.resourceTypes++;
  const registration = registrationOf(capabilities, type);
  const apiVersion = String(r.apiVersion);
  if (!registration) {
    emit(planFinding("error", "stamp-missing-type", [...path, "type"], t("msg.stamp-missing-type", { type, file: capabilities.file })), file);
  } else if (!isExpression(r.apiVersion) && !registration.apiVersions.includes(apiVersion)) {
    const offered = registration.apiVersions.length > 0 ? registration.apiVersions.join(", ") : "-";
    emit(planFinding("error", "stamp-missing-api-version", [...path, "apiVersion"], t("msg.stamp-missing-api-version", { type, apiVersion, offered })), file);
  }
  const properties = isObject(r.properties) ? r.properties : {};
  const size = isObject(properties.hardwareProfile) ? properties.hardwareProfile.vmSize : undefined;
  if (capabilities.vmSizes && typeof size === "string" && !isExpression(size)) {
    checked.vmSizes++;
    if (!capabilities.vmSizes.has(size.toLowerCase()))
      emit(
        planFinding("error", "stamp-missing-vm-size", [...path, "properties", "hardwareProfile", "vmSize"], t("msg.stamp-missing-vm-size", { size, vm: name })),
        file,
      );
  }
  const image =
    isObject(properties.storageProfile) && isObject(properties.storageProfile.imageReference) ? properties.storageProfile.imageReference : undefined;
  if (capabilities.images && image && ![image.publisher, image.offer, image.sku].some(isExpression) && typeof image.publisher === "string") {
    checked.images++;
    const versions = capabilities.images.get(`${String(image.publisher)}:${String(image.offer)}:${String(image.sku)}`.toLowerCase());
    const version = typeof image.version === "string" ? image.version : "latest";
    if (!versions || (version.toLowerCase() !== "latest" && !versions.includes(version))) {
      const name = `${String(image.publisher)}:${String(image.offer)}:${String(image.sku)}:${version}`;
      emit(
        planFinding(
          "error",
          "stamp-missing-image",
          [...path, "properties", "storageProfile", "imageReference"],
          t("msg.stamp-missing-image", { image: name, vm: name }),
        ),
        file,
      );
    }
  }
  if (capabilities.extensions && /\/extensions$/i.test(type) && typeof properties.publisher === "string" && typeof properties.type === "string") {
    checked.extensions++;
    if (!capabilities.extensions.has(`${properties.publisher}:${properties.type}`.toLowerCase())) {
      const extension = `${properties.publisher}.${properties.type}`;
      emit(
        planFinding(
          "error",
          "stamp-missing-extension",
          [...path, "properties"],
          t("msg.stamp-missing-extension", { extension, vm: name, reason: t("stamp.reason.template") }),
        ),
        file,
      );
    }
  }
}

function checkExtensionNeed(capabilities: StampCapabilities, need: ExtensionNeed, emit: Emit): void {
  const extensions = capabilities.extensions!;
  const present = need.typeOnly
    ? [...extensions.keys()].some((key) => key.endsWith(`:${need.typeOnly!.toLowerCase()}`))
    : need.choices.some((c) => extensions.has(`${c.publisher}:${c.type}`.toLowerCase()));
  if (present) return;
  const extension = need.typeOnly ?? need.choices.map((c) => `${c.publisher}.${c.type}`).join(" | ");
  emit(planFinding("warning", "stamp-missing-extension", need.path, t("msg.stamp-missing-extension", { extension, vm: need.vm, reason: need.reason })));
}

/**
 * Compares the stamp with every resource type, api-version, VM size, image and extension the generated ARM
 * files use, and with the extensions the plan itself needs. A list the file does not carry is reported once
 * (info) instead of failing every VM.
 */
export function checkStamp(capabilities: StampCapabilities, files: readonly ArmFile[], extensionNeeds: readonly ExtensionNeed[]): StampCheck {
  const findings: Finding[] = [];
  const checked = { resourceTypes: 0, vmSizes: 0, images: 0, extensions: 0 };
  const emit: Emit = (finding, file) => findings.push(file === undefined ? finding : { ...finding, file });
  for (const file of files) {
    for (const entry of resourcesOf((file.json as { resources?: unknown })?.resources, ["resources"])) checkResource(capabilities, file, entry, emit, checked);
  }
  if (capabilities.extensions) {
    for (const need of extensionNeeds) {
      checked.extensions++;
      checkExtensionNeed(capabilities, need, emit);
    }
  }
  const unlisted = (["vmSizes", "images", "extensions"] as const).filter((list) => capabilities[list] === undefined);
  for (const list of unlisted) findings.push(planFinding("info", "stamp-not-listed", [], t(`msg.stamp-not-listed.${list}`, { file: capabilities.file })));
  return { capabilitiesFile: capabilities.file, checked, findings };
}
