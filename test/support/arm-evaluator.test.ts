import { describe, expect, it } from "vitest";
import { ArmEvaluationError, deployTemplate, resourceIdOf } from "./arm-evaluator.js";

const context = { subscriptionId: "sub-1", resourceGroup: "rg-a", tenantId: "tenant-1" };
const template = (resources: Array<Record<string, unknown>>, parameters: Record<string, unknown> = {}, variables: Record<string, unknown> = {}) => ({
  $schema: "x",
  contentVersion: "1.0.0.0",
  parameters: parameters as never,
  variables,
  resources,
  outputs: {},
});

describe("ARM expression evaluator", () => {
  it("builds resource IDs like resourceId(), with and without a resource group argument", () => {
    expect(resourceIdOf(["Microsoft.Network/virtualNetworks", "v"], context)).toBe(
      "/subscriptions/sub-1/resourceGroups/rg-a/providers/Microsoft.Network/virtualNetworks/v",
    );
    expect(resourceIdOf(["Microsoft.Network/virtualNetworks/subnets", "v", "s"], context)).toBe(
      "/subscriptions/sub-1/resourceGroups/rg-a/providers/Microsoft.Network/virtualNetworks/v/subnets/s",
    );
    expect(resourceIdOf(["rg-b", "Microsoft.Network/virtualNetworks/subnets", "v", "s"], context)).toBe(
      "/subscriptions/sub-1/resourceGroups/rg-b/providers/Microsoft.Network/virtualNetworks/v/subnets/s",
    );
    expect(resourceIdOf(["sub-2", "rg-b", "Microsoft.Compute/disks", "d"], context)).toBe(
      "/subscriptions/sub-2/resourceGroups/rg-b/providers/Microsoft.Compute/disks/d",
    );
    expect(() => resourceIdOf(["Microsoft.Network/virtualNetworks/subnets", "only-one"], context)).toThrow(ArmEvaluationError);
  });

  it("evaluates parameters, variables, concat, format, subscription() and string escapes", () => {
    const t = template(
      [
        {
          type: "Microsoft.Network/virtualNetworks",
          apiVersion: "2018-11-01",
          name: "[concat(parameters('prefix'), '-', variables('suffix'))]",
          properties: {
            a: "[format('{0} is {1}{{literal}}', parameters('prefix'), 3)]",
            b: "[[not an expression]",
            c: "[subscription().tenantId]",
            d: "['it''s']",
            e: "plain [text]",
            f: "[concat(parameters('list'), variables('more'))]",
          },
        },
      ],
      { prefix: { type: "string", defaultValue: "net" }, list: { type: "array", defaultValue: [1] } },
      { suffix: "[concat('v', '1')]", more: [2] },
    );
    const [r] = deployTemplate(t, {}, context).resources;
    expect(r!.name).toBe("net-v1");
    expect(r!.id).toBe("/subscriptions/sub-1/resourceGroups/rg-a/providers/Microsoft.Network/virtualNetworks/net-v1");
    expect(r!.properties).toEqual({
      a: "net is 3{literal}",
      b: "[not an expression]",
      c: "tenant-1",
      d: "it's",
      e: "plain [text]",
      f: [1, 2],
    });
  });

  it("records which parameters and variables the resources use", () => {
    const t = template(
      [{ type: "A.B/c", apiVersion: "1", name: "[parameters('used')]", properties: {} }],
      { used: { type: "string", defaultValue: "x" }, unused: { type: "string", defaultValue: "y" } },
      { v: "1" },
    );
    const result = deployTemplate(t, {}, context);
    expect([...result.usedParameters]).toEqual(["used"]);
    expect(result.usedVariables.size).toBe(0);
  });

  it("rejects what ARM would reject: missing values, wrong types, undeclared names, functions outside the subset", () => {
    const base = (name: string, parameters: Record<string, unknown> = {}) => template([{ type: "A.B/c", apiVersion: "1", name, properties: {} }], parameters);
    expect(() => deployTemplate(base("[parameters('p')]", { p: { type: "securestring" } }), {}, context)).toThrow(/no value and no default/);
    expect(() => deployTemplate(base("[parameters('p')]", { p: { type: "int" } }), { p: "x" }, context)).toThrow(/of type int/);
    expect(() => deployTemplate(base("[parameters('q')]", { p: { type: "string", defaultValue: "a" } }), {}, context)).toThrow(/not declared/);
    expect(() => deployTemplate(base("x"), { extra: 1 }, context)).toThrow(/supplied but not declared/);
    expect(() => deployTemplate(base("[toLower('A')]"), {}, context)).toThrow(/outside the evaluated subset/);
    expect(() => deployTemplate(base("[concat('a']"), {}, context)).toThrow(ArmEvaluationError);
    expect(() => deployTemplate(base("a/b"), {}, context)).toThrow(/wrong number of segments/);
  });
});
