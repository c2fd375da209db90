import { COUNTRY_IDS, getAdminUnit, listAdminUnits } from "@monitor/domain";
import { SelectField } from "~/components/ui/select";

const PROVINCES = listAdminUnits({ level: "province" });

/** A province picker grouped by country (ids of the boundary files), for URL filter forms. */
export function ProvinceSelect({
  defaultValue,
  emptyLabel = "All provinces",
  className,
}: {
  defaultValue?: string;
  emptyLabel?: string;
  className?: string;
}) {
  return (
    <SelectField label="Province" name="province" defaultValue={defaultValue ?? ""} wrapperClassName={className ?? "w-48"}>
      <option value="">{emptyLabel}</option>
      {COUNTRY_IDS.map((c) => (
        <optgroup key={c} label={getAdminUnit(c)?.name ?? c}>
          {PROVINCES.filter((p) => p.parent === c)
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.formerFata ? " (until 2018)" : ""}
              </option>
            ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
