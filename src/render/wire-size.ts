// How big the HTML part is on the wire, which is what a mail client that clips long messages sees: a
// quoted-printable byte outside printable ASCII costs three, a base64 part four for every three. The
// smaller of the two is the encoding the part is sent in. Pure.

export type TransferEncoding = "quoted-printable" | "base64";

const QP_LINE = 76;
const B64_LINE = 76;

/** The part's size in each encoding, and the smaller one. */
export function wireSize(content: string): { encoding: TransferEncoding; bytes: number } {
  const raw = Buffer.from(content, "utf8");
  let qp = 0;
  let column = 0;
  for (const byte of raw) {
    if (byte === 0x0a) {
      qp += 2; // CRLF
      column = 0;
      continue;
    }
    if (byte === 0x0d) continue;
    const width = (byte >= 0x21 && byte <= 0x7e && byte !== 0x3d) || byte === 0x20 || byte === 0x09 ? 1 : 3;
    // A soft break ("=" CRLF) before a line would pass 76 characters.
    if (column + width > QP_LINE - 1) {
      qp += 3;
      column = 0;
    }
    qp += width;
    column += width;
  }
  const b64chars = Math.ceil(raw.length / 3) * 4;
  const b64 = b64chars + Math.ceil(b64chars / B64_LINE) * 2;
  return qp <= b64 ? { encoding: "quoted-printable", bytes: qp } : { encoding: "base64", bytes: b64 };
}
