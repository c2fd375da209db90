import { hasRole } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { Forbidden } from "~/features/auth/forbidden";
import { ImportWizard } from "~/features/import/import-wizard";
import { getSession } from "~/server/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import a CSV file" };

/** CSV import of incidents and figures (editors and admins): the file is read in the browser and checked on the server before anything is written. */
export default async function ImportPage() {
  const session = await getSession();
  if (!session || !hasRole(session.user.role, "editor")) return <Forbidden needs="editor" has={session?.user.role ?? "viewer"} />;
  return (
    <>
      <PageHeader
        title="Import a CSV file"
        description="Bring incidents or published figures in from a spreadsheet or another database. Every row is checked and shown before anything is written; the import then adds all accepted rows at once, or none."
      />
      <ImportWizard />
    </>
  );
}
