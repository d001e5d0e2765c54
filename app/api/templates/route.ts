import { z } from "zod";
import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { channelRuntime } from "@/lib/channel/channel-runtime";
import { listTemplateOptions } from "@/lib/channel/list-template-options";
import { whatsAppConfig } from "@/lib/channel/whatsapp-config";

export const dynamic = "force-dynamic";

// Template languages are Meta's codes: "en", "pt_BR", "zh_HK".
const querySchema = z.object({ language: z.string().trim().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, "Not a template language code.").optional() });

export const GET = withAuth(async (request) => {
  const { language } = parseQuery(request, querySchema);
  return Response.json({ templates: await listTemplateOptions(channelRuntime().client, whatsAppConfig().wabaId, { language }) });
});
