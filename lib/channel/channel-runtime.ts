import { env } from "@/lib/env";
import { createGraphApiClient, type GraphApiClient } from "./graph-api-client";
import { createMediaStorage, type MediaStorage } from "./media/media-storage";
import { DEFAULT_PAIR_LIMIT, SendRateLimiter } from "./outbound/rate-limiter";
import { whatsAppConfig } from "./whatsapp-config";

type ChannelRuntime = { client: GraphApiClient; storage: MediaStorage; limiter: SendRateLimiter };

const holder = globalThis as typeof globalThis & { __channelRuntime?: ChannelRuntime };

// The channel's long-lived collaborators, created once per process from the configuration.
export function channelRuntime(): ChannelRuntime {
  holder.__channelRuntime ??= {
    client: createGraphApiClient(whatsAppConfig()),
    storage: createMediaStorage(env()),
    limiter: new SendRateLimiter({ perNumberPerSecond: env().WHATSAPP_SEND_RATE_PER_SECOND, ...DEFAULT_PAIR_LIMIT }),
  };
  return holder.__channelRuntime;
}
