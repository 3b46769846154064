/** The quiet zone a QR reader needs around the code, in modules. */
const margin = 4;

/** Each row's dark runs as one path ("M x y h len v1 h -len z"), so the SVG stays small. */
export function qrPath(rows: readonly string[]): string {
  const parts: string[] = [];
  rows.forEach((row, y) => {
    for (const match of row.matchAll(/1+/g)) {
      const length = match[0].length;
      parts.push(`M${match.index + margin} ${y + margin}h${length}v1h-${length}z`);
    }
  });
  return parts.join('');
}

/**
 * A QR code drawn from its rows of modules (dark = '1'): black on white whatever the theme, with
 * an accessible name that says what it holds and where else to read it.
 */
export function QrCode({ size, rows, label }: { size: number; rows: string[]; label: string }) {
  const full = size + margin * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${full} ${full}`}
      shapeRendering="crispEdges"
      data-testid="phone-qr"
      data-size={size}
    >
      <rect width={full} height={full} fill="#ffffff" />
      <path d={qrPath(rows)} fill="#000000" />
    </svg>
  );
}
