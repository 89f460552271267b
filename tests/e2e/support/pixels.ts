import type { BrowserContext } from '@playwright/test';

export type Rgb = readonly [number, number, number];

export interface Pixels {
  readonly width: number;
  readonly height: number;
  at(x: number, y: number): Rgb;
}

/** Decodes a PNG screenshot in a blank page of the same browser: no image library, no page CSP in the way. */
export async function decodePng(context: BrowserContext, png: Buffer): Promise<Pixels> {
  const blank = await context.newPage();
  try {
    const { width, height, data } = await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context2d = canvas.getContext('2d') as CanvasRenderingContext2D;
      context2d.drawImage(image, 0, 0);
      const pixels = context2d.getImageData(0, 0, canvas.width, canvas.height);
      return { width: canvas.width, height: canvas.height, data: Array.from(pixels.data) };
    }, png.toString('base64'));
    return {
      width,
      height,
      at: (x, y) => {
        const offset = (y * width + x) * 4;
        return [data[offset] ?? 0, data[offset + 1] ?? 0, data[offset + 2] ?? 0];
      },
    };
  } finally {
    await blank.close();
  }
}

/** WCAG 2.1 relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** WCAG 2.1 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
