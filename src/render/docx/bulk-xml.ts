import { Paragraph } from 'docx';

/** A part of document.xml written as text, chunk by chunk, when the package is assembled. */
export type XmlChunks = () => Iterable<string>;

/**
 * The bulk of a document (the body paragraphs and the appendix tables) written as
 * WordprocessingML text rather than docx objects. Built as docx objects, a plan of 10,000 tasks
 * took 1.4 GB and most of the build's time (bench/, measured); as text generated while the zip
 * is written, it never exists whole in memory. docx still builds the document around one
 * placeholder paragraph per part, which `packageDocx` replaces.
 */
export class BulkXml {
  private readonly parts: XmlChunks[] = [];

  /**
   * A placeholder paragraph standing for the part until the package is assembled. It is marked
   * by its style id, an attribute no plan text can write (text is escaped: `<` is `&lt;`), so a
   * title holding "PlanBulk0" or "[[plan-bulk-0]]" stays text.
   */
  add(chunks: XmlChunks): Paragraph {
    const style = `${BulkXml.STYLE}${this.parts.length}`;
    this.parts.push(chunks);
    return new Paragraph({ style, children: [] });
  }

  /**
   * Splits docx's document.xml at the placeholder paragraphs: yields the text around them and
   * the chunks of each part in its place.
   */
  *fill(documentXml: string): Generator<string> {
    let from = 0;
    for (;;) {
      const at = documentXml.indexOf(BulkXml.MARK, from);
      if (at < 0) break;
      const start = documentXml.lastIndexOf('<w:p>', at);
      const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
      const index = Number(documentXml.slice(at + BulkXml.MARK.length, documentXml.indexOf('"', at + BulkXml.MARK.length)));
      yield documentXml.slice(from, start);
      yield* this.parts[index]!();
      from = end;
    }
    yield documentXml.slice(from);
  }

  static readonly STYLE = 'PlanBulk';
  /** How docx writes the placeholder's style: an element, so never the text of a run. */
  static readonly MARK = `<w:pStyle w:val="${BulkXml.STYLE}`;
}
