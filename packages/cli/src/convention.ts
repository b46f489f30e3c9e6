export type ConventionModule = typeof import("@lhc/convention");

/** Loaded on use, so that commands about requests or parties do not load the Convention's data. */
export const loadConvention = (): Promise<ConventionModule> => import("@lhc/convention");
