import QRCode from 'qrcode';

export interface QrRows {
  size: number;
  /** One string per row, '1' for a dark module: the renderer draws them, no markup crosses. */
  rows: string[];
}

/** The QR code's module matrix for `text` (error correction M: still reads from a screen photo). */
export function qrRows(text: string): QrRows {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let line = '';
    for (let col = 0; col < modules.size; col += 1) line += modules.get(row, col) ? '1' : '0';
    rows.push(line);
  }
  return { size: modules.size, rows };
}
