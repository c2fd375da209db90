"use client";

import { COUNTRY_IDS, getAdminUnit, listAdminUnits } from "@monitor/domain";
import { useState } from "react";
import { SelectField } from "~/components/ui/select";

const PROVINCES = listAdminUnits({ level: "province" });
const ALL_DISTRICTS = listAdminUnits({ level: "district" });

/** The districts of a province; for FATA (until 2018), the former tribal agencies, now districts of Khyber Pakhtunkhwa. */
function districtsOf(province: string) {
  if (!province) return ALL_DISTRICTS;
  if (province === "PK-TA") return ALL_DISTRICTS.filter((d) => d.formerFata);
  return ALL_DISTRICTS.filter((d) => d.parent === province);
}

function unitName(id: string): string {
  return getAdminUnit(id)?.name ?? id;
}

/**
 * Province and district pickers for a URL filter form. The district list follows the province chosen in
 * the form (before it is applied), and a district outside the newly chosen province is dropped.
 */
export function PlaceFields({ province: initialProvince, district: initialDistrict }: { province?: string; district?: string }) {
  const [province, setProvince] = useState(initialProvince ?? "");
  const [district, setDistrict] = useState(initialDistrict ?? "");
  const districts = districtsOf(province);
  const parents = [...new Set(districts.map((d) => d.parent ?? ""))].sort((a, b) => unitName(a).localeCompare(unitName(b)));
  const none = districts.length === 0;

  return (
    <>
      <SelectField
        label="Province"
        name="province"
        value={province}
        onChange={(e) => {
          const next = e.target.value;
          setProvince(next);
          if (district && !districtsOf(next).some((d) => d.id === district)) setDistrict("");
        }}
        wrapperClassName="w-48"
      >
        <option value="">All provinces</option>
        {COUNTRY_IDS.map((c) => (
          <optgroup key={c} label={unitName(c)}>
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
      <SelectField
        label="District"
        name="district"
        value={district}
        onChange={(e) => setDistrict(e.target.value)}
        wrapperClassName="w-48"
        disabled={none}
      >
        <option value="">{none ? "No district map for this province" : "All districts"}</option>
        {parents.map((pid) => (
          <optgroup key={pid} label={unitName(pid)}>
            {districts
              .filter((d) => d.parent === pid)
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
    </>
  );
}
