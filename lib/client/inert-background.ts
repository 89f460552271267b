/**
 * While the phone sheet covers the whole screen, the page behind it must not take keyboard or screen-reader
 * focus: every top-level sibling branch of `keep` becomes `inert`. Returns the cleanup, which restores only
 * what this call changed.
 */
export function makeBackgroundInert(keep: Element, root: Element): () => void {
  const changed: Element[] = [];
  for (let node: Element | null = keep; node && node !== root; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    for (const sibling of Array.from(parent.children)) {
      if (sibling === node || sibling.hasAttribute('inert') || sibling.tagName === 'SCRIPT') continue;
      sibling.setAttribute('inert', '');
      changed.push(sibling);
    }
  }
  return () => changed.forEach((element) => element.removeAttribute('inert'));
}
