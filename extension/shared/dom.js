/* A text-only element builder for the extension's own pages (options, popup, applications):
   strings only ever become text nodes, so captured text can never turn into markup.
   Content scripts, which cannot import modules, have the same builder in content/namespace.js. */

const WEB_PROTOCOLS = ["http:", "https:"];
const EXTENSION_PROTOCOLS = ["chrome-extension:", "moz-extension:"];
// A plain mailbox, as the companion checks it (companion/domain/addresses.py): no "?", "&" or "%".
const MAILBOX = /^[A-Za-z0-9_+'-]+(\.[A-Za-z0-9_+'-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
// What a mailto: link may fill in besides its one recipient: never cc, bcc or more recipients.
const MAILTO_FIELDS = ["subject", "body", "in-reply-to"];

// A link may go to the web, to one email address, or to this extension's own pages (never another's).
export function isSafeUrl(value) {
  try {
    const url = new URL(String(value), location.href);
    if (EXTENSION_PROTOCOLS.includes(url.protocol)) return url.protocol === location.protocol && url.host === location.host;
    if (url.protocol === "mailto:") return isSafeMailto(url);
    return WEB_PROTOCOLS.includes(url.protocol);
  } catch {
    return false;
  }
}

// A captured "address" such as hank@evil.example?bcc=spy@x.example must not add hidden recipients.
function isSafeMailto(url) {
  const to = decodeURIComponent(url.pathname);
  const fields = [...url.searchParams.keys()].map((name) => name.toLowerCase());
  return (to === "" || MAILBOX.test(to)) && fields.every((name) => MAILTO_FIELDS.includes(name));
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
