/* Keeps queued page snapshots small: the HTML is gzipped (base64 text) while it waits in the
   outbox, whose browser storage is limited to about 10 MB, and unpacked just before sending.
   Pages compress several times over, so many more captures fit while the companion is down. */

const CHUNK = 0x8000; // String.fromCharCode takes this many arguments safely

async function gzipBase64(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

async function gunzipBase64(packed) {
  const bytes = Uint8Array.from(atob(packed), (char) => char.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}

// A capture body as it waits in the outbox.
export async function packBody(body) {
  if (typeof body.html !== "string") return body;
  const { html, ...rest } = body;
  return { ...rest, htmlGzip: await gzipBase64(html) };
}

// The body to send to the companion, exactly as it was captured.
export async function unpackBody(packed) {
  if (typeof packed.htmlGzip !== "string") return packed;
  const { htmlGzip, ...rest } = packed;
  return { ...rest, html: await gunzipBase64(htmlGzip) };
}
