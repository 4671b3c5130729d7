import { describe, expect, it } from "vitest";
import { canonicalJson, REDACTED, redactSecrets } from "../../src/discovery/redact.js";

describe("redactSecrets", () => {
  it("redacts secret-named properties at any depth and lists their JSON pointers", () => {
    const body = {
      properties: {
        osProfile: { adminUsername: "azureuser", adminPassword: "p@ss", customData: "I2Nsb3VkLWNvbmZpZw==" },
        extension: { settings: { fileUris: ["https://x/y.ps1"] }, protectedSettings: { commandToExecute: "secret" } },
        connections: [{ sharedKey: "k" }, { name: "no-key" }],
        "odd/name": { clientSecret: "s" },
      },
    };
    const { value, paths } = redactSecrets(body);
    expect(paths).toEqual([
      "/properties/osProfile/adminPassword",
      "/properties/osProfile/customData",
      "/properties/extension/protectedSettings",
      "/properties/connections/0/sharedKey",
      "/properties/odd~1name/clientSecret",
    ]);
    expect(value.properties.osProfile).toEqual({ adminUsername: "azureuser", adminPassword: REDACTED, customData: REDACTED });
    expect(value.properties.extension.settings).toEqual({ fileUris: ["https://x/y.ps1"] });
    expect(body.properties.osProfile.adminPassword).toBe("p@ss");
  });

  it("redacts connection strings by their content and secure template parameters' defaults", () => {
    const { value, paths } = redactSecrets({
      appSettings: [{ name: "Storage", value: "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc==" }],
      parameters: { adminPassword: { type: "secureString", defaultValue: "x" }, vmName: { type: "string", defaultValue: "web-01" } },
    });
    expect(paths).toEqual(["/appSettings/0/value", "/parameters/adminPassword"]);
    expect(value.parameters.vmName.defaultValue).toBe("web-01");
  });

  it("leaves key vault permission lists and empty values alone", () => {
    const body = {
      accessPolicies: [{ permissions: { keys: ["get"], secrets: ["list"], certificates: [] } }],
      adminPassword: null,
      sharedKey: "",
    };
    expect(redactSecrets(body)).toEqual({ value: body, paths: [] });
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level so equal content gives equal text", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [{ y: 2, z: 1 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{\n  "a": 2,\n  "b": 1\n}\n');
  });
});
