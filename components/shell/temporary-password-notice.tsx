import Link from "next/link";
import { KeyRoundIcon } from "lucide-react";

import { Alert, AlertDescription } from "@/components/ui/alert";

/** Shown on every console page while someone still signs in with a temporary password from an admin. */
export function TemporaryPasswordNotice() {
  return (
    <div className="border-b px-3 py-2 sm:px-4">
      <Alert variant="warning" data-testid="temporary-password-notice">
        <KeyRoundIcon aria-hidden="true" />
        <AlertDescription className="flex flex-wrap items-center gap-x-2">
          <span>You are signed in with a temporary password from an admin. Choose your own so only you know it.</span>
          <Link href="/account" className="font-medium underline underline-offset-4">
            Change your password
          </Link>
        </AlertDescription>
      </Alert>
    </div>
  );
}
