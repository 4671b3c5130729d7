/**
 * Relative paths inside the output folder. Every file the report writes goes through
 * `safeRelativePath`, so no name from the inventory (a VM called "../../etc", an absolute path, a
 * Windows drive, a NUL byte) can place a file outside the folder; `fileNameFor` turns such a name
 * into one safe path segment.
 */

/** Names Windows refuses as file names whatever their extension (learn.microsoft.com, "Naming Files, Paths, and Namespaces"). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

export class UnsafePathError extends Error {
  constructor(path: string, reason: string) {
    super(`refusing to write "${path}": ${reason}`);
    this.name = "UnsafePathError";
  }
}

/** Checks a "/"-separated relative path and returns it unchanged, or throws UnsafePathError. */
export function safeRelativePath(path: string): string {
  if (path === "") throw new UnsafePathError(path, "empty path");
  if (path.includes("\0")) throw new UnsafePathError(path, "contains a NUL character");
  if (path.includes("\\")) throw new UnsafePathError(path, "contains a backslash");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) throw new UnsafePathError(path, "is absolute");
  for (const segment of path.split("/")) {
    if (segment === "" || segment === "." || segment === "..") throw new UnsafePathError(path, `has a "${segment}" segment`);
    if (WINDOWS_RESERVED.test(segment)) throw new UnsafePathError(path, `"${segment}" is a reserved name on Windows`);
    if (/[<>:"|?*\u0000-\u001f]/.test(segment)) throw new UnsafePathError(path, `"${segment}" has a character file systems refuse`);
    if (/[. ]$/.test(segment)) throw new UnsafePathError(path, `"${segment}" ends with a dot or space`);
    if (Buffer.byteLength(segment, "utf8") > 200) throw new UnsafePathError(path, "a segment is longer than 200 bytes");
  }
  return path;
}

/**
 * One safe file-name segment from any text: characters file systems refuse become "_", dots and
 * spaces are trimmed from the ends, reserved names get a "_" prefix, and the result is never empty.
 * Non-ASCII letters (日本語 names) are kept.
 */
export function fileNameFor(name: string): string {
  let s = name
    .normalize("NFC")
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, "_")
    .replace(/^[. ]+|[. ]+$/g, "");
  if (s === "" || s === "." || s === "..") s = "_";
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  while (Buffer.byteLength(s, "utf8") > 120) s = [...s].slice(0, -1).join("");
  return s;
}
