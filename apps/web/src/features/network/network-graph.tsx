"use client";

import type { Core, ElementDefinition } from "cytoscape";
import { Maximize, Minus, Plus } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Skeleton } from "~/components/ui/skeleton";
import { cn } from "~/lib/utils";
import { buildStylesheet, LAYOUT_SELECTOR, labelStyle, NETWORK_LAYOUT } from "./graph-elements";
import type { ThemeName } from "./network-style";

export interface NetworkGraphProps {
  /** Every group and tie, whenever they held: laid out once, so groups keep their place across years. */
  elements: ElementDefinition[];
  /** Tie ids to draw now, with whether all their shown records lack a start date. */
  visibleTies: ReadonlyMap<string, { undated: boolean }>;
  visibleNodes: ReadonlySet<string>;
  /** The highlighted group: it and its neighbours stay bright, the rest fades. */
  focus: string | null;
  focusNeighbourhood: ReadonlySet<string> | null;
  /** The tie whose details are open. */
  picked: string | null;
  theme: ThemeName;
  onPickTie: (id: string | null) => void;
  onOpenGroup: (slug: string) => void;
  /** What the drawing shows, read out in place of the canvas. */
  label: string;
  className?: string;
}

const FIT_PADDING = 30;
const MAX_FIT_ZOOM = 1.6;

function scaleLabels(cy: Core) {
  cy.style().selector("node").style(labelStyle(cy.zoom())).update();
}

/** Frames what is shown, without blowing a handful of groups up to poster size. */
function fitShown(cy: Core) {
  const shown = cy.elements().not(".hidden");
  if (!shown.length) return;
  cy.fit(shown, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(shown);
  }
}

/**
 * The relationship network drawn with cytoscape on a canvas. The library is loaded only on this page
 * (dynamic import), the layout runs once per data set from fixed positions so it is the same on every
 * load, and a date only hides and shows elements. Click a line for its records and citations, a circle
 * for the group's profile. The canvas is not keyboard-reachable: the table under it lists the same ties.
 */
export function NetworkGraph(props: NetworkGraphProps) {
  const { elements, visibleTies, visibleNodes, focus, focusNeighbourhood, picked, theme, label, className } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "error">("loading");
  // The latest callbacks, so the cytoscape handlers bound once always call the current ones.
  const handlers = useRef({ onPickTie: props.onPickTie, onOpenGroup: props.onOpenGroup });
  handlers.current = { onPickTie: props.onPickTie, onOpenGroup: props.onOpenGroup };
  const themeRef = useRef(theme);
  themeRef.current = theme;

  useEffect(() => {
    let cancelled = false;
    let cy: Core | null = null;
    setStatus("loading");
    import("cytoscape")
      .then(({ default: cytoscape }) => {
        const el = container.current;
        if (cancelled || !el) return;
        cy = cytoscape({
          container: el,
          elements,
          style: buildStylesheet(themeRef.current),
          layout: { name: "preset" },
          // The wheel scrolls the page; zoom with the buttons (or pinch on a touch screen).
          userZoomingEnabled: false,
          boxSelectionEnabled: false,
          selectionType: "single",
          autounselectify: true,
          minZoom: 0.15,
          maxZoom: 4,
        });
        cy.elements(LAYOUT_SELECTOR).layout(NETWORK_LAYOUT).run();
        const current = cy;
        current.on("zoom", () => scaleLabels(current));
        cy.on("tap", "edge", (e) => handlers.current.onPickTie(e.target.id()));
        cy.on("tap", "node", (e) => handlers.current.onOpenGroup(e.target.id()));
        cy.on("tap", (e) => {
          if (e.target === cy) handlers.current.onPickTie(null);
        });
        cy.on("mouseover", "node, edge", () => {
          el.style.cursor = "pointer";
        });
        cy.on("mouseout", "node, edge", () => {
          el.style.cursor = "";
        });
        cyRef.current = cy;
        setStatus("ready");
      })
      .catch(() => {
        if (!cancelled) setStatus("error");
      });
    return () => {
      cancelled = true;
      cy?.destroy();
      cyRef.current = null;
    };
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (status !== "ready" || !cy) return;
    cy.style(buildStylesheet(theme));
    scaleLabels(cy);
  }, [theme, status]);

  // The date and the undated switch: hide what did not hold, then frame what is left.
  useEffect(() => {
    const cy = cyRef.current;
    if (status !== "ready" || !cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass("hidden", !visibleNodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        const v = visibleTies.get(e.id());
        e.toggleClass("hidden", !v);
        e.toggleClass("undated", Boolean(v?.undated));
      });
    });
    fitShown(cy);
  }, [visibleTies, visibleNodes, status]);

  useEffect(() => {
    const cy = cyRef.current;
    if (status !== "ready" || !cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass("focus", n.id() === focus);
        n.toggleClass("faded", Boolean(focusNeighbourhood && !focusNeighbourhood.has(n.id())));
      });
      cy.edges().forEach((e) => {
        const inHood = !focus || e.data("source") === focus || e.data("target") === focus;
        e.toggleClass("faded", !inHood);
        e.toggleClass("picked", e.id() === picked);
      });
      const [pickedFrom, pickedTo] = picked?.split("|") ?? [];
      cy.nodes().forEach((n) => {
        n.toggleClass("picked", n.id() === pickedFrom || n.id() === pickedTo);
      });
    });
  }, [focus, focusNeighbourhood, picked, status, visibleTies]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const fit = () => {
    if (cyRef.current) fitShown(cyRef.current);
  };

  return (
    <div className={cn("relative", className)}>
      <div
        ref={container}
        role="img"
        aria-label={label}
        data-testid="network-canvas"
        data-state={status}
        className="h-full w-full touch-none"
      />
      {status === "loading" ? <Skeleton className="absolute inset-4" aria-hidden="true" /> : null}
      {status === "error" ? (
        <p role="alert" className="absolute inset-x-4 top-4 text-[13px] text-danger">
          The graph could not be drawn in this browser. The table below lists the same ties.
        </p>
      ) : null}
      <div className="absolute top-2 right-2 flex flex-col gap-1" data-print="hide">
        <Button size="icon-sm" aria-label="Zoom in" title="Zoom in" onClick={() => zoomBy(1.3)} disabled={status !== "ready"}>
          <Plus aria-hidden="true" />
        </Button>
        <Button size="icon-sm" aria-label="Zoom out" title="Zoom out" onClick={() => zoomBy(1 / 1.3)} disabled={status !== "ready"}>
          <Minus aria-hidden="true" />
        </Button>
        <Button size="icon-sm" aria-label="Fit the graph" title="Fit the graph" onClick={fit} disabled={status !== "ready"}>
          <Maximize aria-hidden="true" />
        </Button>
      </div>
    </div>
  );
}
