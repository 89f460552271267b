'use client';

import Markdown, { type Components } from 'react-markdown';

/** Only https links survive; anything else (javascript:, data:, http:, relative) renders as plain text. */
export function safeUrl(url: string): string | null {
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        className="font-semibold text-dian-blue-light underline"
      >
        {children}
        <span className="sr-only"> (se abre en una pestaña nueva)</span>
      </a>
    ) : (
      <span>{children}</span>
    ),
  ul: ({ children }) => <ul className="my-2 list-disc pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="my-2 list-decimal pl-5">{children}</ol>,
  p: ({ children }) => <p className="my-2 first:mt-0 last:mb-0">{children}</p>,
  table: ({ children }) => (
    <div className="my-2 overflow-x-auto">
      <table className="text-left text-sm">{children}</table>
    </div>
  ),
  th: ({ children }) => <th className="border-b border-line px-2 py-1 font-semibold">{children}</th>,
  td: ({ children }) => <td className="border-b border-line px-2 py-1">{children}</td>,
};

/** Answers are untrusted text: raw HTML is dropped and images (tracking beacons) are never loaded. */
export function MarkdownMessage({ text }: { text: string }) {
  return (
    <Markdown
      skipHtml
      disallowedElements={['img']}
      unwrapDisallowed
      urlTransform={safeUrl}
      components={components}
    >
      {text}
    </Markdown>
  );
}
