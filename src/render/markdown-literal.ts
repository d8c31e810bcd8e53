/**
 * Marks that GitHub's Markdown reads but the document does not: code spans, links and images,
 * inline HTML and autolinks, character references, strikethrough. The .docx reads plan text with
 * emphasis and backslash escapes only (src/render/inline.ts); escaping the rest keeps the `--md`
 * review showing what the document prints: "[Quyết định](...)" stays those characters, not a link.
 * An escape already written (`\[`) is kept as it is. Paragraph starts (`#`, `>`, `1.`) are
 * escaped for both outputs already (src/render/view.ts). Left alone: GitHub's `$...$` maths and
 * `:name:` emoji, which plan text hardly holds.
 */
const GITHUB_ONLY = /\\[!-/:-@[-`{-~]|[`[~]|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)/g;

/** The Markdown with every GitHub-only mark backslash-escaped, so it prints literally. */
export function githubLiteral(markdown: string): string {
  return markdown.replace(GITHUB_ONLY, (mark) => (mark.startsWith('\\') ? mark : `\\${mark}`));
}
