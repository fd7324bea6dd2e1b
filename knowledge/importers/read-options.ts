/** Options every reader accepts. */
export type ReadOptions = {
  /** Procedure code → usage weight (popularity.json); a code not in the map gets 0. */
  popularity?: ReadonlyMap<string, number>;
};
