import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { DigestError } from "../domain/errors.ts";

export interface Reply {
  status: number;
  type: "html" | "text" | "json";
  body: string;
  headers?: Record<string, string>;
}

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

export type Handler = (req: Request) => Promise<Reply> | Reply;

const TYPES = { html: "text/html; charset=utf-8", text: "text/plain; charset=utf-8", json: "application/json" } as const;
const MAX_BODY = 64 * 1024;

/** A small node:http server; routes are pure request → reply functions. */
// What went wrong inside is the operator's to read, in the log; a reader's browser gets a plain apology.
export async function listen(handler: Handler, host: string, port: number, onError: (e: unknown) => void = (e) => console.error(`request failed: ${(e as Error).stack ?? String(e)}`)): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => void serve(handler, req, res, onError));
  await new Promise<void>((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) => {
      const why = err.code === "EADDRINUSE" ? "the port is in use (is another digest running?)" : err.code === "EACCES" ? "permission denied" : err.message;
      reject(new DigestError("USAGE", `cannot listen on ${host}:${port}: ${why}. Choose another port (server.port in digest.yaml, or --preview-port).`, { cause: err }));
    });
    server.listen(port, host, () => resolve());
  });
  const addr = server.address();
  const actual = typeof addr === "object" && addr ? addr.port : port;
  return {
    server,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${actual}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function serve(handler: Handler, req: IncomingMessage, res: ServerResponse, onError: (e: unknown) => void): Promise<void> {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = await readBody(req);
    const reply = await handler({ method: req.method ?? "GET", path: url.pathname, query: url.searchParams, body });
    res.writeHead(reply.status, {
      "content-type": TYPES[reply.type],
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      ...reply.headers,
    });
    res.end(reply.body);
  } catch (err) {
    // "/preview/%E0%A4%A": an address that does not decode is the request's fault.
    if (err instanceof URIError) {
      res.writeHead(400, { "content-type": TYPES.text });
      res.end("bad request: the address does not decode");
      return;
    }
    onError(err);
    res.writeHead(500, { "content-type": TYPES.text });
    res.end("Something went wrong on our side. Please try again later.");
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function page(title: string, inner: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}button{font:inherit;padding:.5rem 1rem}a{color:#0b5cad}</style></head><body>${inner}</body></html>`;
}
