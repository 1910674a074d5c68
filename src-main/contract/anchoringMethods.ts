/** Anchoring methods of the contract; merged into the one table in methods.ts. */
export const anchoringMethods = {} as const;
