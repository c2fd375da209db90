import { SearchX } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "~/components/ui/empty-state";

export default function IncidentNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-16">
      <EmptyState
        icon={SearchX}
        title="No such incident"
        description="No incident in the log has this key. The link may be mistyped, or the incident was renamed or removed when the data was re-imported."
        action={
          <Link className="text-[13px] font-medium text-accent-text hover:underline" href="/incidents">
            Search the incident list
          </Link>
        }
      />
    </div>
  );
}
