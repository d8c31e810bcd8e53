// The least a build with the docx library can cost: start Node, import docx, pack a one-paragraph
// document and write it. `npm run bench` times it beside `plan build` on the sample, so a target
// below this floor shows as out of reach for any program built on docx, not as slowness of ours.
import { writeFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';

const [out] = process.argv.slice(2);
const document = new Document({ sections: [{ children: [new Paragraph('Kế hoạch')] }] });
writeFileSync(out, await Packer.toBuffer(document));
