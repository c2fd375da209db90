"use client";

import { ROLES, type Role } from "@monitor/domain";
import { type Ref, type SelectHTMLAttributes, useId } from "react";
import { Select } from "~/components/ui/select";
import { ROLE_ADDS } from "~/features/account/role-capabilities";
import { ROLE_LABELS } from "~/features/auth/user-menu";

export interface RoleFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label?: string;
  /** The role currently picked, to explain what it allows under the field. */
  value?: Role;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled role select that says what the picked role can do. Works with react-hook-form's `register`. */
export function RoleField({ label = "Role", value, error, id, ...props }: RoleFieldProps) {
  const generated = useId();
  const selectId = id ?? generated;
  const hintId = `${selectId}-hint`;
  const errorId = `${selectId}-error`;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={selectId} className="text-[12.5px] font-medium text-foreground">
        {label}
      </label>
      <Select
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[value ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined}
        wrapperClassName="w-full"
        className="h-9 text-[13.5px]"
        {...props}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </Select>
      {value ? (
        <p id={hintId} className="text-[12px] text-muted-foreground">
          {ROLE_LABELS[value]}: {ROLE_ADDS[value].sentence}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-[12px] font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
