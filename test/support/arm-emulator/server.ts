/**
 * An HTTPS emulator of an Azure Stack Hub tenant ARM endpoint, for tests: metadata endpoint, an AD FS
 * style token endpoint, subscriptions, resource groups and resources with nextLink paging, resource
 * bodies by id, VM instance views, vmSizes, resource group exportTemplate, throttling (429 +
 * Retry-After) and transient 500s. Any api-version outside the 2020-09-01-hybrid profile is refused
 * with ARM's error shape, as a real stamp does.
 *
 * For fault and scale tests (issue 10): a fault plan per request (connections dropped before the headers or
 * mid-body, stalls before the headers or mid-body, 200s with a truncated JSON body, 429 storms, 500s) and a
 * fixed latency per call. It lives under src/ (not test/) so that `npm run bench` can serve generated tenants.
 *
 * Started in-process on 127.0.0.1 with a self-signed certificate generated at start-up (selfsigned).
 */
import { randomUUID } from "node:crypto";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "selfsigned";
import { apiVersionFor, profileEntries, RESOURCES_API_VERSION, SUBSCRIPTIONS_API_VERSION } from "../../../src/stamp/api-profile.js";
import { allResources, buildEmulatorTenant, type ArmResource, type EmulatorTenant } from "./tenant-data.js";

/** The directory (tenant) id the emulator's Azure AD mode accepts tokens for. */
export const EMULATOR_AAD_TENANT = "7d3c2b1a-0f9e-4d8c-b7a6-958473625140";
export const EMULATOR_CLIENT_ID = "8c1d3b6e-5f1a-4c2b-9e7d-0a1b2c3d4e5f";
/** The service principal's secret: a test value, handed to the CLI only through AZURE_CLIENT_SECRET. */
export const EMULATOR_CLIENT_SECRET = "emulator-client-secret-value";
/** A token that the emulator accepts for AZS_ACCESS_TOKEN (token-env) runs. */
export const STATIC_TOKEN = "emulator-static-token";
/** A token whose principal may read subscriptions but gets 403 on the Development subscription. */
export const RESTRICTED_TOKEN = "emulator-restricted-token";

export type Fault = { status: 429; retryAfterSeconds: number } | { status: 500 };

/** What the emulator does to one request of the fault plan. */
export type FaultAction =
  | { kind: "drop-before-headers" }
  | { kind: "drop-mid-body" }
  | { kind: "stall-before-headers" }
  | { kind: "stall-mid-body" }
  | { kind: "truncate" }
  | { kind: "throttle"; retryAfterSeconds: number }
  | { kind: "error"; status: 500 | 503 };

export interface FaultRequest {
  /** The URL path in lower case, without the query. */
  path: string;
  method: string;
  /** The page of a list: its $skiptoken, null on the first page and for anything not a list. */
  skipToken: string | null;
  /** Earlier ARM requests of the same method and path (0 on the first), query included ($skiptoken pages differ). */
  attempt: number;
  /** Earlier ARM requests of the whole run: a storm is "the first N requests". */
  index: number;
}

export interface EmulatorOptions {
  tenant?: EmulatorTenant;
  /** Items per page of every list; small, so paging is exercised. */
  pageSize?: number;
  /**
   * The fault to answer the FIRST request of a path with (later attempts succeed), by path in lower case.
   * Default: a fixed schedule over resource GETs and list pages (see defaultFaults).
   */
  faults?: (pathLower: string, method: string) => Fault | undefined;
  /** Paths (lower case) that answer 500 every time: a resource that cannot be read. */
  alwaysFail?: Set<string>;
  /**
   * Scopes (lower case: "/subscriptions/{id}" or "/subscriptions/{id}/resourcegroups/{name}") the identity has no
   * rights on, as ARM treats a principal whose role assignments leave them out: they are missing from the lists
   * above them, and every request inside them answers 403 AuthorizationFailed naming the scope.
   */
  forbiddenScopes?: Set<string>;
  /** Resource groups (lower-case names) whose exportTemplate is refused, as a stamp without the feature would. */
  exportTemplateUnsupported?: Set<string>;
  /**
   * Faults for any attempt of any ARM request (after the bearer check; the metadata and token endpoints are
   * never faulted). Applied before `faults`; undefined = answer normally.
   */
  faultPlan?: (request: FaultRequest) => FaultAction | undefined;
  /** Delay before every answer, metadata and token endpoints included: the round trip of a real stamp (benchmarks). */
  latencyMs?: number;
  /** "adfs" (default): login endpoint {url}/adfs; "azure-ad": login endpoint {url}/ with tenant-specific paths, like login.microsoftonline.com. */
  identity?: "adfs" | "azure-ad";
  /** More bearer tokens to accept as AZS_ACCESS_TOKEN (the secrets test uses a canary token). */
  acceptedTokens?: string[];
}

export interface RequestRecord {
  method: string;
  path: string;
  apiVersion: string | null;
  status: number;
  at: number;
  /** The fault-plan action applied, if any: such an answer never counts as served. */
  fault?: FaultAction["kind"];
}

export interface ArmEmulator {
  url: string;
  /** The certificate (PEM) to trust: a custom agent in-process, NODE_EXTRA_CA_CERTS for a child process. */
  ca: string;
  caFile: string;
  /** The client certificate + key (PEM) for sp-cert runs. */
  clientCertFile: string;
  tenant: EmulatorTenant;
  requests: RequestRecord[];
  faultsInjected: () => number;
  /** Every bearer token the emulator accepts: the static ones and those its token endpoint issued. */
  issuedTokens: () => string[];
  /** Forgets attempts, the request index and the request log, so a fault plan starts afresh for the next run. */
  resetCounters(): void;
  audience: string;
  close(): Promise<void>;
}

/** A fixed fault schedule: every 9th resource GET throttled (one with Retry-After: 1 s), every 13th answers 500 once. */
export function defaultFaults(tenant: EmulatorTenant): (pathLower: string, method: string) => Fault | undefined {
  const ids = allResources(tenant).map((r) => r.id.toLowerCase());
  const throttled = new Set(ids.filter((_, i) => i % 9 === 4));
  const failing = new Set(ids.filter((_, i) => i % 13 === 7));
  const slow = ids[4];
  return (path, method) => {
    if (method !== "GET") return undefined;
    if (path === slow) return { status: 429, retryAfterSeconds: 1 };
    if (throttled.has(path)) return { status: 429, retryAfterSeconds: 0 };
    if (failing.has(path)) return { status: 500 };
    // A list page too: the second page of the first resource group of the first subscription.
    if (path.endsWith("/resourcegroups/rg-network/resources")) return { status: 429, retryAfterSeconds: 0 };
    return undefined;
  };
}

/** Faults that act on the body of whatever the handler answers. */
const bodyFaults = new WeakMap<ServerResponse, "drop-mid-body" | "stall-mid-body" | "truncate">();

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  const fault = bodyFaults.get(res);
  const base = { "content-type": "application/json; charset=utf-8", "x-ms-request-id": randomUUID(), ...headers };
  if (!fault) {
    res.writeHead(status, base);
    res.end(text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  const half = bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2)));
  if (fault === "truncate") {
    // A complete HTTP message whose JSON is cut: the length header matches the short body.
    res.writeHead(status, { ...base, "content-length": String(half.length) });
    res.end(half);
    return;
  }
  res.writeHead(status, { ...base, "content-length": String(bytes.length) });
  res.write(half);
  if (fault === "drop-mid-body") setImmediate(() => res.socket?.destroy());
  // stall-mid-body: never ends; the client's timeout closes the socket.
};

const armError = (res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  json(res, status, { error: { code, message } }, headers);

export async function startArmEmulator(options: EmulatorOptions = {}): Promise<ArmEmulator> {
  const tenant = options.tenant ?? buildEmulatorTenant();
  const forbidden = options.forbiddenScopes ?? new Set<string>();
  const pageSize = options.pageSize ?? 7;
  const faults = options.faults ?? defaultFaults(tenant);
  const alwaysFail = options.alwaysFail ?? new Set<string>();
  const noExport = options.exportTemplateUnsupported ?? new Set<string>();
  const azureAd = options.identity === "azure-ad";
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keySize: 2048,
    extensions: [
      { name: "basicConstraints", cA: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 7, ip: "127.0.0.1" },
          { type: 2, value: "localhost" },
        ],
      },
    ],
  });
  const client = await generate([{ name: "commonName", value: "azs-backup-planner-test-sp" }], { keySize: 2048 });
  const dir = mkdtempSync(join(tmpdir(), "arm-emulator-"));
  const caFile = join(dir, "emulator-ca.pem");
  writeFileSync(caFile, pems.cert);
  const clientCertFile = join(dir, "sp-cert.pem");
  writeFileSync(clientCertFile, `${client.private}${client.cert}`);

  const issuedTokens = new Set<string>([STATIC_TOKEN, RESTRICTED_TOKEN, ...(options.acceptedTokens ?? [])]);
  const attempts = new Map<string, number>();
  const planAttempts = new Map<string, number>();
  let injected = 0;
  const requests: RequestRecord[] = [];
  let armIndex = 0;
  const latency = options.latencyMs ?? 0;
  // Resource lookup by id (lower case), rebuilt when the tenant has changed (addVm, removeVm between runs).
  let index = new Map<string, { resource: ArmResource; group: { resources: ArmResource[] } }>();
  const lookup = (idLower: string) => {
    const hit = index.get(idLower);
    if (hit?.group.resources.includes(hit.resource) && hit.resource.id.toLowerCase() === idLower) return hit.resource;
    index = new Map();
    for (const s of tenant.subscriptions)
      for (const g of s.resourceGroups) for (const r of g.resources) index.set(r.id.toLowerCase(), { resource: r, group: g });
    return index.get(idLower)?.resource;
  };
  const audience = `https://management.adfs.azurestack.local/${"5c4b2a1e-0d9f-4e8a-b7c6-d5e4f3a2b1c0"}`;
  let base = "";

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    // The SDK's getById joins "{$host}/{resourceId}" into "//subscriptions/...": ARM accepts it, so must we.
    const url = new URL((req.url ?? "/").replace(/^\/+/, "/"), base);
    const method = req.method ?? "GET";
    // ARM matches names decoded: the Azure CLI sends "rg-%E6%9C%AC%E7%95%AA" for "rg-本番".
    const path = safeDecode(url.pathname).replace(/\/+$/, "") || "/";
    const lower = path.toLowerCase();
    const apiVersion = url.searchParams.get("api-version");
    let applied: FaultAction["kind"] | undefined;
    const origWriteHead = res.writeHead.bind(res);
    (res as { writeHead: unknown }).writeHead = (status: number, ...rest: unknown[]) => {
      requests.push({ method, path, apiVersion, status, at: Date.now(), ...(applied ? { fault: applied } : {}) });
      return (origWriteHead as (...a: unknown[]) => ServerResponse)(status, ...rest);
    };
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const body = method === "POST" ? await readBody(req) : "";

    // Identity: the metadata endpoint and AD FS.
    if (lower === "/metadata/endpoints") {
      if (apiVersion !== "2015-01-01") return invalidApiVersion(res, apiVersion, "2015-01-01");
      return json(res, 200, {
        galleryEndpoint: `${base}:30015/`,
        graphEndpoint: `${base}/graph/`,
        portalEndpoint: `${base}/portal/`,
        authentication: { loginEndpoint: azureAd ? `${base}/` : `${base}/adfs`, audiences: [audience] },
      });
    }
    // Azure AD: /{tenant}/v2.0/.well-known/openid-configuration and /{tenant}/oauth2/v2.0/token.
    const aad = /^\/([0-9a-f-]{36})\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/token)$/.exec(lower);
    if (azureAd && aad && aad[2]!.startsWith("v2.0")) {
      const t = `${base}/${aad[1]}`;
      return json(res, 200, {
        issuer: `${t}/v2.0`,
        authorization_endpoint: `${t}/oauth2/v2.0/authorize`,
        token_endpoint: `${t}/oauth2/v2.0/token`,
        jwks_uri: `${t}/discovery/v2.0/keys`,
        end_session_endpoint: `${t}/oauth2/v2.0/logout`,
        response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
      });
    }
    if (!azureAd && lower === "/adfs/.well-known/openid-configuration") {
      return json(res, 200, {
        issuer: `${base}/adfs`,
        authorization_endpoint: `${base}/adfs/oauth2/authorize/`,
        token_endpoint: `${base}/adfs/oauth2/token/`,
        jwks_uri: `${base}/adfs/discovery/keys`,
        end_session_endpoint: `${base}/adfs/oauth2/logout`,
        response_types_supported: ["code", "id_token", "code id_token", "token"],
        grant_types_supported: ["authorization_code", "refresh_token", "client_credentials"],
        token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic", "private_key_jwt"],
      });
    }
    if (((!azureAd && lower === "/adfs/oauth2/token") || (azureAd && aad && aad[1] === EMULATOR_AAD_TENANT)) && method === "POST") {
      const form = new URLSearchParams(body);
      const okSecret = form.get("client_id") === EMULATOR_CLIENT_ID && form.get("client_secret") === EMULATOR_CLIENT_SECRET;
      const okCert =
        form.get("client_id") === EMULATOR_CLIENT_ID &&
        !!form.get("client_assertion") &&
        form.get("client_assertion_type") === "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
      if (form.get("grant_type") !== "client_credentials" || !(okSecret || okCert)) {
        return json(res, 401, {
          error: "invalid_client",
          error_description: "MSIS9607: The 'client_id' parameter in the request is invalid or the client could not be authenticated.",
        });
      }
      const token = `adfs-${randomUUID()}`;
      issuedTokens.add(token);
      return json(res, 200, {
        access_token: token,
        token_type: "bearer",
        expires_in: 3600,
        scope: form.get("scope") ?? `${audience}/.default`,
      });
    }

    // Everything else is ARM and needs a bearer token.
    const auth = req.headers.authorization ?? "";
    if (!auth.startsWith("Bearer ")) return armError(res, 401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing.");
    const token = auth.slice("Bearer ".length);
    if (!issuedTokens.has(token)) return armError(res, 401, "InvalidAuthenticationToken", "The access token is invalid.");

    if (alwaysFail.has(lower))
      return armError(res, 500, "InternalServerError", "Encountered internal server error. Diagnostic information: timestamp '20261122T000000Z'.");
    const seen = attempts.get(`${method} ${lower}`) ?? 0;
    attempts.set(`${method} ${lower}`, seen + 1);
    const planKey = `${method} ${lower}?${url.searchParams.get("$skiptoken") ?? ""}`;
    const planned = options.faultPlan?.({
      path: lower,
      method,
      skipToken: url.searchParams.get("$skiptoken"),
      attempt: planAttempts.get(planKey) ?? 0,
      index: armIndex++,
    });
    planAttempts.set(planKey, (planAttempts.get(planKey) ?? 0) + 1);
    if (planned) {
      injected++;
      applied = planned.kind;
      switch (planned.kind) {
        case "drop-before-headers":
          requests.push({ method, path, apiVersion, status: 0, at: Date.now(), fault: applied });
          req.socket.destroy();
          return;
        case "stall-before-headers":
          // No answer at all: the client's timeout closes the socket.
          requests.push({ method, path, apiVersion, status: 0, at: Date.now(), fault: applied });
          return;
        case "throttle":
          return armError(res, 429, "TooManyRequests", "The request is being throttled.", {
            "retry-after": String(planned.retryAfterSeconds),
          });
        case "error":
          return armError(res, planned.status, planned.status === 503 ? "ServiceUnavailable" : "InternalServerError", "Encountered internal server error.");
        default:
          bodyFaults.set(res, planned.kind);
      }
    }
    const fault = seen === 0 ? faults(lower, method) : undefined;
    if (fault) {
      injected++;
      if (fault.status === 429) {
        return armError(res, 429, "TooManyRequests", "The request is being throttled.", { "retry-after": String(fault.retryAfterSeconds) });
      }
      return armError(res, 500, "InternalServerError", "Encountered internal server error.");
    }

    const segments = path.split("/").filter(Boolean);
    if (segments[0]?.toLowerCase() !== "subscriptions") return armError(res, 404, "NotFound", `The requested path '${path}' is not served by this endpoint.`);
    const deniedScope = [...forbidden].find((scope) => lower === scope || lower.startsWith(`${scope}/`));
    if (deniedScope !== undefined) {
      return armError(
        res,
        403,
        "AuthorizationFailed",
        `The client '${EMULATOR_CLIENT_ID}' with object id '${EMULATOR_CLIENT_ID}' does not have authorization to perform action 'read' over scope '${deniedScope}' or the scope is invalid.`,
      );
    }

    // GET /subscriptions
    if (segments.length === 1) {
      if (apiVersion !== SUBSCRIPTIONS_API_VERSION) return invalidApiVersion(res, apiVersion, SUBSCRIPTIONS_API_VERSION);
      return page(res, url, tenant.subscriptions.filter((sub) => !forbidden.has(`/subscriptions/${sub.subscriptionId}`.toLowerCase())).map(subscriptionBody));
    }
    const subscription = tenant.subscriptions.find((s) => s.subscriptionId.toLowerCase() === segments[1]!.toLowerCase());
    if (!subscription) return armError(res, 404, "SubscriptionNotFound", `The subscription '${segments[1]}' could not be found.`);
    if (token === RESTRICTED_TOKEN && subscription.displayName.includes("Development")) {
      return armError(
        res,
        403,
        "AuthorizationFailed",
        `The client 'restricted-reader' with object id '${EMULATOR_CLIENT_ID}' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourceGroups/read' over scope '/subscriptions/${subscription.subscriptionId}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
      );
    }
    if (segments.length === 2) {
      if (apiVersion !== SUBSCRIPTIONS_API_VERSION) return invalidApiVersion(res, apiVersion, SUBSCRIPTIONS_API_VERSION);
      return json(res, 200, subscriptionBody(subscription));
    }
    const third = segments[2]!.toLowerCase();
    // GET /subscriptions/{id}/resources?$filter=resourceGroup eq '{name}': how the Azure CLI lists a group's resources.
    if (third === "resources" && segments.length === 3) {
      if (apiVersion !== RESOURCES_API_VERSION) return invalidApiVersion(res, apiVersion, RESOURCES_API_VERSION);
      const filter = /^resourceGroup eq '((?:[^']|'')*)'$/i.exec(url.searchParams.get("$filter") ?? "");
      if (url.searchParams.get("$filter") && !filter) return armError(res, 400, "InvalidFilterInQueryString", "The $filter is not supported by this emulator.");
      const wanted = filter ? filter[1]!.replaceAll("''", "'").toLowerCase() : undefined;
      const groups = subscription.resourceGroups.filter((g) => wanted === undefined || g.name.toLowerCase() === wanted);
      return page(
        res,
        url,
        groups.flatMap((g) => g.resources.map(listEntry)),
      );
    }
    if (third === "resourcegroups" && segments.length === 3) {
      if (apiVersion !== RESOURCES_API_VERSION) return invalidApiVersion(res, apiVersion, RESOURCES_API_VERSION);
      return page(
        res,
        url,
        subscription.resourceGroups
          .filter((g) => !forbidden.has(`/subscriptions/${subscription.subscriptionId}/resourcegroups/${g.name}`.toLowerCase()))
          .map((g) => ({
            id: `/subscriptions/${subscription.subscriptionId}/resourceGroups/${g.name}`,
            name: g.name,
            type: "Microsoft.Resources/resourceGroups",
            location: g.location,
            tags: g.tags,
            properties: { provisioningState: "Succeeded" },
          })),
      );
    }
    if (third === "providers" && segments.length === 7 && segments[3]!.toLowerCase() === "microsoft.compute" && segments[6]!.toLowerCase() === "vmsizes") {
      if (apiVersion !== apiVersionFor("Microsoft.Compute/locations/vmSizes")) return noProvider(res, "locations/vmSizes", apiVersion);
      return json(res, 200, { value: tenant.vmSizes });
    }
    if (third !== "resourcegroups" || segments.length < 4)
      return armError(res, 404, "NotFound", `The requested path '${path}' is not served by this endpoint.`);
    const group = subscription.resourceGroups.find((g) => g.name.toLowerCase() === segments[3]!.toLowerCase());
    if (!group) return armError(res, 404, "ResourceGroupNotFound", `Resource group '${segments[3]}' could not be found.`);
    // GET of the group itself: the Azure CLI reads it before listing the group's resources.
    if (segments.length === 4 && method === "GET") {
      if (apiVersion !== RESOURCES_API_VERSION) return invalidApiVersion(res, apiVersion, RESOURCES_API_VERSION);
      const id = `/subscriptions/${subscription.subscriptionId}/resourceGroups/${group.name}`;
      return json(res, 200, {
        id,
        name: group.name,
        type: "Microsoft.Resources/resourceGroups",
        location: group.location,
        tags: group.tags,
        properties: { provisioningState: "Succeeded" },
      });
    }
    if (segments.length === 5 && segments[4]!.toLowerCase() === "resources") {
      if (apiVersion !== RESOURCES_API_VERSION) return invalidApiVersion(res, apiVersion, RESOURCES_API_VERSION);
      return page(res, url, group.resources.map(listEntry));
    }
    if (segments.length === 5 && segments[4]!.toLowerCase() === "exporttemplate" && method === "POST") {
      if (apiVersion !== RESOURCES_API_VERSION) return invalidApiVersion(res, apiVersion, RESOURCES_API_VERSION);
      if (noExport.has(group.name.toLowerCase()))
        return armError(res, 400, "ExportTemplateNotSupported", "Export template is not supported for this resource group.");
      return json(res, 200, { template: exportTemplate(group.resources) });
    }
    // A resource (or a VM's instanceView) by id.
    const resource = lookup(lower.endsWith("/instanceview") ? lower.slice(0, -"/instanceview".length) : lower);
    if (!resource || method !== "GET") {
      return armError(res, 404, "ResourceNotFound", `The Resource '${segments.slice(4).join("/")}' under resource group '${group.name}' was not found.`);
    }
    const expected = apiVersionFor(resource.type);
    const typeName = resource.type.split("/").slice(1).join("/");
    if (!expected || apiVersion !== expected) return noProvider(res, typeName, apiVersion, expected);
    if (lower.endsWith("/instanceview")) {
      const view = tenant.instanceViews.get(resource.id.toLowerCase());
      if (!view || resource.type !== "Microsoft.Compute/virtualMachines") return armError(res, 404, "NotFound", "No instance view.");
      return json(res, 200, view);
    }
    return json(res, 200, resource);
  };

  const noProvider = (res: ServerResponse, typeName: string, apiVersion: string | null, supported?: string) =>
    armError(
      res,
      400,
      "NoRegisteredProviderFound",
      `No registered resource provider found for location '${"local"}' and API version '${apiVersion ?? ""}' for type '${typeName}'. The supported api-versions are '${supported ?? ""}'. The supported locations are 'local'.`,
    );
  const invalidApiVersion = (res: ServerResponse, apiVersion: string | null, supported: string) =>
    apiVersion
      ? armError(res, 400, "InvalidApiVersionParameter", `The api-version '${apiVersion}' is invalid. The supported versions are '${supported}'.`)
      : armError(res, 400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");

  const page = (res: ServerResponse, url: URL, items: unknown[]) => {
    const skip = Number(url.searchParams.get("$skiptoken") ?? "0");
    const slice = items.slice(skip, skip + pageSize);
    const next = skip + pageSize < items.length ? new URL(url.toString()) : undefined;
    next?.searchParams.set("$skiptoken", String(skip + pageSize));
    return json(res, 200, { value: slice, ...(next ? { nextLink: next.toString() } : {}) });
  };

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    handler(req, res).catch((error: unknown) => armError(res, 500, "EmulatorBug", String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    ca: pems.cert,
    caFile,
    clientCertFile,
    tenant,
    requests,
    audience,
    faultsInjected: () => injected,
    issuedTokens: () => [...issuedTokens],
    resetCounters() {
      attempts.clear();
      planAttempts.clear();
      armIndex = 0;
      injected = 0;
      requests.length = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function subscriptionBody(s: { subscriptionId: string; displayName: string }) {
  return {
    id: `/subscriptions/${s.subscriptionId}`,
    subscriptionId: s.subscriptionId,
    displayName: s.displayName,
    state: "Enabled",
    subscriptionPolicies: { locationPlacementId: "AzureStack", quotaId: "Default", spendingLimit: "Off" },
  };
}

/** What a resource list returns: the envelope without properties, as ARM's generic list does. */
function listEntry(r: ArmResource) {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    location: r.location,
    ...(r.tags ? { tags: r.tags } : {}),
    ...(r.sku ? { sku: r.sku } : {}),
    ...(r.kind ? { kind: r.kind } : {}),
    ...(r.managedBy ? { managedBy: r.managedBy } : {}),
  };
}

function exportTemplate(resources: ArmResource[]) {
  return {
    $schema: "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
    contentVersion: "1.0.0.0",
    parameters: {},
    variables: {},
    resources: resources
      .filter((r) => apiVersionFor(r.type))
      .map((r) => ({
        type: r.type,
        apiVersion: apiVersionFor(r.type),
        name: r.name,
        location: r.location,
        ...(r.tags ? { tags: r.tags } : {}),
        ...(r.sku ? { sku: r.sku } : {}),
        properties: r.properties,
      })),
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (text += chunk));
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}

/** For docs and assertions: every profile pair the emulator accepts. */
export const acceptedApiVersions = profileEntries;
