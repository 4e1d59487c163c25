import type { CaseModule } from './matrix.js';

// Rectification routes (problems, task books, measures, drives, rules, commitments, exports, portal).
export const rectifyCases: CaseModule = {
  cases: () => [],
};
