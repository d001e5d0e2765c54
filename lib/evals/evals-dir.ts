import path from "node:path";

// The evaluations folder the console reads runs from and saves test cases to: EVALS_DIR, or ./evals
// under the directory the server was started in (the repository). Read at run time, not traced into
// the build.
export function evalsDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.EVALS_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), "evals"));
}
