import Link from "next/link";
import { EmptyState } from "~/components/ui/empty-state";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-16">
      <EmptyState
        title="Not found"
        description="This record does not exist, or the link is wrong. It may have been renamed or removed."
        action={
          <Link className="text-sm font-medium text-accent underline-offset-4 hover:underline" href="/">
            Back to the overview
          </Link>
        }
      />
    </div>
  );
}
