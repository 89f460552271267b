import { connection } from 'next/server';
import { AssistantRoot } from '@/components/assistant/AssistantRoot';
import { Faq } from '@/components/site/Faq';
import { HelpTopics } from '@/components/site/HelpTopics';
import { Hero } from '@/components/site/Hero';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { privacyFacts } from '@/lib/server/privacy-facts';
import { servesWebSocketDoor } from '@/lib/server/door-announcement';

export default async function HomePage() {
  // Rendered per request so Next can stamp this response's CSP nonce on its scripts (see proxy.ts).
  await connection();
  return (
    <>
      <SiteHeader />
      <main id="contenido">
        <Hero />
        <HelpTopics />
        <Faq />
      </main>
      <SiteFooter />
      <AssistantRoot webSocket={servesWebSocketDoor()} privacy={privacyFacts()} />
    </>
  );
}
