/**
 * What Velero's Azure plugin needs to reach an Azure Stack Hub stamp's disks (the VolumeSnapshotLocation):
 * the cloud name AzureStackCloud, an environment file with the stamp's endpoints (AZURE_ENVIRONMENT_FILEPATH),
 * a credentials file with no secret in it (placeholders filled from the environment when it is installed),
 * and the install commands with pinned versions. Pure: the files are text the plan folder holds.
 *
 * Honest about releases: AzureStackCloud and AZURE_ENVIRONMENT_FILEPATH are read only by builds carrying velero
 * PR #8738 and plugin PR #279, both open at the last check [velero-ash]; the released plugin documents only
 * AzurePublicCloud, AzureUSGovernmentCloud and AzureChinaCloud [velero-plugin-readme]. The generated files say so.
 */

/** Velero release whose CRDs the manifests are validated against (test/support/velero-crds, v1.17.2). */
export const VELERO_IMAGE = "velero/velero:v1.17.2";
/** Plugin line v1.13.x pairs with Velero v1.17.x (plugin README, "Compatibility"); v1.13.2 is its latest patch at the last check. */
export const AZURE_PLUGIN_IMAGE = "velero/velero-plugin-for-microsoft-azure:v1.13.2";
/** The cloud name that makes the Azure SDK read AZURE_ENVIRONMENT_FILEPATH (cloud-provider-azure "Azure Stack configuration"). */
export const AZURE_STACK_CLOUD = "AzureStackCloud";
/** The Secret the VolumeSnapshotLocation names in spec.credential: the stamp's credentials, apart from the off-stack store's. */
export const STAMP_CREDENTIALS_SECRET = "cloud-credentials-azurestack";
/** Where the secret volume puts the environment file in the Velero pod (velero install mounts cloud-credentials at /credentials). */
export const ENVIRONMENT_FILE_IN_POD = "/credentials-azurestack/azurestackcloud.json";
/** Azure Stack Hub's metadata endpoint (Learn: "Make API requests to Azure Stack Hub", api-version 2015-01-01). */
export const METADATA_API_VERSION = "2015-01-01";

/** How each field of the environment file is found. */
export interface EnvironmentField {
  field: string;
  /** A value derived from the ARM endpoint when the plan is made, or the metadata field read at install time. */
  value?: string;
  fromMetadata?: string;
  how: string;
}

/**
 * The environment file's fields for a tenant ARM endpoint "https://management.<region>.<fqdn>", or undefined when
 * the host does not follow that pattern (then nothing can be derived). DNS suffixes follow Learn
 * "azure-stack-version-profiles-azurecli2" (--suffix-storage-endpoint "<region>.<fqdn>", --suffix-keyvault-dns
 * ".vault.<region>.<fqdn>"); field names are go-autorest's Environment JSON (the file AZURE_ENVIRONMENT_FILEPATH names).
 */
export function azureStackEnvironment(armEndpoint: string): EnvironmentField[] | undefined {
  const url = new URL(armEndpoint);
  if (!url.hostname.startsWith("management.") || url.hostname.length <= "management.".length) return undefined;
  const base = url.hostname.slice("management.".length);
  return [
    { field: "name", value: AZURE_STACK_CLOUD, how: "the cloud name AZURE_CLOUD_NAME selects" },
    { field: "resourceManagerEndpoint", value: `${url.protocol}//${url.host}/`, how: "the tenant ARM endpoint of tenant.yaml (stamp.armEndpoint)" },
    { field: "storageEndpointSuffix", value: base, how: "the ARM host without its first label, management." },
    { field: "keyVaultDNSSuffix", value: `vault.${base}`, how: "vault. and the same base" },
    { field: "activeDirectoryEndpoint", fromMetadata: ".authentication.loginEndpoint", how: "the stamp's metadata endpoint (Azure AD or AD FS)" },
    { field: "tokenAudience", fromMetadata: ".authentication.audiences[0]", how: "the stamp's metadata endpoint" },
    { field: "serviceManagementEndpoint", fromMetadata: ".authentication.audiences[0]", how: "the stamp's metadata endpoint (the same audience)" },
    { field: "galleryEndpoint", fromMetadata: ".galleryEndpoint", how: "the stamp's metadata endpoint" },
    { field: "graphEndpoint", fromMetadata: ".graphEndpoint", how: "the stamp's metadata endpoint" },
  ];
}

/** The credentials file of the stamp, as a template: every value a ${NAME} the install script fills from its environment. */
export const CREDENTIALS_TEMPLATE = [
  "# Velero Azure plugin credentials for the Azure Stack Hub stamp (env style). No value is stored here:",
  "# install.sh replaces each ${NAME} with the variable of that name from its environment.",
  "AZURE_SUBSCRIPTION_ID=${AZURE_SUBSCRIPTION_ID}",
  "AZURE_TENANT_ID=${AZURE_TENANT_ID}",
  "AZURE_CLIENT_ID=${AZURE_CLIENT_ID}",
  "AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}",
  "AZURE_RESOURCE_GROUP=${AZURE_RESOURCE_GROUP}",
  `AZURE_CLOUD_NAME=${AZURE_STACK_CLOUD}`,
  `AZURE_ENVIRONMENT_FILEPATH=${ENVIRONMENT_FILE_IN_POD}`,
  "",
].join("\n");

/** A POSIX shell single-quoted word (POSIX Shell Command Language §2.2.2): only the quote itself needs care. */
const sh = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** Plugin line v1.13.x pairs with Velero v1.17.x (plugin README, "Compatibility"), for an S3-compatible off-stack store. */
export const AWS_PLUGIN_IMAGE = "velero/velero-plugin-for-aws:v1.13.2";

export interface AzureStackInstall {
  /** The off-stack store's plugin when it is not the Azure one (velero.io/aws for S3-compatible targets). */
  offStackPlugin?: string;
  /** velero install flags of the volume mode (--features=EnableCSI, --use-node-agent). */
  features: string[];
}

/** install.sh for one cluster: the environment file, both credential Secrets and velero install, pinned. */
export function azureStackInstallScript(cluster: string, fields: EnvironmentField[], install: AzureStackInstall): string {
  const derived = fields.filter((f) => f.value !== undefined);
  const fromMetadata = fields.filter((f) => f.fromMetadata !== undefined);
  const arm = derived.find((f) => f.field === "resourceManagerEndpoint")!.value!.replace(/\/$/, "");
  const jqProgram = `{${[
    ...derived.map((f) => `${JSON.stringify(f.field)}: ${JSON.stringify(f.value)}`),
    ...fromMetadata.map((f) => `${JSON.stringify(f.field)}: ${f.fromMetadata}`),
  ].join(", ")}}`;
  return [
    "#!/usr/bin/env bash",
    `# Velero for ${cluster.replace(/[\r\n]/g, " ")}: the Azure plugin on the Azure Stack Hub stamp (generated by azs-backup-planner).`,
    "#",
    "# NOT IN A RELEASED PLUGIN: AZURE_CLOUD_NAME=AzureStackCloud and AZURE_ENVIRONMENT_FILEPATH are read only by a",
    "# build carrying velero PR #8738 and velero-plugin-for-microsoft-azure PR #279 (both open at the last check).",
    `# ${AZURE_PLUGIN_IMAGE} (the release paired with Velero v1.17) knows AzurePublicCloud,`,
    "# AzureUSGovernmentCloud and AzureChinaCloud only: with it, the snapshot location below fails and backups",
    "# keep to CSI snapshots with the data mover (the plan's schedules). Set AZURE_PLUGIN_IMAGE to such a build.",
    "#",
    "# Needs: bash, curl, jq, kubectl (context on the cluster) and velero on PATH; in the environment the stamp's",
    "# AZURE_SUBSCRIPTION_ID, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and AZURE_RESOURCE_GROUP, and",
    "# OFFSTACK_CREDENTIALS_FILE: the off-stack store's credentials file (never written by this script).",
    "set -euo pipefail",
    'here="$(cd "$(dirname "$0")" && pwd)"',
    `ARM_ENDPOINT=${sh(arm)}`,
    `VELERO_IMAGE="\${VELERO_IMAGE:-${VELERO_IMAGE}}"`,
    `AZURE_PLUGIN_IMAGE="\${AZURE_PLUGIN_IMAGE:-${AZURE_PLUGIN_IMAGE}}"`,
    "for name in AZURE_SUBSCRIPTION_ID AZURE_TENANT_ID AZURE_CLIENT_ID AZURE_CLIENT_SECRET AZURE_RESOURCE_GROUP OFFSTACK_CREDENTIALS_FILE; do",
    '  [ -n "${!name:-}" ] || { echo "error: $name is not set" >&2; exit 2; }',
    "done",
    "umask 077",
    'work="$(mktemp -d)"',
    "trap 'rm -rf -- \"$work\"' EXIT",
    "",
    "# The environment file: fields derived from the ARM endpoint when the plan was made, the rest read now from",
    `# the stamp's metadata endpoint (api-version ${METADATA_API_VERSION}).`,
    `curl --fail --silent --show-error "$ARM_ENDPOINT/metadata/endpoints?api-version=${METADATA_API_VERSION}" |`,
    `  jq --exit-status ${sh(jqProgram)} >"$work/azurestackcloud.json"`,
    "",
    "# The credentials file from the template: each ${NAME} becomes the variable NAME of this environment.",
    "while IFS= read -r line; do",
    '  if [[ "$line" =~ ^([A-Z_]+)=\\$\\{([A-Z_]+)\\}$ ]]; then',
    '    printf \'%s=%s\\n\' "${BASH_REMATCH[1]}" "${!BASH_REMATCH[2]}"',
    '  elif [[ "$line" != \\#* && -n "$line" ]]; then',
    "    printf '%s\\n' \"$line\"",
    "  fi",
    'done <"$here/credentials-velero.template" >"$work/cloud"',
    "",
    "kubectl create namespace velero --dry-run=client --output yaml | kubectl apply --filename -",
    `kubectl --namespace velero create secret generic ${STAMP_CREDENTIALS_SECRET} --from-file=cloud="$work/cloud" \\`,
    '  --from-file=azurestackcloud.json="$work/azurestackcloud.json" --dry-run=client --output yaml | kubectl apply --filename -',
    "",
    "# No default locations: the plan's BackupStorageLocation and VolumeSnapshotLocation are applied below.",
    "velero install \\",
    '  --image "$VELERO_IMAGE" \\',
    `  --plugins "$AZURE_PLUGIN_IMAGE${install.offStackPlugin ? `,${install.offStackPlugin}` : ""}" \\`,
    '  --secret-file "$OFFSTACK_CREDENTIALS_FILE" \\',
    "  --no-default-backup-location \\",
    "  --use-volume-snapshots=false \\",
    ...install.features.map((f) => `  ${f} \\`),
    "  --wait",
    "",
    "# The stamp's Secret, mounted beside the default credentials: the snapshot location names it in spec.credential.",
    "kubectl --namespace velero patch deployment velero --type json --patch " +
      sh(
        JSON.stringify([
          { op: "add", path: "/spec/template/spec/volumes/-", value: { name: "credentials-azurestack", secret: { secretName: STAMP_CREDENTIALS_SECRET } } },
          {
            op: "add",
            path: "/spec/template/spec/containers/0/volumeMounts/-",
            value: { name: "credentials-azurestack", mountPath: ENVIRONMENT_FILE_IN_POD.replace(/\/[^/]+$/, "") },
          },
          // Spaced so that no "}}" reads as a template placeholder left unrendered.
        ]).replace(/\}(?=\})/g, "} "),
      ),
    `kubectl --namespace velero set env deployment/velero AZURE_ENVIRONMENT_FILEPATH=${ENVIRONMENT_FILE_IN_POD}`,
    'kubectl apply --filename "$here/../$(basename "$here" .azurestack).velero.yaml"',
    "",
  ].join("\n");
}

/** What the files are, for the plan's notes and docs. */
export function environmentFileNote(fields: EnvironmentField[]): string {
  const derived = fields.filter((f) => f.value !== undefined).map((f) => `${f.field} (${f.how})`);
  const read = fields.filter((f) => f.fromMetadata !== undefined).map((f) => `${f.field} (${f.fromMetadata})`);
  return `environment file for AZURE_ENVIRONMENT_FILEPATH: derived from the ARM endpoint: ${derived.join(", ")}; read at install time from <ARM endpoint>/metadata/endpoints?api-version=${METADATA_API_VERSION}: ${read.join(", ")}`;
}
