/** The benchmark's plan generator, shared by tests that need a large plan. */
export { writeGeneratedPlan } from '../../bench/generate.js';
