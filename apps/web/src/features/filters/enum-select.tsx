import { SelectField } from "~/components/ui/select";

/** A filter select over a domain enum, with its labels and an "all" option that clears the filter. */
export function EnumSelect<V extends string>({
  label,
  name,
  values,
  labels,
  defaultValue,
  emptyLabel,
  className,
}: {
  label: string;
  name: string;
  values: readonly V[];
  labels: Readonly<Record<V, string>>;
  defaultValue?: string;
  emptyLabel: string;
  className?: string;
}) {
  return (
    <SelectField label={label} name={name} defaultValue={defaultValue ?? ""} wrapperClassName={className}>
      <option value="">{emptyLabel}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {labels[v]}
        </option>
      ))}
    </SelectField>
  );
}
