/* The one object the content scripts share, and a text-only element builder for them.
   Content scripts cannot be ES modules in Chrome, so each file adds to this namespace in the
   extension's isolated world; extension pages use the module twin, extension/shared/dom.js. */
globalThis.InterviewFollowUp = globalThis.InterviewFollowUp || {};

(function (ns) {
  "use strict";

  const SAFE_PROTOCOLS = ["http:", "https:", "mailto:"];

  function isSafeUrl(value) {
    try {
      return SAFE_PROTOCOLS.includes(new URL(String(value), location.href).protocol);
    } catch {
      return false;
    }
  }

  // Builds an element whose text only ever goes in through text nodes, never as markup.
  // attrs: "class", "for", aria-*/data-*/plain attributes (string values), and on<event>
  // keys whose value must be a function.
  ns.el = function el(tag, attrs, ...children) {
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
  };
})(globalThis.InterviewFollowUp);
