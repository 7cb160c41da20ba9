// The programs on the learner's laptop, outside the cluster: kubectl and what it needs.
import type { PlaceProgram } from './program';

export const LAPTOP_PROGRAMS: Readonly<Record<string, PlaceProgram>> = {};
