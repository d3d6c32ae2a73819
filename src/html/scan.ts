/**
 * A fast path for htmlparser2's parseDocument: the same tree (same tags, attributes, texts, comments and doctype,
 * built by domhandler's own DomHandler), from a scan that jumps between `<` with indexOf instead of htmlparser2's
 * character-by-character state machine, which was most of the scorer's time (1 ms for a 50 KB page). The tree
 * rules (implied end tags, void elements, foreign content, `</p>` and `</br>`) follow htmlparser2 10's Parser;
 * entities are decoded by htmlparser2's own Tokenizer. Anything unusual — a tag cut off by the end of the file,
 * `<?`, `<![CDATA[`, a bogus comment, `</` without a name, a title that never ends — returns undefined, and the
 * caller parses the page with htmlparser2 itself. tests/unit/html-scan.test.ts compares both trees, on the real
 * captures and on generated markup.
 */
import { type Document, DomHandler } from 'domhandler';
import { Tokenizer } from 'htmlparser2';

// htmlparser2 10.1 Parser.js: openImpliesClose, voidElements, foreignContextElements, htmlIntegrationElements.
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
const RTP = new Set(['rt', 'rp']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ['dd', DDT],
  ['dt', DDT],
  ['rt', RTP],
  ['rp', RTP],
  ...'select input output button datalist textarea'.split(' ').map((t) => [t, FORM] as const),
  ...(
    'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form ' +
    'header hr main nav ol pre section table ul'
  )
    .split(' ')
    .map((t) => [t, P] as const),
]);
const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** Raw-text elements (htmlparser2's Tokenizer `Sequences`): their end tag, and whether entities are decoded. */
const RAW = new Map<string, RegExp>(
  ['script', 'style', 'title', 'textarea', 'xmp'].map((t) => [t, new RegExp(`</${t}[ \\t\\n\\f\\r>]`, 'gi')]),
);
/** Names htmlparser2's tokenizer mistakes for raw-text elements (it matches `t`/`x` then the rest of another name). */
const MISREAD_RAW = new Set(['tmp', 'xitle', 'xextarea']);

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Where a tag name ends (whitespace, `/`, `>`), as htmlparser2's tokenizer; `=` too for an attribute's name. */
function nameEnd(html: string, from: number, stopAtEq: boolean, stopAtSlash: boolean): number {
  let p = from;
  for (; p < html.length; p++) {
    const c = html.charCodeAt(p);
    if (isSpace(c) || c === 62 || (stopAtSlash && c === 47) || (stopAtEq && c === 61)) break;
  }
  return p;
}
const UNQUOTED = /[^ \t\n\f\r>]*/y;

/**
 * Names, lowercased, from a cache: the same few dozen tag and attribute names recur on every page, and a fresh
 * string as an object key or lowercased costs more than a Map lookup (most of the scan's time before).
 */
const NAMES = new Map<string, string>();
export function canonical(raw: string): string {
  let name = NAMES.get(raw);
  if (name === undefined) {
    name = raw.toLowerCase();
    if (NAMES.size < 10_000) NAMES.set(raw, name);
  }
  return name;
}
/** htmlparser2's Parser.getInstructionName: the name ends at any (Unicode) space or `/`. */
const DECL_NAME_END = /\s|\//;

class Unusual extends Error {}

/** Entities decoded by htmlparser2's own Tokenizer (legacy rules in text, attribute rules in values). */
const decoder = (() => {
  let out = '';
  let buffer = '';
  const append = (start: number, end: number) => {
    out += buffer.slice(start, end);
  };
  const entity = (cp: number) => {
    out += String.fromCodePoint(cp);
  };
  const noop = () => undefined;
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext: append,
      ontextentity: entity,
      onattribdata: append,
      onattribentity: entity,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      onclosetag: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onopentagend: noop,
      onopentagname: noop,
      onprocessinginstruction: noop,
      onselfclosingtag: noop,
    },
  );
  /** Runs the tokenizer over `input` and returns what its text and attribute callbacks gave. */
  const run = (input: string) => {
    out = '';
    buffer = input;
    tokenizer.reset();
    tokenizer.write(input);
    tokenizer.end();
    return out;
  };
  return {
    text: (s: string) => (s.includes('&') ? run(s) : s),
    /** `quote`: the value's own quote character, or '' for an unquoted value (no space, `>` or quote in it). */
    attr: (s: string, quote: string) => (s.includes('&') ? run(`<a a=${quote}${s}${quote}>`) : s),
  };
})();

/** The tree htmlparser2's parseDocument builds from `html`, or undefined when the page is unusual (see above). */
export function scanDocument(html: string): Document | undefined {
  try {
    return scan(html);
  } catch (e) {
    if (e instanceof Unusual) return undefined;
    throw e;
  }
}

function scan(html: string): Document {
  const h = new DomHandler();
  /** Open elements, innermost last (htmlparser2's Parser.stack reversed: push and pop instead of its unshift). */
  const stack: string[] = [];
  /** Whether svg or math content is open, innermost last (htmlparser2's Parser.foreignContext reversed). */
  const foreign: boolean[] = [false];
  const len = html.length;
  const pop = () => {
    stack.pop();
    h.onclosetag();
  };

  const open = (name: string, attribs: Record<string, string>, selfClosing: boolean) => {
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1]!)) pop();
    const isVoid = VOID.has(name);
    if (!isVoid) {
      stack.push(name);
      if (FOREIGN.has(name)) foreign.push(true);
      else if (INTEGRATION.has(name)) foreign.push(false);
    }
    h.onopentag(name, attribs);
    if (isVoid) h.onclosetag();
    // Self-closing counts only in svg and math; elsewhere `<div/>` is an open tag.
    if (selfClosing && foreign[foreign.length - 1] && stack[stack.length - 1] === name) pop();
  };
  const close = (name: string) => {
    if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
    if (!VOID.has(name)) {
      const pos = stack.lastIndexOf(name);
      if (pos !== -1) while (stack.length > pos) pop();
      else if (name === 'p') {
        open('p', {}, false);
        pop();
      }
    } else if (name === 'br') {
      h.onopentag('br', {});
      h.onclosetag();
    }
  };
  const text = (start: number, end: number) => {
    if (end > start) h.ontext(decoder.text(html.slice(start, end)));
  };

  /** Reads the open tag at `lt`; returns the index after its `>`. */
  const openTag = (lt: number): number => {
    let p = nameEnd(html, lt + 1, false, true);
    const name = canonical(html.slice(lt + 1, p));
    if (MISREAD_RAW.has(name)) throw new Unusual();
    const attribs: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      while (p < len && isSpace(html.charCodeAt(p))) p++;
      if (p >= len) throw new Unusual();
      const c = html.charCodeAt(p);
      if (c === 62) break; // '>'
      if (c === 47) {
        // '/': `/>` closes; `/` then anything else is ignored
        p++;
        while (p < len && isSpace(html.charCodeAt(p))) p++;
        if (p >= len) throw new Unusual();
        if (html.charCodeAt(p) === 62) {
          selfClosing = true;
          break;
        }
        continue;
      }
      const nameStart = p;
      p = nameEnd(html, p + 1, true, true); // the first character may be anything, `=` included
      const attrName = html.slice(nameStart, p);
      while (p < len && isSpace(html.charCodeAt(p))) p++;
      if (p >= len) throw new Unusual();
      let value = '';
      if (html.charCodeAt(p) === 61) {
        // '='
        p++;
        while (p < len && isSpace(html.charCodeAt(p))) p++;
        if (p >= len) throw new Unusual();
        const q = html.charCodeAt(p);
        if (q === 34 || q === 39) {
          const end = html.indexOf(q === 34 ? '"' : "'", p + 1);
          if (end < 0) throw new Unusual();
          value = decoder.attr(html.slice(p + 1, end), q === 34 ? '"' : "'");
          p = end + 1;
        } else {
          UNQUOTED.lastIndex = p;
          const v = UNQUOTED.exec(html)![0];
          p += v.length;
          if (p >= len) throw new Unusual();
          value = decoder.attr(v, '');
        }
      }
      // The first of two attributes of one name wins (htmlparser2's Parser.onattribend).
      const key = canonical(attrName);
      if (!Object.hasOwn(attribs, key)) attribs[key] = value;
    }
    open(name, attribs, selfClosing);
    const end = p + 1;
    const rawEnd = !selfClosing ? RAW.get(name) : undefined;
    if (!rawEnd) return end;
    // Raw text up to its end tag (`</script` then whitespace or `>`), then that end tag.
    rawEnd.lastIndex = end;
    const m = rawEnd.exec(html);
    if (!m) {
      // Raw text to the end of the file (a page cut off after `<script>`): htmlparser2 keeps it as the text.
      if (name === 'title') throw new Unusual();
      if (len > end) h.ontext(html.slice(end));
      return len;
    }
    if (m.index > end) {
      const body = html.slice(end, m.index);
      if (name === 'title') {
        // <title> decodes entities; through the text decoder a `<` in it could read as a tag.
        if (body.includes('&') && body.includes('<')) throw new Unusual();
        h.ontext(decoder.text(body));
      } else h.ontext(body);
    }
    return closeTag(m.index);
  };

  /** Reads the end tag at `lt` (`</` and a letter); returns the index after its `>`. */
  const closeTag = (lt: number): number => {
    const end = nameEnd(html, lt + 2, false, false);
    const gt = html.indexOf('>', end);
    if (gt < 0) throw new Unusual();
    close(canonical(html.slice(lt + 2, end)));
    return gt + 1;
  };

  let textStart = 0;
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    if (isLetter(c)) {
      text(textStart, lt);
      i = textStart = openTag(lt);
    } else if (c === 47) {
      // '/'
      if (!isLetter(html.charCodeAt(lt + 2))) throw new Unusual();
      text(textStart, lt);
      i = textStart = closeTag(lt);
    } else if (c === 33) {
      // '!'
      text(textStart, lt);
      if (html.startsWith('<!--', lt)) {
        // `<!-->` and `<!--->` are empty comments to htmlparser2: left to it.
        if (html.charCodeAt(lt + 4) === 62 || html.startsWith('->', lt + 4)) throw new Unusual();
        const end = html.indexOf('-->', lt + 4);
        if (end < 0) throw new Unusual();
        h.oncomment(html.slice(lt + 4, end));
        h.oncommentend();
        i = textStart = end + 3;
      } else if (isLetter(html.charCodeAt(lt + 2))) {
        const gt = html.indexOf('>', lt + 2);
        if (gt < 0) throw new Unusual();
        const value = html.slice(lt + 2, gt);
        const cut = value.search(DECL_NAME_END);
        h.onprocessinginstruction(`!${(cut < 0 ? value : value.slice(0, cut)).toLowerCase()}`, `!${value}`);
        i = textStart = gt + 1;
      } else throw new Unusual();
    } else if (c === 63 || lt + 1 >= len) {
      // '<?' is a processing instruction; a '<' at the very end is left to htmlparser2 too
      throw new Unusual();
    } else i = lt + 1; // a '<' that starts no tag is text
  }
  text(textStart, len);
  for (let k = 0; k < stack.length; k++) h.onclosetag();
  h.onend();
  return h.root;
}
