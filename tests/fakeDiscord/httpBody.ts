/** Reading request bodies the way Discord accepts them: JSON, or multipart with `payload_json` and files. */
import type { IncomingMessage } from 'node:http';

export interface ParsedBody {
  /** The JSON payload (for multipart, the `payload_json` part), or undefined when there is none. */
  json: unknown;
  /** Names of uploaded files in a multipart body. */
  files: string[];
  raw: string;
}

export async function readBody(request: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = request.headers['content-type'] ?? '';
  if (raw === '') return { json: undefined, files: [], raw };
  if (type.startsWith('multipart/form-data')) return parseMultipart(raw, type);
  return { json: JSON.parse(raw), files: [], raw };
}

function parseMultipart(raw: string, type: string): ParsedBody {
  const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
  if (!boundary) throw new Error('multipart body without a boundary');
  let json: unknown;
  const files: string[] = [];
  for (const part of raw.split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const content = part.slice(headerEnd + 4).replace(/\r\n$/, '');
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (filename !== undefined) files.push(filename);
    else if (name === 'payload_json') json = JSON.parse(content);
  }
  return { json, files, raw };
}
