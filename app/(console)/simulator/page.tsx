import type { Metadata } from "next";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { Simulator } from "@/components/simulator/simulator";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { EMULATOR_BASE_PATH, whatsAppConfig } from "@/lib/channel/whatsapp-config";

export const metadata: Metadata = { title: "Customer simulator" };

// Any signed-in role may play a customer: it changes nothing but the emulator's chats.
export default async function SimulatorPage({ searchParams }: { searchParams: Promise<{ customer?: string | string[] }> }) {
  await requirePageUser(undefined, "/simulator");
  const config = whatsAppConfig();
  const { customer } = await searchParams;
  const initialWaId = typeof customer === "string" && /^\d{6,15}$/.test(customer) ? customer : null;

  return (
    <PageContainer>
      <PageHeader
        title="Customer simulator"
        description="Stands in for a customer's phone. You chat as a WhatsApp user, and the product hears you only through the built-in WhatsApp emulator, which delivers signed webhooks exactly as Meta would."
      />
      {config.mode === "emulator" ? (
        <Simulator controlBase={`${EMULATOR_BASE_PATH}/control`} businessNumber={config.displayPhoneNumber} initialWaId={initialWaId} />
      ) : (
        <Alert variant="warning">
          <AlertTitle>The WhatsApp emulator is off</AlertTitle>
          <AlertDescription>
            This server talks to Meta&apos;s Cloud API because WhatsApp credentials are configured, so there is no emulator to simulate customers with.
            Unset WHATSAPP_ACCESS_TOKEN (or set WHATSAPP_EMULATOR=true) to use the simulator.
          </AlertDescription>
        </Alert>
      )}
    </PageContainer>
  );
}
