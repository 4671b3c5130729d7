/** The emulator's tenant lives in src/testing/arm-emulator/ so that `npm run bench` can build tenants too. */
export * from "../../../src/testing/arm-emulator/tenant-data.js";
