import Link from "next/link";
import { cn } from "~/lib/utils";

/** The product name with a small chart-like mark. */
export function Wordmark({ className }: { className?: string }) {
  return (
    <Link
      href="/"
      className={cn("flex items-center gap-2 rounded-md text-[13.5px] font-semibold tracking-[-0.01em] text-foreground", className)}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0">
        <rect x="0.5" y="0.5" width="19" height="19" rx="4.5" className="fill-accent" />
        <rect x="4.5" y="10" width="2.5" height="5.5" rx="0.6" className="fill-accent-foreground" opacity="0.7" />
        <rect x="8.75" y="6.5" width="2.5" height="9" rx="0.6" className="fill-accent-foreground" />
        <rect x="13" y="8.5" width="2.5" height="7" rx="0.6" className="fill-accent-foreground" opacity="0.85" />
      </svg>
      <span>Militancy Monitor</span>
    </Link>
  );
}
