import { UserError, type UserErrorKind } from "../base/errors.js";

/** Exit codes of azs-backup-planner; docs/cli.md lists them for scripts and CI. */
export const ExitCode = {
  ok: 0,
  /** The input (tenant.yaml, answers file) is invalid or unreadable. */
  invalidInput: 1,
  /** The command line itself is wrong: unknown command or option, missing argument. */
  usage: 2,
  /** An output file or folder could not be written (full disk, read-only, exists without --force). */
  outputFailed: 3,
  /** The ARM endpoint could not be reached (DNS, refused connection, timeout). */
  unreachable: 4,
  /** The endpoint refused the credentials (HTTP 401, or no token could be had). */
  authentication: 5,
  /** The identity lacks rights on a scope (HTTP 403). */
  authorization: 6,
  /** Discovery finished but some resources could not be read; the rest was saved. */
  partial: 7,
  /** TLS failed: usually a stamp certificate from an internal CA (see NODE_EXTRA_CA_CERTS). */
  tls: 8,
  /** The tenant is readable but its plan has error findings (documents are still written, marked not valid). */
  planInvalid: 9,
  /** A bug: the message asks for a report. */
  internal: 70,
  /** The user pressed Ctrl+C. */
  cancelled: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code of each kind of user error (src/base/errors.ts). */
export const exitCodeOfKind: Record<UserErrorKind, ExitCodeValue> = {
  "invalid-input": ExitCode.invalidInput,
  usage: ExitCode.usage,
  output: ExitCode.outputFailed,
  unreachable: ExitCode.unreachable,
  authentication: ExitCode.authentication,
  authorization: ExitCode.authorization,
  partial: ExitCode.partial,
  tls: ExitCode.tls,
  cancelled: ExitCode.cancelled,
};

export { UserError };
