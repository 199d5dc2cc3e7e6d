/* Checks a page snapshot sent by a content script before it is captured: only the top frame
   of a page may send one, only about its own address, and only the snapshot's known fields
   go on to the companion. */

const isStringOrAbsent = (value) => value === undefined || typeof value === "string";

function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "null";
  }
}

/* Returns {snapshot: {url, title, html_gzip, json_ld, selection}} for a snapshot a page may send,
   or {error} saying what is wrong. sender is the chrome.runtime.MessageSender. */
export function snapshotFromPage(snapshot, sender) {
  if (!snapshot || typeof snapshot.url !== "string" || typeof snapshot.html_gzip !== "string" || !Array.isArray(snapshot.json_ld)
    || !isStringOrAbsent(snapshot.title) || !isStringOrAbsent(snapshot.selection)) {
    return { error: "The page snapshot is incomplete." };
  }
  if (sender.frameId !== 0) return { error: "Only the page itself, not a frame inside it, can be tracked." };
  const senderOrigin = sender.origin || originOf(sender.url);
  if (senderOrigin === "null" || originOf(snapshot.url) !== senderOrigin) {
    return { error: "A page can only send a snapshot of itself." };
  }
  const { url, title = "", html_gzip, json_ld, selection = "" } = snapshot;
  return { snapshot: { url, title, html_gzip, json_ld, selection } };
}
