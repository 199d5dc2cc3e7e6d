/* A text-only element builder for the extension's own pages (options, popup, applications):
   strings only ever become text nodes, so captured text can never turn into markup.
   Content scripts, which cannot import modules, have the same builder in content/namespace.js. */

const SAFE_PROTOCOLS = ["http:", "https:", "mailto:", "chrome-extension:", "moz-extension:"];

export function isSafeUrl(value) {
  try {
    return SAFE_PROTOCOLS.includes(new URL(String(value), location.href).protocol);
  } catch {
    return false;
  }
}

// el("p", {class: "note", "aria-live": "polite", onclick: fn}, "text", otherNode, [more])
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) {
      if (typeof value !== "function") throw new TypeError(`${name} needs a function`);
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if ((name === "href" || name === "src") && !isSafeUrl(value)) {
      continue; // a captured "javascript:" address must never become a link
    } else if (name === "class") {
      node.className = String(value);
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Replaces all of a node's children with the given ones (text or nodes).
export function replaceChildren(node, ...children) {
  node.replaceChildren(
    ...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false)
      .map((child) => (child instanceof Node ? child : document.createTextNode(String(child)))),
  );
  return node;
}
