/** Re-exports the emulator tenant of test/support/arm-emulator/ (shared with `npm run bench`). */
export * from "../../support/arm-emulator/tenant-data.js";
