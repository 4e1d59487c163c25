import type { CaseModule } from './matrix.js';
import { triageCases } from './triage.js';
import { rectifyCases } from './rectify.js';
import { triageRunCases } from './triage-runs.js';
import { figuresCases } from './figures.js';

// Each feature's permission cases; the matrix runs them all and checks they cover every route.
export const caseModules: CaseModule[] = [triageCases, rectifyCases, triageRunCases, figuresCases];
