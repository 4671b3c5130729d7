import { describe, expect, it } from "vitest";
import { canonicalJson, marker, REDACTED, redactCustomData, redactSecrets, redactText } from "../../src/discovery/redact.js";
import { corpusSecret, corpusText, SECRET_CORPUS } from "../support/secret-corpus.js";

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
      "/properties/extension/protectedSettings",
      "/properties/connections/0/sharedKey",
      "/properties/odd~1name/clientSecret",
    ]);
    // customData "#cloud-config" holds no secret line: it is kept (redacted by line, not whole).
    expect(value.properties.osProfile).toEqual({ adminUsername: "azureuser", adminPassword: REDACTED, customData: "I2Nsb3VkLWNvbmZpZw==" });
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

describe("redactText: secret shapes inside text", () => {
  it("the corpus holds at least 60 shapes, each secret unique", () => {
    expect(SECRET_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(SECRET_CORPUS.map((_, i) => corpusSecret(i))).size).toBe(SECRET_CORPUS.length);
  });

  it.each(SECRET_CORPUS.map((c, i) => [c.name, i] as const))(
    "removes the secret of %s, leaves a marker naming it, and keeps the text around it",
    (_name, i) => {
      const text = corpusText(i);
      expect(text).toContain(corpusSecret(i));
      const redacted = redactText(text);
      expect(redacted.text).not.toContain(corpusSecret(i));
      expect(redacted.text).toMatch(/\[REDACTED (PEM block|JWT|bearer token|URL credentials|SAS signature|password argument|secret value)\]/);
      expect(redacted.shapes.length).toBeGreaterThan(0);
      expect(redacted.text).toContain(SECRET_CORPUS[i]!.keep);
    },
  );

  it.each([
    "Set-AzKeyVaultSecret -VaultName kv01 -KeyVaultName kv01",
    "linuxConfiguration: disablePasswordAuthentication: true",
    "tool --password-file /etc/app/pw --verbose",
    "New-LocalUser -Name svc -Password $pw",
    "setup.cmd -Password %DB_PW%",
    "mkdir -p /opt/app && cp app /opt/app",
    "Get-Secret -Name db",
    "https://acct.blob.local/c/b?sv=2017-04-17&sp=r",
    "az keyvault secret show --vault-name kv --name db-password",
    "SharedAccessKeyName=RootManageSharedAccessKey",
  ])("leaves text without a secret as it is: %s", (text) => {
    expect(redactText(text)).toEqual({ text, shapes: [] });
  });

  it("names the shape in the marker, and redacts a command line inside a resource body", () => {
    const body = { properties: { settings: { commandToExecute: "powershell -File c.ps1 -AppPoolPassword Pw1234xyz -Site web" } } };
    const { value, paths } = redactSecrets(body);
    expect(value.properties.settings.commandToExecute).toBe(`powershell -File c.ps1 -AppPoolPassword ${marker("password argument")} -Site web`);
    expect(paths).toEqual(["/properties/settings/commandToExecute"]);
  });
});

describe("redactCustomData", () => {
  it("decodes customData and redacts only its secret lines, keeping the rest and the base64 form", () => {
    const script = "#cloud-config\npackages:\n  - nginx\npassword: Pw9-secret-x\nruncmd:\n  - [ sh, -c, 'curl https://u:Sekr3t@repo.local/x' ]\n";
    const { value, changed } = redactCustomData(Buffer.from(script).toString("base64"));
    expect(changed).toBe(true);
    const decoded = Buffer.from(value, "base64").toString("utf8");
    expect(decoded).toBe(
      `#cloud-config\npackages:\n  - nginx\npassword: ${marker("secret value")}\nruncmd:\n  - [ sh, -c, 'curl https://${marker("URL credentials")}@repo.local/x' ]\n`,
    );
  });

  it("redacts a PEM block that spans lines of customData whole, and every corpus shape on its own line", () => {
    const script = SECRET_CORPUS.map((_, i) => corpusText(i)).join("\n");
    const decoded = Buffer.from(redactCustomData(Buffer.from(script).toString("base64")).value, "base64").toString("utf8");
    for (const [i] of SECRET_CORPUS.entries()) expect(decoded).not.toContain(corpusSecret(i));
    expect(decoded).toContain(`key follows\n${marker("PEM block")}\nend`);
  });

  it("replaces customData that is not text whole, and leaves customData without a secret unchanged", () => {
    expect(redactCustomData(Buffer.from([0, 1, 2, 200, 255, 7]).toString("base64"))).toEqual({ value: REDACTED, changed: true });
    const plain = Buffer.from("#!/bin/sh\necho hello\n").toString("base64");
    expect(redactCustomData(plain)).toEqual({ value: plain, changed: false });
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level so equal content gives equal text", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [{ y: 2, z: 1 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{\n  "a": 2,\n  "b": 1\n}\n');
  });
});
