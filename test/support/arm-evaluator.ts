/**
 * A small evaluator for the ARM template expressions this project emits: parameters(), variables(),
 * resourceId(), concat(), format(), subscription() and resourceGroup() with property access. Tests use it to "deploy" a
 * generated template into the list of resources ARM would create and compare that list with the inventory.
 *
 * Semantics follow the ARM documentation (learn.microsoft.com/azure/azure-resource-manager/templates/
 * template-expressions, template-functions-resource#resourceid, template-functions-string#format): a JSON
 * string is an expression when it starts with "[" and ends with "]"; "[[" at the start escapes a literal
 * bracket; string literals are single-quoted with '' for a quote. Anything outside the subset is an error,
 * so a generator that starts emitting a new function fails its tests instead of being half-evaluated.
 */

export interface DeploymentContext {
  subscriptionId: string;
  resourceGroup: string;
  tenantId: string;
  /** The resource group's region, for resourceGroup().location ("local" on an Azure Stack Hub development kit). */
  location?: string;
}

export interface DeployedResource {
  id: string;
  type: string;
  apiVersion: string;
  name: string;
  location?: unknown;
  tags?: Record<string, string>;
  sku?: Record<string, unknown>;
  kind?: unknown;
  /** Resource IDs the resource waits for. */
  dependsOn: string[];
  properties: Record<string, unknown>;
}

export class ArmEvaluationError extends Error {}

type Value = unknown;

interface Scope {
  parameters: Record<string, Value>;
  variables: Record<string, unknown>;
  context: DeploymentContext;
  evaluatingVariables: Set<string>;
  /** Parameter names read during evaluation, for the "every declared parameter is used" check. */
  usedParameters: Set<string>;
  usedVariables: Set<string>;
}

/** Evaluates a JSON value: strings that are expressions are evaluated, "[[" escapes are unescaped. */
export function evaluateValue(value: unknown, scope: Scope): Value {
  if (typeof value === "string") {
    if (value.startsWith("[[")) return value.slice(1);
    if (value.startsWith("[") && value.endsWith("]")) return evaluateExpression(value.slice(1, -1), scope);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, scope));
  if (value !== null && typeof value === "object") {
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(value)) out[k] = evaluateValue(v, scope);
    return out;
  }
  return value;
}

// ---- expression parsing ----------------------------------------------------------------------------

type Node = { kind: "string"; value: string } | { kind: "number"; value: number } | { kind: "call"; name: string; args: Node[]; properties: string[] };

function parseExpression(text: string): Node {
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const fail = (message: string): never => {
    throw new ArmEvaluationError(`${message} at position ${i} of expression [${text}]`);
  };
  const parseNode = (): Node => {
    skip();
    const c = text[i];
    if (c === "'") {
      let out = "";
      i++;
      for (;;) {
        if (i >= text.length) fail("unterminated string literal");
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            out += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        out += text[i];
        i++;
      }
      return { kind: "string", value: out };
    }
    if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?\d+/.exec(text.slice(i));
      if (!m) fail("bad number");
      i += m![0].length;
      return { kind: "number", value: Number(m![0]) };
    }
    const m = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(i));
    if (!m) fail("expected a function call");
    const name = m![0];
    i += name.length;
    skip();
    if (text[i] !== "(") fail(`expected "(" after ${name}`);
    i++;
    const args: Node[] = [];
    skip();
    if (text[i] === ")") i++;
    else {
      for (;;) {
        args.push(parseNode());
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === ")") {
          i++;
          break;
        }
        fail('expected "," or ")"');
      }
    }
    const properties: string[] = [];
    for (;;) {
      skip();
      if (text[i] !== ".") break;
      i++;
      const prop = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(i));
      if (!prop) fail("expected a property name");
      properties.push(prop![0]);
      i += prop![0].length;
    }
    return { kind: "call", name, args, properties };
  };
  const node = parseNode();
  skip();
  if (i !== text.length) fail("unexpected text after the expression");
  return node;
}

function evaluateExpression(text: string, scope: Scope): Value {
  return evaluateNode(parseExpression(text), scope);
}

function asString(value: Value, what: string): string {
  if (typeof value !== "string") throw new ArmEvaluationError(`${what} must be a string, got ${JSON.stringify(value)}`);
  return value;
}

/** resourceId([subscriptionId], [resourceGroupName], resourceType, name1, name2, ...). */
export function resourceIdOf(args: string[], context: DeploymentContext): string {
  for (let t = 0; t <= 2 && t < args.length; t++) {
    const type = args[t]!;
    const segments = type.split("/");
    if (!/^[^/]+\.[^/]+$/.test(segments[0]!) || segments.length < 2) continue;
    const names = args.slice(t + 1);
    if (names.length !== segments.length - 1) continue;
    const prefix = args.slice(0, t);
    const subscriptionId = prefix.length === 2 ? prefix[0]! : context.subscriptionId;
    const group = prefix.length >= 1 ? prefix[prefix.length - 1]! : context.resourceGroup;
    let id = `/subscriptions/${subscriptionId}/resourceGroups/${group}/providers/${segments[0]}/${segments[1]}/${names[0]}`;
    for (let k = 2; k < segments.length; k++) id += `/${segments[k]}/${names[k - 1]}`;
    return id;
  }
  throw new ArmEvaluationError(`resourceId(${args.map((a) => JSON.stringify(a)).join(", ")}): no resource type with a matching number of names`);
}

function format(template: string, args: Value[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index: string | undefined) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    const k = Number(index);
    if (k >= args.length) throw new ArmEvaluationError(`format(): no argument {${k}}`);
    const v = args[k];
    return typeof v === "string" ? v : JSON.stringify(v);
  });
}

function evaluateNode(node: Node, scope: Scope): Value {
  if (node.kind === "string" || node.kind === "number") return node.value;
  const args = node.args.map((a) => evaluateNode(a, scope));
  let result: Value;
  switch (node.name.toLowerCase()) {
    case "parameters": {
      const name = asString(args[0], "parameters() argument");
      const key = Object.keys(scope.parameters).find((k) => k.toLowerCase() === name.toLowerCase());
      if (key === undefined) throw new ArmEvaluationError(`parameters('${name}') is not declared`);
      scope.usedParameters.add(key);
      result = scope.parameters[key];
      break;
    }
    case "variables": {
      const name = asString(args[0], "variables() argument");
      const key = Object.keys(scope.variables).find((k) => k.toLowerCase() === name.toLowerCase());
      if (key === undefined) throw new ArmEvaluationError(`variables('${name}') is not declared`);
      if (scope.evaluatingVariables.has(key)) throw new ArmEvaluationError(`variable '${key}' refers to itself`);
      scope.usedVariables.add(key);
      scope.evaluatingVariables.add(key);
      result = evaluateValue(scope.variables[key], scope);
      scope.evaluatingVariables.delete(key);
      break;
    }
    case "resourceid":
      result = resourceIdOf(
        args.map((a, k) => asString(a, `resourceId() argument ${k + 1}`)),
        scope.context,
      );
      break;
    case "concat":
      if (args.every((a) => Array.isArray(a))) result = (args as Value[][]).flat();
      else result = args.map((a, k) => (typeof a === "string" || typeof a === "number" ? String(a) : asString(a, `concat() argument ${k + 1}`))).join("");
      break;
    case "format":
      result = format(asString(args[0], "format() first argument"), args.slice(1));
      break;
    case "subscription":
      if (args.length !== 0) throw new ArmEvaluationError("subscription() takes no arguments here");
      result = {
        id: `/subscriptions/${scope.context.subscriptionId}`,
        subscriptionId: scope.context.subscriptionId,
        tenantId: scope.context.tenantId,
      };
      break;
    case "resourcegroup":
      // template-functions-scope#resourcegroup: id, name and location of the deployment's resource group.
      if (args.length !== 0) throw new ArmEvaluationError("resourceGroup() takes no arguments");
      result = {
        id: `/subscriptions/${scope.context.subscriptionId}/resourceGroups/${scope.context.resourceGroup}`,
        name: scope.context.resourceGroup,
        location: scope.context.location ?? "local",
      };
      break;
    default:
      throw new ArmEvaluationError(`function ${node.name}() is outside the evaluated subset`);
  }
  for (const prop of node.properties) {
    if (result === null || typeof result !== "object" || !(prop in result)) throw new ArmEvaluationError(`property .${prop} does not exist`);
    result = (result as Record<string, Value>)[prop];
  }
  return result;
}

// ---- deployment --------------------------------------------------------------------------------------

export interface ArmTemplateJson {
  $schema?: string;
  contentVersion?: string;
  parameters?: Record<string, { type: string; defaultValue?: unknown; allowedValues?: unknown[] }>;
  variables?: Record<string, unknown>;
  resources?: Array<Record<string, unknown>>;
  outputs?: Record<string, unknown>;
}

export interface DeploymentResult {
  resources: DeployedResource[];
  usedParameters: Set<string>;
  usedVariables: Set<string>;
}

const typeCheck: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  securestring: (v) => typeof v === "string",
  int: (v) => Number.isInteger(v),
  bool: (v) => typeof v === "boolean",
  object: (v) => v !== null && typeof v === "object" && !Array.isArray(v),
  secureobject: (v) => v !== null && typeof v === "object" && !Array.isArray(v),
  array: (v) => Array.isArray(v),
};

/**
 * "Deploys" a template: binds parameters (supplied values, else defaults; a parameter without either is an
 * error, as ARM would prompt or fail), evaluates every resource and returns them with full resource IDs.
 */
export function deployTemplate(template: ArmTemplateJson, supplied: Record<string, unknown>, context: DeploymentContext): DeploymentResult {
  const scope: Scope = {
    parameters: {},
    variables: template.variables ?? {},
    context,
    evaluatingVariables: new Set(),
    usedParameters: new Set(),
    usedVariables: new Set(),
  };
  const declared = template.parameters ?? {};
  for (const name of Object.keys(supplied)) {
    if (!Object.keys(declared).some((k) => k.toLowerCase() === name.toLowerCase()))
      throw new ArmEvaluationError(`parameter '${name}' is supplied but not declared`);
  }
  for (const [name, parameter] of Object.entries(declared)) {
    const check = typeCheck[parameter.type.toLowerCase()];
    if (!check) throw new ArmEvaluationError(`parameter '${name}' has unknown type ${parameter.type}`);
    let value: unknown;
    if (Object.hasOwn(supplied, name)) value = supplied[name];
    else if ("defaultValue" in parameter) {
      // A default may refer to other parameters: evaluate it lazily against what is bound so far.
      value = evaluateValue(parameter.defaultValue, { ...scope, usedParameters: new Set() });
    } else throw new ArmEvaluationError(`parameter '${name}' has no value and no default`);
    if (!check(value)) throw new ArmEvaluationError(`parameter '${name}' of type ${parameter.type} got ${JSON.stringify(value)}`);
    if (parameter.allowedValues && !parameter.allowedValues.includes(value)) throw new ArmEvaluationError(`parameter '${name}' value is not allowed`);
    scope.parameters[name] = value;
  }

  const resources = (template.resources ?? []).map((raw) => {
    const evaluated = evaluateValue(raw, scope) as Record<string, unknown>;
    const type = asString(evaluated.type, "resource type");
    const name = asString(evaluated.name, "resource name");
    const nameParts = name.split("/");
    const typeParts = type.split("/");
    if (nameParts.length !== typeParts.length - 1) throw new ArmEvaluationError(`resource ${type} has name "${name}" with the wrong number of segments`);
    const id = resourceIdOf([type, ...nameParts], context);
    return {
      id,
      type,
      apiVersion: asString(evaluated.apiVersion, "apiVersion"),
      name,
      location: evaluated.location,
      tags: evaluated.tags as Record<string, string> | undefined,
      sku: evaluated.sku as Record<string, unknown> | undefined,
      kind: evaluated.kind,
      dependsOn: ((evaluated.dependsOn as unknown[] | undefined) ?? []).map((d) => asString(d, "dependsOn entry")),
      properties: (evaluated.properties as Record<string, unknown> | undefined) ?? {},
    } satisfies DeployedResource;
  });
  return { resources, usedParameters: scope.usedParameters, usedVariables: scope.usedVariables };
}
