import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { charsetOf, decodeBytes } from "../../src/sources/decode.ts";

describe("decodeBytes", () => {
  it("honours a BOM", () => {
    expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from("héllo")]))).toEqual({ text: "héllo", encoding: "utf-8" });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("<rss>é</rss>", "utf-16le")])).text).toBe("<rss>é</rss>");
  });

  it("prefers the HTTP charset, then the XML declaration", () => {
    const xml = '<?xml version="1.0" encoding="gb2312"?><rss>新闻</rss>';
    expect(decodeBytes(iconv.encode(xml, "gb2312")).text).toBe(xml);
    const latin = iconv.encode("<rss>Tóquio</rss>", "latin1");
    expect(decodeBytes(latin, "application/rss+xml; charset=ISO-8859-1").text).toBe("<rss>Tóquio</rss>");
  });

  it("falls back to windows-1252 when UTF-8 does not decode, whatever was declared", () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="utf-8"?><rss>“São”</rss>', "windows-1252");
    expect(decodeBytes(bytes)).toEqual({ text: '<?xml version="1.0" encoding="utf-8"?><rss>“São”</rss>', encoding: "windows-1252" });
  });

  it("ignores an unknown declared encoding", () => {
    expect(decodeBytes(Buffer.from('<?xml version="1.0" encoding="x-made-up"?><a>é</a>')).text).toContain("é");
  });

  it("reads the charset parameter of a Content-Type", () => {
    expect(charsetOf('text/xml; charset="windows-1251"')).toBe("windows-1251");
    expect(charsetOf("text/xml")).toBeUndefined();
  });
});
