import type { ReactNode } from 'react';
import type { FolderRole } from '../../../src-main/contract';

/**
 * Small line drawings for the everyday folders. Inline SVG rather than emoji: emoji need a colour
 * emoji font, and without one they show as empty boxes. Decorative (aria-hidden): the folder's
 * name beside the icon says the same in words.
 */
export type FolderIconKind = FolderRole | 'folder' | 'account';

const shapes: Record<FolderIconKind, ReactNode> = {
  inbox: (
    <>
      <path d="M3 13l2.5-8h13l2.5 8v6H3z" />
      <path d="M3 13h5l1.5 2.5h5L16 13h5" />
    </>
  ),
  sent: (
    <>
      <path d="M21 3L10 14" />
      <path d="M21 3l-7 18-4-7-7-4z" />
    </>
  ),
  drafts: (
    <>
      <path d="M4 20h4L19 9l-4-4L4 16z" />
      <path d="M13 7l4 4" />
    </>
  ),
  trash: (
    <>
      <path d="M4 6h16" />
      <path d="M9 6V4h6v2" />
      <path d="M6 6l1 14h10l1-14" />
      <path d="M10 10v6M14 10v6" />
    </>
  ),
  junk: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M6 6l12 12" />
    </>
  ),
  archive: (
    <>
      <path d="M3 4h18v4H3z" />
      <path d="M5 8v12h14V8" />
      <path d="M10 12h4" />
    </>
  ),
  folder: <path d="M3 6h6l2 2h10v11H3z" />,
  account: (
    <>
      <path d="M3 5h18v14H3z" />
      <path d="M3 6l9 7 9-7" />
    </>
  ),
};

export function FolderIcon({ kind }: { kind: FolderIconKind }) {
  return (
    <svg
      className="folder-icon"
      data-icon={kind}
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {shapes[kind]}
    </svg>
  );
}
