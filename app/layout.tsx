import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AssistantSkipLink } from '@/components/assistant/AssistantSkipLink';

import './globals.css';

export const metadata: Metadata = {
  title: 'Ayuda para tu declaración de renta · Asistente Virtual DIAN',
  description:
    'Guía de demostración para la declaración de renta de personas naturales en Colombia: quién debe declarar, formulario 210, plazos, declaración sugerida, pago con el formulario 490 y un asistente virtual.',
  applicationName: 'Asistente Virtual DIAN',
  // A look-alike of a government site should not compete with the official portal in search results.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  // Lets the page paint under the iPhone notch and home bar; safe-area insets are padded in CSS.
  viewportFit: 'cover',
  // Chrome on Android then shrinks the layout viewport (and `dvh`) for the on-screen keyboard.
  interactiveWidget: 'resizes-content',
  themeColor: '#0b3a75',
  colorScheme: 'light',
};

/** Skip links: hidden until focused, then shown over the page's top-left corner. */
const SKIP_LINK =
  'sr-only focus:not-sr-only focus:fixed focus:top-[max(1rem,env(safe-area-inset-top))] focus:left-[max(1rem,env(safe-area-inset-left))] focus:z-1000 focus:inline-flex focus:min-h-touch focus:items-center focus:rounded-md focus:bg-dian-yellow focus:px-4 focus:font-semibold focus:text-ink focus:shadow-card';

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="es-CO">
      <body className="min-h-dvh bg-surface font-sans text-ink antialiased">
        {/* First: the assistant is what most visitors come for, and its launcher is the page's last Tab stop. */}
        <AssistantSkipLink className={SKIP_LINK} />
        <a href="#contenido" className={SKIP_LINK}>
          Saltar al contenido principal
        </a>
        {children}
      </body>
    </html>
  );
}
