/**
 * Bounded waiting (issue 15): the total deadline of discover (--timeout) against a real TCP server on 127.0.0.1
 * that accepts connections and never answers, and against the HTTPS emulator stalling mid-run; the first contact's
 * own short limit; and the cause named when https:// reaches a plain-HTTP port. All through the real SDK path.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discover } from "../../src/discovery/discover.js";
import { DiscoveryError } from "../../src/discovery/errors.js";
import { runCli } from "../helpers/cli.js";
import { smallExamplePath } from "../helpers/tenant-fixtures.js";
import { emulatorDiscoverOptions } from "./emulator/discover-helper.js";
import { startArmEmulator, STATIC_TOKEN } from "./emulator/server.js";

const dir = mkdtempSync(join(tmpdir(), "discover-timeouts-"));
let silent: Server;
let silentUrl: string;
const sockets = new Set<Socket>();
let plain: HttpServer;
let plainUrl: string;

const listen = (server: Server | HttpServer) =>
  new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`https://127.0.0.1:${(server.address() as { port: number }).port}`)));

beforeAll(async () => {
  // Accepts every connection, reads what comes, never writes a byte.
  silent = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
  });
  silentUrl = await listen(silent);
  plain = createHttpServer((_req, res) => res.end("plain"));
  plainUrl = await listen(plain);
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
  await new Promise((r) => plain.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const tokenOptions = (armEndpoint: string, output: string) => ({
  armEndpoint,
  auth: "token-env" as const,
  env: { AZS_ACCESS_TOKEN: STATIC_TOKEN },
  output,
  retryDelayMs: 10,
});

async function failure(promise: Promise<unknown>): Promise<DiscoveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DiscoveryError);
  return error as DiscoveryError;
}

describe("discover --timeout", () => {
  it("ends a run against an endpoint that never answers at the deadline, naming it and what was unread, file unchanged", async () => {
    const output = join(dir, "silent.yaml");
    const before = readFileSync(smallExamplePath, "utf8");
    writeFileSync(output, before);
    // The per-request limit is far beyond the deadline: only the deadline can end this run.
    const error = await failure(discover({ ...tokenOptions(silentUrl, output), requestTimeoutMs: 600_000, timeoutSeconds: 1 }));
    expect(error.kind).toBe("unreachable");
    expect(error.message).toBe(
      `discovery did not finish within 1 s (--timeout): ${silentUrl} stopped answering in time; still unread: everything: no answer yet from ${silentUrl}/metadata/endpoints. ${output} was not changed`,
    );
    expect(readFileSync(output, "utf8")).toBe(before);
  });

  it("gives up the first contact after its own short limit and one retry, whatever --max-retries says", async () => {
    const error = await failure(discover({ ...tokenOptions(silentUrl, join(dir, "first.yaml")), requestTimeoutMs: 200, maxRetries: 5 }));
    expect(error.kind).toBe("unreachable");
    expect(error.message).toBe(
      `127.0.0.1:${new URL(silentUrl).port} accepted the connection but gave no complete answer while reading the metadata endpoint: no complete answer within 200 ms (2 attempt(s)); check the URL and port, or a proxy holding the connection (--request-timeout sets the limit)`,
    );
  });

  it("ends a run whose resource reads stall, saying what was still unread", async () => {
    const emulator = await startArmEmulator({
      faults: () => undefined,
      // Every VM body stalls after its headers: the reading can never finish.
      faultPlan: (r) => (/\/providers\/microsoft\.compute\/virtualmachines\/[^/]+$/.test(r.path) ? { kind: "stall-mid-body" } : undefined),
    });
    try {
      const output = join(dir, "stall.yaml");
      const error = await failure(discover(emulatorDiscoverOptions(emulator, output, { requestTimeoutMs: 600_000, timeoutSeconds: 3 })));
      expect(error.kind).toBe("unreachable");
      expect(error.message).toMatch(
        /^discovery did not finish within 3 s \(--timeout\): https:\/\/127\.0\.0\.1:\d+ stopped answering in time; still unread: (the resource groups and resources of 2 subscription\(s\)|\d+ of the \d+ resource\(s\) listed so far, and any list not yet complete)\. .*stall\.yaml was not changed$/,
      );
    } finally {
      await emulator.close();
    }
  });

  it("exits 4 from the CLI with the deadline's line", () => {
    const run = runCli(["discover", "--arm-endpoint", silentUrl, "--auth", "token-env", "--timeout", "1", "-o", join(dir, "cli.yaml")], {
      env: { AZS_ACCESS_TOKEN: STATIC_TOKEN },
    });
    expect(run.status).toBe(4);
    expect(run.stderr).toContain(`discovery did not finish within 1 s (--timeout): ${silentUrl} stopped answering in time`);
  });
});

describe("https:// to a plain-HTTP port", () => {
  it("names plain HTTP as the cause, not the certificate", async () => {
    const error = await failure(discover(tokenOptions(plainUrl, join(dir, "plain.yaml"))));
    expect(error.kind).toBe("tls");
    expect(error.message).toBe(
      `TLS to 127.0.0.1:${new URL(plainUrl).port} failed while reading the metadata endpoint: the endpoint answered in plain HTTP, not HTTPS (not a certificate problem); check the port: a stamp's ARM endpoint answers HTTPS, on 443 by default`,
    );
    expect(error.message).not.toContain("NODE_EXTRA_CA_CERTS");
  });
});
