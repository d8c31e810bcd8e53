import { fileURLToPath } from 'node:url';

/** The package folder (holding schemas/ and templates/), from src/ or from the compiled dist/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SCHEMA_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));
export const TEMPLATE_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
