/**
 * How an integration stops a build: the report and what to do, under the integration's own error
 * name, with no stack trace (a facilitator reading the terminal needs the files, not our code).
 */
export function stopBuild(name: string, report: string): never {
  const error = new Error(`${report}\n\nFix the files above, then build again.`);
  error.name = name;
  error.stack = `${error.name}: ${error.message}`;
  throw error;
}
