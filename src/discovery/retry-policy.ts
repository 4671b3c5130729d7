/**
 * One bounded retry loop for every ARM request of discover and export-config, in place of the SDK's own
 * retry policy (whose retries are switched off on these clients so that attempts never multiply):
 *
 * - 429 and 503 with Retry-After: wait what the header says (ARM's throttling contract);
 * - 408 and 5xx except 501 and 505: exponential back-off, the SDK's rule (core-rest-pipeline exponentialRetryStrategy);
 * - a connection dropped before or during the response (ECONNRESET, "socket hang up", an aborted body);
 * - no complete answer within the request timeout (a stalled server, before or after the headers);
 * - a 2xx answer whose JSON body does not parse (cut short, as by a proxy that drops the connection's tail).
 *
 * The SDK's node HTTP client has no timeout by default and its `request.timeout` stops at the headers, so a
 * server that stalls mid-body would hang the run for ever: here each attempt gets its own abort timer that
 * covers the headers AND the body. After `maxRetries` retries the last answer is returned (an HTTP error
 * status) or a TransientFailure is thrown, which the reader reports as "could not be read".
 */
import { RestError, type PipelinePolicy, type PipelineRequest, type PipelineResponse, type SendRequest } from "@azure/core-rest-pipeline";

export const RETRY_POLICY_NAME = "azsBackupPlannerRetryPolicy";

/** The SDK's exponential back-off base and ceiling (core-rest-pipeline DEFAULT_CLIENT_RETRY_INTERVAL, DEFAULT_CLIENT_MAX_RETRY_INTERVAL). */
export const DEFAULT_RETRY_DELAY_MS = 1000;
export const MAX_RETRY_DELAY_MS = 64_000;

export interface RetryPolicyOptions {
  maxRetries: number;
  /** Base of the exponential back-off (doubles per retry, half of it random). */
  retryDelayMs?: number;
  /** Per attempt: headers and body must arrive within this time. 0 = no timeout. */
  requestTimeoutMs: number;
}

export type TransientKind = "timeout" | "dropped" | "truncated";

/** A request that still failed after every retry, without an HTTP status to show for it. */
export class TransientFailure extends Error {
  constructor(
    message: string,
    readonly kind: TransientKind,
    /** ETIMEDOUT / ECONNRESET / ETRUNCATED: what errors.ts classifies. */
    readonly code: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = "TransientFailure";
  }
}

const sleep = (ms: number, signal?: PipelineRequest["abortSignal"]) =>
  new Promise<void>((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/** Retry-After (seconds or an HTTP date) and the millisecond variants ARM and the SDK know. */
function retryAfterMs(headers: { get(name: string): string | undefined } | undefined): number | undefined {
  if (!headers) return undefined;
  for (const [name, factor] of [
    ["retry-after-ms", 1],
    ["x-ms-retry-after-ms", 1],
    ["retry-after", 1000],
  ] as const) {
    const value = headers.get(name);
    if (value === undefined) continue;
    const n = Number(value);
    if (value.trim() !== "" && Number.isFinite(n) && n >= 0) return n * factor;
    if (name === "retry-after") {
      const date = Date.parse(value);
      if (Number.isFinite(date)) return Math.max(0, date - Date.now());
    }
  }
  return undefined;
}

const NETWORK_DROP_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "ERR_STREAM_PREMATURE_CLOSE", "UND_ERR_SOCKET"]);

/** A connection lost mid-request or mid-body: worth another attempt. Refused or unresolvable hosts are not. */
function isDropped(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; name?: unknown };
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : "";
  if (NETWORK_DROP_CODES.has(code)) return true;
  // The node client reports a body cut by a reset as PARSE_ERROR "Error reading response as text: aborted".
  if (code === RestError.PARSE_ERROR && /reading response|aborted|socket|ECONNRESET/i.test(message)) return true;
  return /socket hang up|ECONNRESET|premature close/i.test(message);
}

/** A JSON body that does not parse: thrown by the SDK's deserializer, or seen here on a plain 2xx response. */
function isTruncatedBodyError(error: unknown): boolean {
  const e = error as { code?: unknown; statusCode?: unknown; message?: unknown };
  return e?.code === RestError.PARSE_ERROR && !isDropped(error);
}

function bodyIsBrokenJson(response: PipelineResponse): boolean {
  if (response.status < 200 || response.status >= 300) return false;
  const text = response.bodyAsText;
  if (!text) return false;
  const type = response.headers.get("content-type") ?? "";
  if (!/json/i.test(type)) return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

function statusOf(result: { response?: PipelineResponse; error?: unknown }): number | undefined {
  if (result.response) return result.response.status;
  const e = result.error as { statusCode?: unknown; response?: { status?: unknown } } | undefined;
  if (typeof e?.statusCode === "number") return e.statusCode;
  return typeof e?.response?.status === "number" ? e.response.status : undefined;
}

function headersOf(result: { response?: PipelineResponse; error?: unknown }): PipelineResponse["headers"] | undefined {
  return result.response?.headers ?? (result.error as { response?: { headers?: PipelineResponse["headers"] } } | undefined)?.response?.headers;
}

/** Statuses the SDK retries with back-off (core-rest-pipeline isExponentialRetryResponse). */
const backOffStatus = (status: number) => status === 408 || (status >= 500 && status !== 501 && status !== 505);

export function armRetryPolicy(options: RetryPolicyOptions): PipelinePolicy {
  const base = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const backOff = (retry: number) => {
    const delay = Math.min(MAX_RETRY_DELAY_MS, base * 2 ** retry);
    return delay / 2 + Math.random() * (delay / 2);
  };
  return {
    name: RETRY_POLICY_NAME,
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      const outer = request.abortSignal;
      let lastFailure: TransientFailure | undefined;
      for (let attempt = 0; ; attempt++) {
        const controller = new AbortController();
        let timedOut = false;
        const onOuterAbort = () => controller.abort();
        outer?.addEventListener("abort", onOuterAbort, { once: true });
        const timer =
          options.requestTimeoutMs > 0
            ? setTimeout(() => {
                timedOut = true;
                controller.abort();
              }, options.requestTimeoutMs)
            : undefined;
        request.abortSignal = controller.signal;
        let result: { response?: PipelineResponse; error?: unknown };
        try {
          result = { response: await next(request) };
        } catch (error) {
          result = { error };
        } finally {
          if (timer) clearTimeout(timer);
          outer?.removeEventListener("abort", onOuterAbort);
          request.abortSignal = outer;
        }
        if (outer?.aborted) {
          if (result.error) throw result.error;
          return result.response!;
        }
        const retriesLeft = attempt < options.maxRetries;
        const attempts = attempt + 1;
        let wait: number | undefined;
        if (timedOut) {
          lastFailure = new TransientFailure(
            `no complete answer within ${options.requestTimeoutMs} ms (${attempts} attempt(s))`,
            "timeout",
            "ETIMEDOUT",
            attempts,
          );
          wait = backOff(attempt);
        } else if (result.response && bodyIsBrokenJson(result.response)) {
          lastFailure = new TransientFailure(`a truncated JSON body (${attempts} attempt(s))`, "truncated", "ETRUNCATED", attempts);
          wait = backOff(attempt);
        } else if (result.error !== undefined && statusOf(result) === undefined && isDropped(result.error)) {
          lastFailure = new TransientFailure(`connection dropped before the answer was complete (${attempts} attempt(s))`, "dropped", "ECONNRESET", attempts);
          wait = backOff(attempt);
        } else if (result.error !== undefined && isTruncatedBodyError(result.error)) {
          lastFailure = new TransientFailure(`a truncated JSON body (${attempts} attempt(s))`, "truncated", "ETRUNCATED", attempts);
          wait = backOff(attempt);
        } else {
          const status = statusOf(result);
          const after = status === 429 || status === 503 ? retryAfterMs(headersOf(result)) : undefined;
          if (after !== undefined) wait = after;
          else if (status !== undefined && backOffStatus(status)) wait = backOff(attempt);
          if (wait === undefined || !retriesLeft) {
            if (result.error !== undefined) throw result.error;
            return result.response!;
          }
          await sleep(wait, outer);
          continue;
        }
        if (!retriesLeft) throw lastFailure;
        await sleep(wait, outer);
      }
    },
  };
}
