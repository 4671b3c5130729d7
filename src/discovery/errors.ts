/**
 * From what the SDK throws to one clear line and an error kind that the CLI maps to a documented exit code (src/cli/exit-codes.ts):
 * unreachable 4, credentials refused 5, rights missing 6 (naming the scope), TLS 8.
 */
import { UserError } from "../base/errors.js";

export type DiscoveryErrorKind = "usage" | "unreachable" | "authentication" | "authorization" | "tls" | "output";

export class DiscoveryError extends UserError {
  constructor(
    message: string,
    override readonly kind: DiscoveryErrorKind,
  ) {
    super(message, kind);
    this.name = "DiscoveryError";
  }
}

/** Node's TLS verification failures (node:tls / OpenSSL codes). */
const TLS_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "CERT_SIGNATURE_FAILURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "EPROTO",
]);

/** Connection failures: DNS, refused, timed out, reset, no route. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ESOCKETTIMEDOUT", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);

const TLS_HINT = "if the stamp's certificate comes from an internal CA, export NODE_EXTRA_CA_CERTS=/path/to/root-ca.pem and run again (docs/discovery.md)";

interface ErrorLike {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  name?: unknown;
  cause?: unknown;
  request?: { url?: unknown };
  details?: unknown;
}

export interface ErrorContext {
  armEndpoint: string;
  /** "the metadata endpoint", "subscription 1111...": what was being read. */
  what?: string;
  /** The ARM scope the request addressed, when known (e.g. /subscriptions/x/resourceGroups/y). */
  scope?: string;
}

/** The ARM error code of a RestError's body ({"error":{"code":...}}), when there is one. */
export function armErrorCode(error: unknown): string | undefined {
  const e = error as ErrorLike;
  const details = e?.details as { error?: { code?: unknown } } | undefined;
  if (typeof details?.error?.code === "string") return details.error.code;
  return typeof e?.code === "string" && !NETWORK_CODES.has(e.code) && !TLS_CODES.has(e.code) ? e.code : undefined;
}

export function httpStatus(error: unknown): number | undefined {
  const status = (error as ErrorLike)?.statusCode;
  return typeof status === "number" ? status : undefined;
}

function codeChain(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as ErrorLike;
    if (typeof e.code === "string") codes.push(e.code);
    const text = typeof e.message === "string" ? e.message : "";
    for (const code of [...TLS_CODES, ...NETWORK_CODES]) if (text.includes(code)) codes.push(code);
    if (/self[- ]signed certificate|unable to verify the first certificate|certificate has expired/i.test(text)) codes.push("CERT_UNTRUSTED");
    current = e.cause;
  }
  return codes;
}

/** The scope of a request: its URL path without the query, or ARM's own "over scope '...'" wording. */
function scopeOf(error: unknown, context: ErrorContext): string | undefined {
  const message = String((error as ErrorLike)?.message ?? "");
  const quoted = /over scope '([^']+)'/.exec(message)?.[1];
  if (quoted) return quoted;
  if (context.scope) return context.scope;
  const url = (error as ErrorLike)?.request?.url;
  if (typeof url === "string") {
    try {
      return new URL(url).pathname;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** One line for any failure of a request to the stamp; a DiscoveryError passes through unchanged. */
export function classifyError(error: unknown, context: ErrorContext): DiscoveryError {
  if (error instanceof DiscoveryError) return error;
  const host = hostOf(context.armEndpoint);
  const what = context.what ?? "the ARM endpoint";
  const codes = codeChain(error);
  const tls = codes.find((c) => TLS_CODES.has(c));
  if (tls) return new DiscoveryError(`TLS to ${host} failed (${tls}) while reading ${what}: ${TLS_HINT}`, "tls");
  const network = codes.find((c) => NETWORK_CODES.has(c));
  if (network)
    return new DiscoveryError(`cannot reach ${context.armEndpoint} (${network}) while reading ${what}: check the URL, DNS, proxy and firewall`, "unreachable");
  const status = httpStatus(error);
  const arm = armErrorCode(error);
  if (status === 401) {
    return new DiscoveryError(
      `${host} refused the credentials (HTTP 401${arm ? ` ${arm}` : ""}) while reading ${what}: check --auth and the AZURE_* / AZS_ACCESS_TOKEN variables`,
      "authentication",
    );
  }
  if (status === 403) {
    const scope = scopeOf(error, context) ?? what;
    return new DiscoveryError(`missing rights on scope ${scope} (HTTP 403${arm ? ` ${arm}` : ""}): the identity needs at least Reader there`, "authorization");
  }
  const name = String((error as ErrorLike)?.name ?? "");
  if (["AuthenticationError", "AuthenticationRequiredError", "CredentialUnavailableError", "AggregateAuthenticationError"].includes(name)) {
    // MSAL's text is long and repetitive; its first fields (error code, description) are what helps.
    const text = firstLine(error).replace(/Error\(s\): Not Available - Timestamp: Not Available - Description: /, "");
    return new DiscoveryError(
      `no token could be had from the identity provider (${name}): ${text.length > 200 ? `${text.slice(0, 197)}...` : text}`,
      "authentication",
    );
  }
  if (status !== undefined) return new DiscoveryError(`${host} answered HTTP ${status}${arm ? ` ${arm}` : ""} while reading ${what}`, "unreachable");
  return new DiscoveryError(`reading ${what} from ${context.armEndpoint} failed: ${firstLine(error)}`, "unreachable");
}

/** A short, single-line description of an error, for failure lists. */
export function describeError(error: unknown): string {
  // A request that stayed broken after every retry (retry-policy.ts): its message says how and how often.
  if ((error as { name?: unknown })?.name === "TransientFailure") return firstLine(error);
  const status = httpStatus(error);
  const arm = armErrorCode(error);
  const codes = codeChain(error);
  if (status !== undefined) return `HTTP ${status}${arm ? ` ${arm}` : ""}`;
  return codes[0] ?? firstLine(error);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split(/\r?\n/).find((l) => l.trim() !== "") ?? "unknown error";
  return line.length > 240 ? `${line.slice(0, 237)}...` : line;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
