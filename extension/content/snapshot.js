/* Takes the snapshot of the page the user asked to track: address, title, HTML (without drawings
   and styles, capped, gzipped), the page's JSON-LD blocks and the selected text. Injected both as
   a content script on the supported sites and on demand (activeTab) on any other page, so it only
   defines things. */
(function (ns) {
  "use strict";

  ns.HTML_CAP_BYTES = 5 * 1024 * 1024;

  // Cuts text to at most maxBytes of UTF-8 without splitting a character.
  ns.capUtf8 = function capUtf8(text, maxBytes) {
    if (text.length * 3 <= maxBytes) return text; // even all-3-byte text fits
    const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
    return text.slice(0, read);
  };

  // Parsed JSON-LD values; a block that is not valid JSON is kept as its raw text so the
  // companion can still try to read it.
  ns.readJsonLd = function readJsonLd(doc) {
    const blocks = doc.querySelectorAll('script[type*="ld+json" i]');
    return Array.from(blocks, (block) => {
      const text = block.textContent || "";
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    });
  };

  const CHUNK = 0x8000; // String.fromCharCode takes this many arguments safely

  // Text gzipped, as base64. A page packs to a fifth or less of its size, and it is packed once,
  // here: the worker keeps it in its outbox and sends it as it is, and the companion unpacks it.
  // The stream is written and read by hand: Firefox refuses a content script's stream to
  // Response and Blob, which belong to the page.
  ns.gzipBase64 = async function gzipBase64(text) {
    const gzip = new CompressionStream("gzip");
    const writer = gzip.writable.getWriter();
    writer.write(new TextEncoder().encode(text));
    writer.close();
    const reader = gzip.readable.getReader();
    let binary = "";
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      for (let i = 0; i < read.value.length; i += CHUNK) binary += String.fromCharCode(...read.value.subarray(i, i + CHUNK));
    }
    return btoa(binary);
  };

  // Drawings (SVG) and style sheets: a third of a LinkedIn page, and never read. Each keeps its
  // opening tag (an icon's aria-label stays). A match may not cross a script's edge, so "<svg" in
  // a script's text (with its end written "<\/svg>", as JSON encoders do) cannot swallow the page
  // after it; nested drawings lose their innermost parts only.
  const DRAWINGS_AND_STYLES = /(<(svg|style)\b[^>]*>)(?:(?!<\/?(?:svg|style|script)\b)[\s\S])*<\/\2>/gi;
  ns.trimmed = (html) => html.replace(DRAWINGS_AND_STYLES, "$1</$2>");

  // {url, title, html_gzip, json_ld, selection}: the page as it is now.
  ns.takeSnapshot = async function takeSnapshot() {
    const selection = window.getSelection ? String(window.getSelection() || "") : "";
    const html = ns.capUtf8(ns.trimmed(document.documentElement.outerHTML), ns.HTML_CAP_BYTES);
    return {
      url: location.href,
      title: document.title || "",
      html_gzip: await ns.gzipBase64(html),
      json_ld: ns.readJsonLd(document),
      selection,
    };
  };
})(globalThis.InterviewFollowUp);
