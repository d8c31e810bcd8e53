import { lazyRequire } from '../lazy-require.js';

/**
 * Handlebars, loaded on first use: `plan check` compiles a repository's own phrases inside the
 * synchronous compilePlan, and otherwise never pays for it (bundle/handlebars.cjs in the bundle).
 */
export const handlebars = lazyRequire<typeof import('handlebars')>('handlebars', 'handlebars.cjs');
