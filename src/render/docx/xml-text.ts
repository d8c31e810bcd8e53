/** Characters XML 1.0 does not allow, and lone surrogate halves, which no client can read. */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text without the characters XML cannot hold. Rule text-control-chars reports them; this keeps a
 * plan that turns the rule off (or text the rules never see) from writing a part Word refuses.
 */
export function removeInvalidXmlChars(text: string): string {
  // The pattern looks around each surrogate; most texts hold none of these characters, and a plain test finds that faster.
  return MAYBE_INVALID.test(text) ? text.replace(INVALID, '') : text;
}

/** Every character INVALID can match, without its look-arounds. */
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text for an XML element: markup characters escaped, characters XML cannot hold removed. */
export function escapeXml(text: string): string {
  const clean = removeInvalidXmlChars(text);
  return MARKUP.test(clean) ? clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : clean;
}

const MARKUP = /[&<>]/;
