type ExternalLinkProps = {
  href: string;
  children: string;
  className?: string;
};

/*
 * Every link to an official site opens in a new tab so the person keeps this page (and the
 * assistant conversation) open; screen reader users are told before they activate it.
 */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  // The last word and the icon share a no-wrap span so the icon never ends up alone on a line.
  const splitAt = children.lastIndexOf(' ') + 1;
  const leading = children.slice(0, splitAt);
  const lastWord = children.slice(splitAt);

  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {leading}
      <span className="whitespace-nowrap">
        {lastWord}
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 20 20"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="ml-1 inline-block size-4 align-[-0.125em]"
        >
          <path d="M11 3h6v6" />
          <path d="M17 3 9 11" />
          <path d="M15 12v4a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1h4" />
        </svg>
      </span>
      <span className="sr-only"> (se abre en una pestaña nueva)</span>
    </a>
  );
}
