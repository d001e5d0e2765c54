"use client";

import { useQuery } from "@tanstack/react-query";
import { Separator } from "@/components/ui/separator";
import type { ApiTokenView, PeopleDirectory } from "@/lib/people/people-types";
import { ApiTokensSection } from "./api-tokens-section";
import { peopleApi, peopleKeys } from "./people-api";
import { TeamsSection } from "./teams-section";
import { UsersSection } from "./users-section";

/** The people admin page: people, teams and API tokens, live from the admin people API. */
export function PeopleAdmin({ initialDirectory, initialTokens, currentUserId }: { initialDirectory: PeopleDirectory; initialTokens: ApiTokenView[]; currentUserId: string }) {
  const directory = useQuery({ queryKey: peopleKeys.directory, queryFn: peopleApi.directory, initialData: initialDirectory });
  return (
    <div className="flex flex-col gap-8">
      {directory.isError ? (
        <p role="alert" className="text-sm text-destructive">
          Could not refresh the list: {directory.error.message}
        </p>
      ) : null}
      <UsersSection directory={directory.data} currentUserId={currentUserId} />
      <Separator />
      <TeamsSection directory={directory.data} />
      <Separator />
      <ApiTokensSection initialTokens={initialTokens} />
    </div>
  );
}
