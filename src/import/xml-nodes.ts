import { XMLParser } from 'fast-xml-parser';

/** An element as fast-xml-parser's preserveOrder gives it: `{ "w:p": [children], ":@": { "@_w:val": ... } }`. */
export type XmlNode = Record<string, unknown>;

// htmlEntities: character references too ("Tri&#7875;n" is "Triển"), which Word may write and processEntities alone leaves as typed.
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true, htmlEntities: true });

/** A part of the package as ordered nodes. */
export function parseXml(text: string): XmlNode[] {
  return parser.parse(text) as XmlNode[];
}

/** The element's name (the one key that is not ":@"). */
export function nameOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

/** The element's children, in order. */
export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** An attribute of the element ("w:val"). */
export function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, string> | undefined;
  return attrs?.[`@_${name}`];
}

/** The first child of that name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return childrenOf(node).find((c) => nameOf(c) === name);
}

/** The first element of that name at any depth (depth first). */
export function find(nodes: readonly XmlNode[], name: string): XmlNode | undefined {
  for (const node of nodes) {
    if (nameOf(node) === name) return node;
    const inner = find(childrenOf(node), name);
    if (inner) return inner;
  }
  return undefined;
}

/** A text node's text. */
export function textOf(node: XmlNode): string {
  return typeof node['#text'] === 'string' ? node['#text'] : '';
}

/** Whether a toggle property (w:b, w:i) is on: present, and not w:val="0"/"false". */
export function isOn(props: XmlNode | undefined, name: string): boolean {
  const el = props ? child(props, name) : undefined;
  if (!el) return false;
  const val = attr(el, 'w:val');
  return val === undefined || !['0', 'false', 'off'].includes(val);
}
