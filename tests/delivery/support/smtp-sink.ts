// A real SMTP server on 127.0.0.1 at a random port, scripted per recipient: accept, defer (4xx) a few times, or refuse (5xx).
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
  mail: ParsedMail;
}

export interface Script {
  /** Refuse at RCPT TO with this code and text ("550 5.1.1 no such user"). */
  rejectRcpt?: Record<string, { code: number; text: string }>;
  /** Answer DATA with 451 this many times for the recipient, then accept. */
  deferData?: Record<string, number>;
  /** Answer DATA with this permanent error. */
  rejectData?: Record<string, { code: number; text: string }>;
  /** Wait this long before accepting each message: a slow server, so a batch is still sending when a test acts. */
  acceptAfterMs?: number;
}

export interface SmtpSink {
  port: number;
  received: Received[];
  /** DATA commands seen per recipient, accepted or not. */
  dataTries: Map<string, number>;
  close(): Promise<void>;
}

function smtpError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

export async function startSmtpSink(script: Script = {}): Promise<SmtpSink> {
  const received: Received[] = [];
  const dataTries = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, cb) {
      const reject = script.rejectRcpt?.[address.address];
      cb(reject ? smtpError(reject.code, reject.text) : undefined);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const who = to[0] ?? "";
        const tries = (dataTries.get(who) ?? 0) + 1;
        dataTries.set(who, tries);
        const rejectData = script.rejectData?.[who];
        if (rejectData) return cb(smtpError(rejectData.code, rejectData.text));
        if (tries <= (script.deferData?.[who] ?? 0)) return cb(smtpError(451, "4.3.0 try again later"));
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then(async (mail) => {
            if (script.acceptAfterMs) await new Promise((r) => setTimeout(r, script.acceptAfterMs));
            received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to, raw, mail });
            cb();
          })
          .catch(cb);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, dataTries, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
