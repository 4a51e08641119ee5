// The sidebar's only way to make DOM. Children that are strings become text nodes, so user text
// (an innovation named "<script>…") is always shown as text; innerHTML is never used.
import { SCRIPT_RUN_TEXT } from '../shared/messages/sidebar';

type Attr = string | number | boolean | null | undefined;
export type Child = Node | string | null | undefined | false | readonly Child[];

export interface Props {
  [attr: string]: Attr | EventListener | undefined;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (typeof value === 'function') {
        el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
      } else if (name === 'className') {
        el.className = String(value);
      } else if (value === true) {
        el.setAttribute(name, '');
      } else {
        el.setAttribute(name, String(value));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : (c as Node));
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(SCRIPT_RUN_TEXT.missingElement(id));
  return el as T;
}

/** A link only for http(s) targets, so a `javascript:` evidence "link" stays plain text. */
export function safeLink(url: string, label: string = url): HTMLElement {
  if (!/^https?:\/\//i.test(url)) return h('span', null, label);
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label);
}
