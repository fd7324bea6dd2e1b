/** A TwiML element as a provider reads it: name, attributes, text, children. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Reads the small XML documents TwiML is (no comments, CDATA or namespaces), enough for a scripted caller. */
export function readXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, text: '', children: [] };
  const stack = [root];
  const token = /<\?[^>]*\?>|<\/([\w:]+)\s*>|<([\w:]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1]!;
    if (m[1]) stack.pop();
    else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
      const node: XmlNode = { name: m[2], attrs, text: '', children: [] };
      top.children.push(node);
      if (!m[4]) stack.push(node);
    } else if (m[5]) top.text += decode(m[5]);
  }
  const response = root.children[0];
  if (!response || response.name !== 'Response') throw new Error(`not TwiML: ${xml.slice(0, 200)}`);
  return response;
}
