"use client";

import { ROLES, type Role } from "@monitor/domain";
import type { Ref, SelectHTMLAttributes } from "react";
import { Field } from "~/components/ui/form-field";
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
  return (
    <Field label={label} error={error} id={id} hint={value ? `${ROLE_LABELS[value]}: ${ROLE_ADDS[value].sentence}` : undefined}>
      {(control) => (
        <Select {...control} wrapperClassName="w-full" className="h-9 text-[13.5px]" {...props}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
