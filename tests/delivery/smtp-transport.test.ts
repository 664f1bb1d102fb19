import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { smtpOptionsFromUrl, smtpTransport } from "../../src/delivery/smtp-transport.ts";
import { DeliveryError, transportFromUrl, type Transport } from "../../src/delivery/transport.ts";
import { aMessage } from "./support/builders.ts";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink.ts";

describe("transportFromUrl", () => {
  it("reads outbox:DIR", () => {
    expect(transportFromUrl("outbox:out/mail", {}).name).toBe("outbox:out/mail");
  });

  it("reads credentials from the URL, or else from the environment", () => {
    expect(smtpOptionsFromUrl("smtp://me%40corp:p%2Fss@mail.example.com:2525", { SMTP_USER: "env", SMTP_PASS: "envpass" })).toMatchObject({
      host: "mail.example.com",
      port: 2525,
      secure: false,
      pool: true,
      auth: { user: "me@corp", pass: "p/ss" },
    });
    expect(smtpOptionsFromUrl("smtps://mail.example.com", { SMTP_USER: "env", SMTP_PASS: "envpass" })).toMatchObject({ port: 465, secure: true, auth: { user: "env", pass: "envpass" } });
    expect(smtpOptionsFromUrl("smtp://mail.example.com", {}).auth).toBeUndefined();
  });

  it("reads pool, rate and TLS options from the query", () => {
    expect(smtpOptionsFromUrl("smtp://h:25?pool=false&maxConnections=5&rateLimit=10&requireTLS=true", {})).toMatchObject({ pool: false, maxConnections: 5, rateLimit: 10, requireTLS: true });
  });

  it("never shows the password in its name or its errors", () => {
    expect(transportFromUrl("smtp://me:s3cret@h:25", {}).name).toBe("smtp://me:***@h:25");
    let message = "";
    try {
      transportFromUrl("smtp://me:s3cret@h:25?frobnicate=1", {});
    } catch (err) {
      message = (err as Error).message;
      expect(err).toMatchObject({ code: "CONFIG_INVALID" });
    }
    expect(message).toMatch(/unknown option \?frobnicate/);
    expect(message).not.toContain("s3cret");
  });

  it("rejects what it cannot use, as a config error", () => {
    for (const bad of ["ftp://h", "outbox:", "smtp://h?rateLimit=fast", "smtp://h?pool=yes"]) {
      expect(() => transportFromUrl(bad, {}), bad).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
    }
  });
});

describe("smtp transport against a real SMTP server", () => {
  let sink: SmtpSink | undefined;
  let transport: Transport | undefined;
  afterEach(async () => {
    await transport?.close();
    await sink?.close();
    transport = sink = undefined;
  });

  const open = async (script: Parameters<typeof startSmtpSink>[0] = {}) => {
    sink = await startSmtpSink(script);
    transport = transportFromUrl(`smtp://127.0.0.1:${sink.port}`, {});
    return { sink, transport };
  };

  it("delivers the message with the envelope taken from From and To", async () => {
    const { sink, transport } = await open();
    const msg = aMessage("minji@example.com", { to: "Min-ji Park <minji@example.com>" });
    const { response } = await transport.send(msg);
    expect(response).toMatch(/^250/);
    expect(sink.received).toHaveLength(1);
    const [got] = sink.received;
    expect(got!.from).toBe("briefings@example.com");
    expect(got!.to).toEqual(["minji@example.com"]);
    expect(got!.mail.messageId).toBe(msg.messageId);
    expect(got!.mail.subject).toBe(msg.subject);
    expect(got!.mail.text).toBe(msg.text.toString());
    expect(got!.mail.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  it("reports a 4xx as transient, with its response code", async () => {
    const { transport } = await open({ deferData: { "minji@example.com": 1 } });
    const err = await transport.send(aMessage("minji@example.com")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ code: "SMTP_TRANSIENT", permanent: false, responseCode: 451, hardBounce: false });
  });

  it("reports an unknown mailbox as a permanent hard bounce", async () => {
    const { transport } = await open({ rejectRcpt: { "nobody@example.com": { code: 550, text: "5.1.1 No such user" } } });
    const err = await transport.send(aMessage("nobody@example.com")).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "SMTP_PERMANENT", permanent: true, responseCode: 550, hardBounce: true });
  });

  it("reports a refused message as permanent but not as a bounce of the address", async () => {
    const { transport } = await open({ rejectData: { "minji@example.com": { code: 554, text: "5.7.1 message refused" } } });
    const err = await transport.send(aMessage("minji@example.com")).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "SMTP_PERMANENT", responseCode: 554, hardBounce: false });
  });

  it("reports a server that is not there as transient", async () => {
    const port = await freePort();
    transport = smtpTransport(smtpOptionsFromUrl(`smtp://127.0.0.1:${port}?pool=false`, {}));
    const err = await transport.send(aMessage("minji@example.com")).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "SMTP_TRANSIENT", permanent: false });
    expect((err as Error).message).toMatch(/ECONNECTION|ECONNREFUSED/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
