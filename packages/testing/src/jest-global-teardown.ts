/** Jest global teardown: stops the embedded Postgres the setup started, if any. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.wegoRunPostgres?.stop();
}
