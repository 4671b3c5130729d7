/**
 * Errors a user can act on. The core says what kind of failure it was; the shell (src/cli/exit-codes.ts)
 * maps each kind to a documented exit code, so no room below the CLI knows about process exit codes.
 */
export type UserErrorKind =
  /** The input (tenant.yaml, answers file) is invalid or unreadable. */
  | "invalid-input"
  /** The command line itself is wrong. */
  | "usage"
  /** An output file or folder could not be written. */
  | "output"
  /** The ARM endpoint could not be reached. */
  | "unreachable"
  /** The endpoint refused the credentials. */
  | "authentication"
  /** The identity lacks rights on a scope. */
  | "authorization"
  /** Discovery finished but some resources could not be read. */
  | "partial"
  /** TLS failed. */
  | "tls"
  /** The user cancelled (Ctrl+C). */
  | "cancelled";

/** An error the user can act on: printed as one line (or a few), never with a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly kind: UserErrorKind = "invalid-input",
  ) {
    super(message);
    this.name = "UserError";
  }
}
