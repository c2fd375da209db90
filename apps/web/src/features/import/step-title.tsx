import type { ReactNode } from "react";

/** A step's heading: a card title, as an h2 under the page's h1. */
export function StepTitle({ children }: { children: ReactNode }) {
  return <h2 className="text-[13.5px] leading-5 font-semibold tracking-[-0.005em] text-foreground">{children}</h2>;
}
