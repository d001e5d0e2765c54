import { ZodError } from "zod";
import { ConnectorError } from "../connector-error";

// The built-in connector's infrastructure is our own database: a failure there reaches the agent as
// connector:unavailable, like a company system that is down, with the original error as the cause.
export async function guardDatabase<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ConnectorError) throw error;
    // A stored result that no longer fits today's schema: data we cannot vouch for.
    if (error instanceof ZodError) throw new ConnectorError("connector:bad_response", operation, `stored data for ${operation} does not match the connector schema`, { cause: error });
    throw new ConnectorError("connector:unavailable", operation, `the shop database failed during ${operation}`, { cause: error });
  }
}
