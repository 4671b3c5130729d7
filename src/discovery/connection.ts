/**
 * Reaching a stamp's ARM endpoint: its metadata endpoint (login endpoint and token audience), the
 * credential picked with --auth, and ResourceManagementClient options for the stamp (endpoint, $host,
 * credential scope from the audience, retries). Credentials come only from environment variables.
 */
import { ResourceManagementClient } from "@azure/arm-resources";
import { createHttpHeaders, createPipelineFromOptions, createPipelineRequest, createDefaultHttpClient, type PipelineOptions } from "@azure/core-rest-pipeline";
import { AzureCliCredential, ClientCertificateCredential, ClientSecretCredential, type AccessToken, type TokenCredential } from "@azure/identity";
import { RESOURCES_API_VERSION } from "../stamp/api-profile.js";
import { DiscoveryError, classifyError } from "./errors.js";
import { armRetryPolicy } from "./retry-policy.js";

/** The metadata endpoint's legacy version, which every stamp answers with one object (docs "Make API requests to Azure Stack Hub"). */
export const METADATA_API_VERSION = "2015-01-01";

export const authKinds = ["sp-secret", "sp-cert", "cli", "token-env"] as const;
export type AuthKind = (typeof authKinds)[number];

/** Environment variables read for credentials; never flags, never logged. */
export const CREDENTIAL_ENV = {
  clientId: "AZURE_CLIENT_ID",
  clientSecret: "AZURE_CLIENT_SECRET",
  certificatePath: "AZURE_CLIENT_CERTIFICATE_PATH",
  tenantId: "AZURE_TENANT_ID",
  accessToken: "AZS_ACCESS_TOKEN",
} as const;

/** Retry defaults of the Azure SDK's pipeline (core-rest-pipeline DEFAULT_RETRY_POLICY_COUNT = 3, 1 s base delay). */
export const DEFAULT_MAX_RETRIES = 3;
/**
 * Per attempt, the whole answer (headers and body) must arrive within this time, else the attempt is retried.
 * A choice, not a documented ARM limit (docs/discovery.md, "Timeouts"): ARM GETs of one resource or one page
 * answer in well under a second, and a minute tolerates a loaded stamp; without it a stalled connection is waited
 * on for ever, since the SDK's HTTP client sets no timeout.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** Parallel ARM requests: a choice, not a sourced limit (docs/assumptions.md, "Discovery"); throttling is handled by Retry-After. */
export const DEFAULT_CONCURRENCY = 8;

export interface StampMetadata {
  loginEndpoint: string;
  audience: string;
  identitySystem: "azure-ad" | "adfs";
}

export interface ConnectionOptions {
  armEndpoint: string;
  auth?: AuthKind;
  env?: NodeJS.ProcessEnv;
  maxRetries?: number;
  /** Base delay of the exponential retry for 5xx and network errors; tests shorten it. */
  retryDelayMs?: number;
  /** An extra trusted CA (PEM) for this process's requests; the CLI relies on NODE_EXTRA_CA_CERTS instead. */
  ca?: string;
  /** Per-attempt time limit for a complete answer (DEFAULT_REQUEST_TIMEOUT_MS); tests shorten it. */
  requestTimeoutMs?: number;
}

export interface Connection {
  armEndpoint: string;
  metadata: StampMetadata;
  credential: TokenCredential;
  auth: AuthKind;
  /** For getById and plain GETs that carry their own api-version. */
  client(subscriptionId?: string): ResourceManagementClient;
  /** For resourceGroups/resources list and exportTemplate: every request at the profile's Microsoft.Resources version. */
  resourcesClient(subscriptionId?: string): ResourceManagementClient;
}

/** "https://management.local.azurestack.external/" → "https://management.local.azurestack.external". */
export function normalizeArmEndpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DiscoveryError(`--arm-endpoint "${value}" is not a URL (expected https://management.<region>.<fqdn>)`, "usage");
  }
  if (url.protocol !== "https:") throw new DiscoveryError(`--arm-endpoint must be an https:// URL, got "${value}"`, "usage");
  if (url.search || url.hash) throw new DiscoveryError(`--arm-endpoint must not carry a query or fragment, got "${value}"`, "usage");
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** Picks --auth when it is not given: the first kind whose environment is set, else the Azure CLI login. */
export function defaultAuth(env: NodeJS.ProcessEnv): AuthKind {
  if (env[CREDENTIAL_ENV.accessToken]) return "token-env";
  if (env[CREDENTIAL_ENV.clientSecret]) return "sp-secret";
  if (env[CREDENTIAL_ENV.certificatePath]) return "sp-cert";
  return "cli";
}

/** The one retry loop of ARM requests (retry-policy.ts); the SDK's own retries are off so attempts never multiply. */
function retryPolicy(options: ConnectionOptions) {
  return armRetryPolicy({
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    retryDelayMs: options.retryDelayMs,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
  });
}

function pipelineOptions(options: ConnectionOptions): PipelineOptions {
  return {
    retryOptions: { maxRetries: 0 },
    ...(options.ca ? { tlsOptions: { ca: options.ca } } : {}),
    userAgentOptions: { userAgentPrefix: "azs-backup-planner" },
  };
}

/** GET {arm}/metadata/endpoints: the login endpoint and the token audience, without a credential. */
export async function fetchMetadata(armEndpoint: string, options: ConnectionOptions): Promise<StampMetadata> {
  const pipeline = createPipelineFromOptions(pipelineOptions(options));
  pipeline.addPolicy(retryPolicy(options));
  const url = `${armEndpoint}/metadata/endpoints?api-version=${METADATA_API_VERSION}`;
  let status: number;
  let text: string | undefined;
  try {
    const response = await pipeline.sendRequest(
      createDefaultHttpClient(),
      createPipelineRequest({ url, method: "GET", headers: createHttpHeaders({ accept: "application/json" }) }),
    );
    status = response.status;
    text = response.bodyAsText ?? undefined;
  } catch (error) {
    throw classifyError(error, { armEndpoint, what: "the metadata endpoint" });
  }
  if (status !== 200) throw new DiscoveryError(`${url} answered HTTP ${status}: is ${armEndpoint} an Azure Stack Hub ARM endpoint?`, "unreachable");
  let body: unknown;
  try {
    body = JSON.parse(text ?? "");
  } catch {
    throw new DiscoveryError(`${url} did not return JSON: is ${armEndpoint} an Azure Stack Hub ARM endpoint?`, "unreachable");
  }
  // Newer api-versions answer an array of environments; the legacy version answers one object.
  const environment = (Array.isArray(body) ? body[0] : body) as { authentication?: { loginEndpoint?: unknown; audiences?: unknown } } | undefined;
  const loginEndpoint = environment?.authentication?.loginEndpoint;
  const audiences = environment?.authentication?.audiences;
  const audience = Array.isArray(audiences) ? audiences[0] : undefined;
  if (typeof loginEndpoint !== "string" || typeof audience !== "string") {
    throw new DiscoveryError(`${url} has no authentication.loginEndpoint or audiences: is ${armEndpoint} an Azure Stack Hub ARM endpoint?`, "unreachable");
  }
  return { loginEndpoint, audience, identitySystem: isAdfs(loginEndpoint) ? "adfs" : "azure-ad" };
}

/** AD FS stamps publish a login endpoint ending in /adfs (Azure-Samples hybrid samples; go-azure-helpers). */
export function isAdfs(loginEndpoint: string): boolean {
  return /\/adfs\/?$/i.test(loginEndpoint);
}

function required(env: NodeJS.ProcessEnv, name: string, auth: AuthKind): string {
  const value = env[name];
  if (!value) throw new DiscoveryError(`--auth ${auth} needs the environment variable ${name} (docs/discovery.md, "Authentication")`, "authentication");
  return value;
}

/** The credential for --auth; AD FS uses tenant "adfs", the stamp's authority and no instance discovery. */
export function makeCredential(auth: AuthKind, metadata: StampMetadata, options: ConnectionOptions): TokenCredential {
  const env = options.env ?? process.env;
  const adfs = metadata.identitySystem === "adfs";
  // Azure AD: the login endpoint is the authority host ("https://login.microsoftonline.com/"); AD FS: ".../adfs" itself.
  const authorityHost = metadata.loginEndpoint.replace(/\/+$/, "");
  const common = {
    authorityHost,
    disableInstanceDiscovery: true,
    ...(options.ca ? { tlsOptions: { ca: options.ca } } : {}),
    // Token requests get the same bounded retries and request timeout as ARM requests (a stalled AD FS too).
    retryOptions: { maxRetries: 0 },
    additionalPolicies: [{ policy: retryPolicy(options), position: "perCall" as const }],
  };
  const tenantId = (): string => (adfs ? "adfs" : required(env, CREDENTIAL_ENV.tenantId, auth));
  switch (auth) {
    case "sp-secret":
      return new ClientSecretCredential(tenantId(), required(env, CREDENTIAL_ENV.clientId, auth), required(env, CREDENTIAL_ENV.clientSecret, auth), common);
    case "sp-cert":
      return new ClientCertificateCredential(
        tenantId(),
        required(env, CREDENTIAL_ENV.clientId, auth),
        { certificatePath: required(env, CREDENTIAL_ENV.certificatePath, auth) },
        common,
      );
    case "cli":
      // The Azure CLI must be registered to the stamp's cloud (az cloud register); it picks the tenant itself.
      return new AzureCliCredential(env[CREDENTIAL_ENV.tenantId] && !adfs ? { tenantId: env[CREDENTIAL_ENV.tenantId] } : {});
    case "token-env": {
      const token = required(env, CREDENTIAL_ENV.accessToken, auth);
      return {
        async getToken(): Promise<AccessToken> {
          // The token's own lifetime is unknown here; ARM answers 401 once it expires.
          return { token, expiresOnTimestamp: Date.now() + 60 * 60 * 1000 };
        },
      };
    }
  }
}

/** Metadata, credential and a client factory for the stamp. */
export async function connect(options: ConnectionOptions): Promise<Connection> {
  const armEndpoint = normalizeArmEndpoint(options.armEndpoint);
  const metadata = await fetchMetadata(armEndpoint, options);
  const auth = options.auth ?? defaultAuth(options.env ?? process.env);
  const credential = makeCredential(auth, metadata, options);
  const base = pipelineOptions(options);
  const clientOptions = {
    ...base,
    additionalPolicies: [{ policy: retryPolicy(options), position: "perCall" as const }],
    endpoint: armEndpoint,
    $host: armEndpoint,
    credentialScopes: [`${metadata.audience.replace(/\/+$/, "")}/.default`],
  };
  const make = (subscriptionId: string | undefined, options: typeof clientOptions & { apiVersion?: string }) =>
    subscriptionId ? new ResourceManagementClient(credential, subscriptionId, options) : new ResourceManagementClient(credential, options);
  // The SDK's list operations carry its own (public Azure) api-version as a constant; options.apiVersion
  // installs a policy that rewrites EVERY request's api-version. So two clients: one for Microsoft.Resources
  // list and exportTemplate calls, rewritten to the profile's version, and one without the rewrite for
  // getById and plain GETs, which carry the per-type version of the profile themselves.
  const client = (subscriptionId?: string) => make(subscriptionId, clientOptions);
  const resourcesClient = (subscriptionId?: string) => make(subscriptionId, { ...clientOptions, apiVersion: RESOURCES_API_VERSION });
  return { armEndpoint, metadata, credential, auth, client, resourcesClient };
}
