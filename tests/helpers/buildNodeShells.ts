/** Vitest global setup: the CLI, host and import worker bundles, rebuilt only when stale. */
export default async function buildNodeShells(): Promise<void> {
  // @ts-expect-error: a plain .mjs build script without type declarations.
  const { buildNode } = (await import('../../scripts/build-node.mjs')) as {
    buildNode(): Promise<boolean>;
  };
  await buildNode();
}
