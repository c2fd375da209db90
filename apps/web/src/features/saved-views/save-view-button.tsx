"use client";

import { SAVED_VIEW_PATHS } from "@monitor/domain";
import { BookmarkPlus, Check } from "lucide-react";
import dynamic from "next/dynamic";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";

// The form (react-hook-form and its resolver) is in every page's shell but used only after a click: it
// loads on its own chunk, fetched when the pointer or focus reaches the button, so it is there by the click.
const loadForm = () => import("./save-view-form");
const SaveViewForm = dynamic(() => loadForm().then((m) => m.SaveViewForm), {
  ssr: false,
  loading: () => <p className="text-sm text-muted-foreground">Loading…</p>,
});

type Path = (typeof SAVED_VIEW_PATHS)[number];
const isSavable = (p: string): p is Path => (SAVED_VIEW_PATHS as readonly string[]).includes(p);

/**
 * "Save view" in the sidebar: names the current dashboard page with its filters (the URL) and keeps it
 * for the signed-in user; the overview lists saved views. Shown only on pages a view can be saved of.
 */
export function SaveViewButton() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  if (!isSavable(pathname)) return null;
  const query = searchParams.toString();
  return (
    <div className="px-3 pb-2">
      <Button
        variant="ghost"
        className="w-full justify-start gap-2"
        onPointerEnter={() => void loadForm()}
        onFocus={() => void loadForm()}
        onClick={() => {
          setSaved(null);
          setOpen(true);
        }}
      >
        {saved ? <Check aria-hidden="true" className="size-4 text-success" /> : <BookmarkPlus aria-hidden="true" className="size-4" />}
        {saved ? "View saved" : "Save view"}
      </Button>
      <p role="status" className="sr-only">
        {saved ? `Saved the view “${saved}”. It is listed on the overview.` : ""}
      </p>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Save this view"
        description="Keeps this page with its current filters under a name, listed on the overview for you alone."
      >
        <SaveViewForm
          path={pathname}
          query={query}
          onCancel={() => setOpen(false)}
          onDone={(name) => {
            setSaved(name);
            setOpen(false);
          }}
        />
      </Dialog>
    </div>
  );
}
