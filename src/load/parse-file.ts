import { Alias, CST, Composer, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, visit, type Document, type YAMLError } from 'yaml';

/**
 * A lexeme that makes a node: a plain or block value (a key too; the lexer puts this mark before
 * it), a quoted one, an alias, a list item (an empty "-" is a null item), an explicit key "?" or a
 * ":" (an empty key or value is a null node too), a list or mapping in brackets ("[]" is a node
 * with nothing in it) and the comma between its items (",,," is an empty item each). "key: value"
 * counts three, "[a, b]" four.
 */
function isValue(lexeme: string): boolean {
  const c = lexeme[0];
  return lexeme === CST.SCALAR || c === '"' || c === "'" || c === '*' || lexeme === '-' || lexeme === '?' || lexeme === ':' || lexeme === '[' || lexeme === '{' || lexeme === ',';
}
import type { Diagnostic } from '../diagnostics.js';
import { findLostWords } from './lost-words.js';
import { findNumberWords } from './number-words.js';
import { emptyBudget, MAX_PLAN_VALUES, type PlanBudget } from './plan-budget.js';
import type { SourceKind, SourceFile } from './source-file.js';
import { pushAll } from '../push-all.js';

/** Limits that keep a hostile file from exhausting memory or the stack (documented in README). */
export const YAML_LIMITS = {
  maxAliasCount: 100,
  /** Open nodes (collections and the scalar being read) at once; the sample plan needs 12. */
  maxDepth: 100,
} as const;

/**
 * Parses YAML text with line tracking; syntax errors become located diagnostics. Its values are
 * counted into `budget`, the plan's (MAX_PLAN_VALUES).
 */
export function parseFile(kind: SourceKind, file: string, text: string, budget: PlanBudget = emptyBudget()): { source: SourceFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const { doc, tooDeepAt, tooManyAt } = parseYaml(text, lineCounter, budget);
  if (tooDeepAt !== undefined || tooManyAt !== undefined) {
    // The parse stopped at that point: nothing else in the file is known, so nothing else is reported.
    const diagnostic =
      tooDeepAt !== undefined
        ? yamlDiagnostic(file, 'yaml.TOO_DEEP', { detail: `nesting deeper than ${YAML_LIMITS.maxDepth} levels`, limit: YAML_LIMITS.maxDepth }, [tooDeepAt, tooDeepAt + 1], lineCounter)
        : // Not the file's syntax: the plan's size, as the other limits of its files say it.
          { ...yamlDiagnostic(file, 'files.too-many-values', { limit: MAX_PLAN_VALUES }, [tooManyAt!, tooManyAt! + 1], lineCounter), code: 'plan-files' };
    return { source: { kind, file, text, doc, lineCounter, data: undefined }, diagnostics: [diagnostic] };
  }
  const diagnostics = firstPerLine([
    ...doc.errors.map((e) => syntaxDiagnostic(file, text, e, 'error', lineCounter)),
    ...doc.warnings.map((e) => syntaxDiagnostic(file, text, e, 'warning', lineCounter)),
  ]);
  // Well-formed YAML, so not a syntax error: a warning in the catalogue's own words.
  for (const at of listItemsInText(doc, text)) diagnostics.push({ ...yamlDiagnostic(file, 'yaml-list-in-text', {}, at, lineCounter), severity: 'warning' });
  for (const lost of findLostWords(doc, text, lineCounter)) diagnostics.push({ ...yamlDiagnostic(file, `yaml-${lost.kind}-in-text`, { words: lost.words }, lost.range, lineCounter), severity: 'warning' });
  for (const number of findNumberWords(doc)) diagnostics.push({ ...yamlDiagnostic(file, 'yaml-number-as-typed', { typed: number.typed, read: number.read }, number.range, lineCounter), severity: 'warning' });
  // A key that is a list, a mapping or empty ("? [a, b]:", "null:") has no name to give a field:
  // reported where it stands, and the file is not read further (JavaScript would make "[ a, b ]" of it).
  // Only in a file without syntax errors: a broken one makes odd keys its errors already explain.
  const keys = doc.errors.length === 0 ? badKeys(doc) : [];
  for (const range of keys) diagnostics.push(yamlDiagnostic(file, 'yaml.BAD_KEY', { detail: 'a key must be a name' }, range, lineCounter));
  let data: unknown;
  if (doc.errors.length === 0 && keys.length === 0) {
    const read = toData(doc);
    if ('data' in read) data = read.data;
    else {
      // "*Hòa An*" unquoted is an alias to nothing, not a "billion laughs": say which it is.
      const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(read.error.message);
      if (unresolved) diagnostics.push(yamlDiagnostic(file, 'yaml.alias-unknown', { name: unresolved[1]! }, aliasRange(doc, unresolved[1]!), lineCounter));
      else {
        const range = read.at?.range ? ([read.at.range[0], read.at.range[1]] as const) : firstAliasRange(doc);
        diagnostics.push(yamlDiagnostic(file, 'yaml.aliases', { name: read.at?.source ?? '', limit: YAML_LIMITS.maxAliasCount }, range, lineCounter));
      }
    }
  }
  return { source: { kind, file, text, doc, lineCounter, data }, diagnostics };
}

/**
 * The document's data, or why it has none and at which alias. The YAML library counts, for each
 * anchor, the uses of its aliases times the aliases its value holds (a "billion laughs" file
 * multiplies them) and stops past the limit; it does not say at which alias, so the alias it was
 * resolving then is noted on the way (the library resolves every alias through `Alias.resolve`).
 */
function toData(doc: Document.Parsed): { data: unknown } | { error: Error; at?: Alias } {
  const resolve = Alias.prototype.resolve;
  let at: Alias | undefined;
  Alias.prototype.resolve = function (this: Alias, ...args: Parameters<Alias['resolve']>) {
    try {
      return resolve.apply(this, args);
    } catch (error) {
      at ??= this;
      throw error;
    }
  };
  try {
    return { data: doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount }) };
  } catch (error) {
    return { error: error as Error, at };
  } finally {
    Alias.prototype.resolve = resolve;
  }
}

/**
 * `parseDocument`, with the nesting depth watched while the parser runs. The parser, the composer
 * and `toJS` each recurse once per level, so a file nested a few thousand levels deep
 * (`[[[[...]]]]`) would overflow the stack; the parser's stack of open nodes is checked after every
 * token and the parse stops at the first token past the limit, whose offset is returned.
 */
function parseYaml(text: string, lineCounter: LineCounter, budget: PlanBudget): { doc: Document.Parsed; tooDeepAt?: number; tooManyAt?: number } {
  const parser = new Parser(lineCounter.addNewLine);
  let tooDeepAt: number | undefined;
  let tooManyAt: number | undefined;
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      const offset = parser.offset;
      if (isValue(lexeme) && ++budget.values > MAX_PLAN_VALUES) {
        tooManyAt = offset;
        return;
      }
      yield* parser.next(lexeme);
      if (parser.stack.length > YAML_LIMITS.maxDepth) {
        tooDeepAt = offset;
        return;
      }
    }
    yield* parser.end();
  }
  let doc: Document.Parsed | undefined;
  // Keys are checked for repeats below, once each: the library's own check compares each key with
  // every key before it, and a mapping of 15,000 keys took 15 s.
  for (const next of new Composer({ uniqueKeys: false }).compose(tokens(), true, text.length)) {
    if (!doc) doc = next;
    else {
      // As parseDocument does: a plan file holds one document.
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(..., forceDoc = true) always yields a document, an empty one for an empty text.
  if (tooDeepAt === undefined && tooManyAt === undefined) pushAll(doc!.errors, repeatedKeys(doc!));
  return { doc: doc!, tooDeepAt, tooManyAt };
}

/**
 * A key written twice in one mapping, as the library says it (DUPLICATE_KEY at the second), found
 * with a set of the keys seen in each mapping. Keys that are no text or number (a list, a mapping)
 * are said by badKeys.
 */
function repeatedKeys(doc: Document.Parsed): YAMLParseError[] {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (seen.has(value)) {
          const at = pair.key.range?.[0] ?? 0;
          found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(value);
      }
    },
  });
  // In the order of the text, as the library reported them while reading.
  return found.sort((a, b) => a.pos[0] - b.pos[0]);
}

/**
 * "- Phối hợp tổ chức.\n    - Mời doanh nghiệp." with the second item indented too far is one text
 * to YAML: "Phối hợp tổ chức. - Mời doanh nghiệp.", printed as such. Where that happened: a list
 * item's plain text with a line that starts like an item, after a line that ends a sentence. Not
 * a dash that merely wraps to the start of a line ("giai đoạn 2021\n  - 2025"), nor a field's text.
 */
function listItemsInText(doc: Document.Parsed, text: string): [number, number][] {
  const found: [number, number][] = [];
  visit(doc, {
    Scalar(_, node, path) {
      if (node.type !== 'PLAIN' || !node.range || typeof node.value !== 'string' || !isSeq(path[path.length - 1])) return;
      const lines = text.slice(node.range[0], node.range[1]).split('\n');
      let at = node.range[0] + lines[0]!.length + 1;
      for (const [i, line] of lines.entries()) {
        if (i === 0) continue;
        const indent = /^[ \t]*(?=[-+][ \t])/.exec(line)?.[0];
        if (indent !== undefined && /[.;:!?]\s*$/.test(lines[i - 1]!)) found.push([at + indent.length, at + indent.length + 1]);
        at += line.length + 1;
      }
    },
  });
  return found;
}

/** Keys that are no name: a collection, or an empty, null or true/false key. */
function badKeys(doc: Document.Parsed): [number, number][] {
  const found: [number, number][] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as { range?: [number, number, number]; value?: unknown } | null;
      const named = isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number') && key.value !== '';
      if (named) return;
      const range = key?.range ?? (pair.value as { range?: [number, number, number] } | null)?.range;
      if (range) found.push([range[0], Math.max(range[0] + 1, range[1])]);
    },
  });
  return found;
}

/**
 * One syntax finding per line: the parser often reports one fault twice over ("invalid key" and
 * "key over several lines" for one tab); the first it gives is the most telling.
 */
function firstPerLine(diagnostics: Diagnostic[]): Diagnostic[] {
  const lines = new Set<number>();
  return diagnostics.filter((d) => !lines.has(d.start.line) && Boolean(lines.add(d.start.line)));
}

/** Where an alias of that name is. */
function aliasRange(doc: Document.Parsed, name: string): readonly [number, number] {
  let range: readonly [number, number] = [0, 0];
  visit(doc, {
    Alias(_, node) {
      if (node.source !== name || !node.range) return;
      range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range;
}

/** Where the first alias is: a "billion laughs" file is reported at the alias that starts the expansion. */
function firstAliasRange(doc: Document.Parsed): readonly [number, number] {
  let range: readonly [number, number] = [0, 0];
  visit(doc, {
    Alias(_, node) {
      if (node.range) range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range;
}

function syntaxDiagnostic(file: string, text: string, error: YAMLError, severity: 'error' | 'warning', lineCounter: LineCounter): Diagnostic {
  // error.pos holds offsets; linePos is only filled in with prettyErrors, which also rewrites the message.
  const code = isColonInText(text, error) ? 'COLON_IN_TEXT' : error.code;
  return { ...yamlDiagnostic(file, `yaml.${code}`, { detail: firstLine(error.message) }, error.pos, lineCounter), severity };
}

/**
 * "title: Kế hoạch: Chuyển đổi số": a text after a key that holds ": " itself, on the key's line
 * or on a line it runs on to. YAML sees a second key and says the key is invalid; the clerk needs
 * to hear to quote the text.
 */
function isColonInText(text: string, error: YAMLError): boolean {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' && error.code !== 'MULTILINE_IMPLICIT_KEY') return false;
  const lineStart = text.lastIndexOf('\n', error.pos[0] - 1) + 1;
  // A CRLF file's lines end in "\r", which "." does not match.
  const lineAt = (start: number) => text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)).replace(/\r$/, '');
  const first = lineAt(lineStart);
  // A key and a plain text after it on the error's line...
  const keyed = /^\s*(?:-\s+)?[A-Za-z][\w-]*:\s+(?![\s"'|>[{])(.*)$/.exec(first);
  if (!keyed) return false;
  // ...and the lines it runs on to: indented further, neither blank nor a key or an item of their own.
  // Read line by line, not the rest of the file: a broken file has many errors.
  const indent = /^\s*/.exec(first)![0].length;
  const words = [keyed[1]!];
  const next = (start: number) => (text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start) + 1);
  for (let start = next(lineStart); start < text.length; start = next(start)) {
    const line = lineAt(start);
    if (line.trim() === '' || /^\s*/.exec(line)![0].length <= indent || /^\s*(?:-\s|[\w-]+:(?:\s|$))/.test(line)) break;
    words.push(line.trim());
  }
  return /:(?:\s|$)/.test(words.join(' '));
}

function yamlDiagnostic(file: string, messageId: string, args: Record<string, string | number>, pos: readonly [number, number], lineCounter: LineCounter): Diagnostic {
  const start = lineCounter.linePos(pos[0]);
  const stop = lineCounter.linePos(Math.max(pos[0], pos[1]));
  return {
    code: 'yaml-syntax',
    severity: 'error',
    messageId,
    args,
    file,
    path: [],
    start: { line: start.line, column: start.col },
    end: { line: stop.line, column: stop.col },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
