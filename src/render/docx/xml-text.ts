/** Characters XML 1.0 does not allow, and lone surrogate halves, which no client can read. */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text without the characters XML cannot hold. Rule text-control-chars reports them; this keeps a
 * plan that turns the rule off (or text the rules never see) from writing a part Word refuses.
 */
export function removeInvalidXmlChars(text: string): string {
  return text.replace(INVALID, '');
}

/** Text for an XML element: markup characters escaped, characters XML cannot hold removed. */
export function escapeXml(text: string): string {
  return removeInvalidXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
