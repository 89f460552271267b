/** A `multipart/form-data` body as recorded: text fields by name, file parts described without their bytes. */
export interface MultipartBody {
  fields: Record<string, string>;
  files: Record<string, { filename: string; contentType: string; size: number }>;
}

/** Parses a `multipart/form-data` body (RFC 7578) as the SDK's FormData sends it; undefined when malformed. */
export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartBody | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  const marker = boundary?.[1] ?? boundary?.[2]?.trim();
  if (!marker) return undefined;
  const delimiter = Buffer.from(`--${marker}`);
  const parsed: MultipartBody = { fields: {}, files: {} };
  let start = body.indexOf(delimiter);
  if (start < 0) return undefined;
  for (;;) {
    start += delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') return parsed;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd);
    if (headerEnd < 0 || next < 0) return undefined;
    const headers = body.subarray(start, headerEnd).toString('utf8');
    const content = body.subarray(headerEnd + 4, next);
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) return undefined;
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (filename === undefined) {
      parsed.fields[name] = content.toString('utf8');
    } else {
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
      parsed.files[name] = { filename, contentType: type, size: content.length };
    }
    start = next + 2;
  }
}
