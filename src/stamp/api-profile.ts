/**
 * The Azure Stack Hub API profile 2020-09-01-hybrid: the apiVersion of every resource type. The project's
 * ONE table: generated ARM templates and discovery requests both read it.
 *
 * Source: Azure/azure-rest-api-specs, profile/2020-09-01-hybrid.json at commit
 * 1139172acf49b8d6775b4df85700b1de3100fa16 ("Profile definition targeted for hybrid applications that could
 * run on azure stack general availability version and azure cloud for 2010"). Namespaces are written in ARM
 * casing (the source file lower-cases them); the types keep the source's spelling. Hard-coded so the tool
 * works offline; test/stamp/api-profile.test.ts cross-checks every pair against the condensed copy in
 * ../shared/reference/data/api-profile-2020-09-01-hybrid.json when that file is present.
 */

/** The profile's name, as Azure Stack Hub documents it. */
export const API_PROFILE = "2020-09-01-hybrid";
export const API_PROFILE_SOURCE = "Azure/azure-rest-api-specs profile/2020-09-01-hybrid.json @ 1139172acf49b8d6775b4df85700b1de3100fa16";

/** namespace → apiVersion → resource types, exactly as the profile lists them. */
export const HYBRID_PROFILE: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  "Microsoft.Authorization": {
    "2016-09-01": ["locks"],
    "2016-12-01": ["policyAssignments", "policyDefinitions"],
    "2015-07-01": ["permissions", "roleAssignments", "roleDefinitions", "providerOperations"],
  },
  "Microsoft.Commerce": { "2015-06-01-preview": ["estimateResourceSpend", "operations", "subscriberUsageAggregates", "usageAggregates"] },
  "Microsoft.Compute": {
    "2020-06-01": [
      "availabilitySets",
      "images",
      "locations",
      "locations/publishers",
      "locations/operations",
      "locations/usages",
      "locations/vmSizes",
      "operations",
      "virtualMachines",
      "virtualMachines/extensions",
      "virtualMachineScaleSets",
      "virtualMachineScaleSets/extensions",
      "virtualmachineScaleSets/networkInterfaces",
      "virtualMachineScaleSets/virtualMachines",
      "virtualMachineScaleSets/virtualMachines/networkInterfaces",
    ],
    "2019-07-01": ["disks", "snapshots"],
  },
  "Microsoft.DataBoxEdge": { "2019-08-01": ["dataBoxEdgeDevices", "dataBoxEdgeDevices/checkNameAvailability", "operations"] },
  "Microsoft.Devices": {
    "2019-07-01-preview": [
      "usages",
      "locations",
      "locations/quotas",
      "locations/skus",
      "checkNameAvailability",
      "operations",
      "operationResults",
      "IotHubs",
      "backupProviders",
      "backupProviders/operationResults",
    ],
  },
  "Microsoft.EventHub": {
    "2018-01-01-preview": ["availableClusterRegions", "clusters", "namespaces"],
    "2017-04-01": [
      "checkNameAvailability",
      "namespaces/authorizationRules",
      "namespaces/eventhubs",
      "namespaces/eventhubs/authorizationRules",
      "namespaces/eventhubs/consumerGroups",
      "operations",
      "sku",
    ],
  },
  "Microsoft.Insights": {
    "2018-01-01": ["metricDefinitions", "metrics"],
    "2017-05-01-preview": ["diagnosticSettings", "diagnosticSettingCategories"],
    "2015-04-01": ["eventCategories", "operations"],
  },
  "Microsoft.KeyVault": { "2019-09-01": ["operations", "vaults", "vaults/accessPolicies", "vaults/secrets"] },
  "Microsoft.Network": {
    "2018-11-01": [
      "connections",
      "loadBalancers",
      "localNetworkGateways",
      "locations",
      "locations/operationResults",
      "locations/operations",
      "locations/usages",
      "networkInterfaces",
      "networkSecurityGroups",
      "operations",
      "publicIpAddresses",
      "routeTables",
      "virtualNetworkGateways",
      "virtualNetworks",
    ],
    "2016-04-01": ["dnsZones"],
  },
  "Microsoft.Resources": {
    "2016-06-01": ["subscriptions", "subscriptions/locations", "tenants"],
    "2019-10-01": [
      "deployments",
      "deployments/operations",
      "links",
      "locations",
      "operations",
      "providers",
      "resourceGroups",
      "resources",
      "subscriptions/operationresults",
      "subscriptions/providers",
      "subscriptions/resourceGroups",
      "subscriptions/resourceGroups/resources",
      "subscriptions/resources",
      "subscriptions/tagNames",
      "subscriptions/tagNames/tagValues",
    ],
  },
  "Microsoft.Storage": {
    "2019-06-01": [
      "checkNameAvailability",
      "locations",
      "locations/quotas",
      "operations",
      "storageAccounts",
      "storageAccounts/blobServices",
      "storageAccounts/queueServices",
      "storageAccounts/tableServices",
      "usages",
    ],
  },
  "Microsoft.Web": {
    "2018-02-01": [
      "certificates",
      "operations",
      "checknameavailability",
      "metadata",
      "sites",
      "sites/domainOwnershipIdentifiers",
      "sites/extensions",
      "sites/hostNameBindings",
      "sites/instances",
      "sites/instances/extensions",
      "sites/slots",
      "sites/slots/hostNameBindings",
      "sites/slots/instances",
      "sites/slots/instances/extensions",
      "serverFarms",
      "serverFarms/metricDefinitions",
      "serverFarms/metrics",
      "serverFarms/usages",
      "availableStacks",
      "deploymentLocations",
      "georegions",
      "listSitesAssignedToHostName",
      "publishingUsers",
      "recommendations",
      "sourceControls",
      "validate",
    ],
  },
  "Microsoft.ContainerRegistry": {
    "2019-05-01": [
      "registries",
      "registries/importImage",
      "registries/webhooks",
      "registries/webhooks/ping",
      "registries/webhooks/getCallbackConfig",
      "registries/webhooks/listEvents",
      "registries/regenerateCredential",
      "registries/listUsages",
      "checkNameAvailability",
      "operations",
    ],
  },
};

/** "microsoft.compute/virtualmachines" (lower-cased) → "2020-06-01"; one entry per profile pair. */
const byType: ReadonlyMap<string, string> = new Map(
  Object.entries(HYBRID_PROFILE).flatMap(([namespace, versions]) =>
    Object.entries(versions).flatMap(([version, types]) => types.map((type) => [`${namespace}/${type}`.toLowerCase(), version] as const)),
  ),
);

/** Every (type, apiVersion) pair of the profile, sorted by type: for docs, tests and the test emulator. */
export function profileEntries(): Array<{ type: string; apiVersion: string }> {
  return Object.entries(HYBRID_PROFILE)
    .flatMap(([namespace, versions]) =>
      Object.entries(versions).flatMap(([apiVersion, types]) => types.map((t) => ({ type: `${namespace}/${t}`, apiVersion }))),
    )
    .sort((a, b) => a.type.localeCompare(b.type, "en"));
}

/**
 * The profile's apiVersion for a resource type ("Microsoft.Network/virtualNetworks"), case-insensitively,
 * as ARM compares types. A child type the profile does not list (virtualNetworks/subnets,
 * networkSecurityGroups/securityRules) lives in its parent's swagger file and takes the parent's version.
 * Undefined: the type is not in the profile.
 */
export function apiVersionFor(type: string): string | undefined {
  const parts = type.split("/");
  for (let end = parts.length; end >= 2; end--) {
    const found = byType.get(parts.slice(0, end).join("/").toLowerCase());
    if (found) return found;
  }
  return undefined;
}

/** The version for subscription, resource group and generic resource calls of Microsoft.Resources. */
export const RESOURCES_API_VERSION = "2019-10-01"; // profile: Microsoft.Resources/resources, resourceGroups
export const SUBSCRIPTIONS_API_VERSION = "2016-06-01"; // profile: Microsoft.Resources/subscriptions
