/** Re-exports the ARM emulator of test/support/arm-emulator/ (shared with `npm run bench`). */
export * from "../../support/arm-emulator/server.js";
