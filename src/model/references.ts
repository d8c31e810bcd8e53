/** `[#id]` in a text: a reference to a section, group, task, step or appendix, printed as its number. */
export const REFERENCE = /\[#([a-z0-9][a-z0-9-]*)\]/g;
