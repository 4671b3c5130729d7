/**
 * `plan --prices FILE`: a YAML (or JSON) file of prices that replace the bundled dated list prices. Each price
 * given must carry its source and date, so that every figure of the cost estimate still has both; prices not
 * given keep their default. Parsing is pure; the CLI reads the file.
 */
import yaml from "js-yaml";
import { z } from "zod";
import { UserError } from "../base/errors.js";
import { DEFAULT_PRICES, PRICE_IDS, type PriceBook, type PriceId } from "./cost.js";

const PriceSchema = z.strictObject({
  price: z.number().finite().nonnegative(),
  unit: z.string().min(1).optional(),
  source: z.string().min(1, "every price needs its source"),
  date: z.string().min(1, "every price needs its date"),
});

const PricesFileSchema = z.strictObject({
  currency: z.string().min(1),
  prices: z.partialRecord(z.enum(PRICE_IDS), PriceSchema),
});

export function parsePrices(text: string, file: string): PriceBook {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    throw new UserError(`${file}: not YAML or JSON: ${(error as Error).message.split("\n")[0]}`);
  }
  const result = PricesFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`${file}: ${issue.path.join(".") || "(top)"}: ${issue.message} (price ids: ${PRICE_IDS.join(", ")})`);
  }
  const prices = { ...DEFAULT_PRICES.prices };
  for (const [id, given] of Object.entries(result.data.prices) as Array<[PriceId, z.output<typeof PriceSchema>]>) {
    prices[id] = { price: given.price, unit: given.unit ?? DEFAULT_PRICES.prices[id].unit, source: given.source, date: given.date };
  }
  return { currency: result.data.currency, prices };
}
