"use client";

import { type ReactNode, useRef } from "react";
import type { ChartExportData } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";

/**
 * A server-drawn figure with an Export menu: the menu needs a ref to the drawing, which a server
 * component cannot hold, so this frame holds it around the server's children.
 */
export function FigureExportFrame({
  data,
  header,
  children,
  className,
}: {
  data: ChartExportData;
  /** What sits left of the menu (the figure's title and links). */
  header: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div className={className}>
      <div className="flex items-start justify-between gap-2">
        {header}
        <ExportMenu target={ref} data={data} />
      </div>
      <div ref={ref}>{children}</div>
    </div>
  );
}
