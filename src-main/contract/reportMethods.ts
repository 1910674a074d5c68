/** Report methods of the contract; merged into the one table in methods.ts. */
export const reportMethods = {} as const;
