/** Stamped into generated files' headers; keep in step with package.json (a test checks). */
export const VERSION = "0.1.0";
