/** The emulator lives in src/testing/arm-emulator/ so that `npm run bench` (compiled from src/ and scripts/) can serve it too. */
export * from "../../../src/testing/arm-emulator/server.js";
