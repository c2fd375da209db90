"use client";

/**
 * One form per record type, for the route pages /admin/records/new/[type] and
 * /admin/records/[type]/[...key]. A form is a component taking `RecordFormProps<type>`; add it here.
 */
import type { RecordType } from "@monitor/domain";
import type { ComponentType } from "react";
import { EventForm } from "./event-form";
import { GroupForm } from "./group-form";
import { IncidentForm } from "./incident-form";
import { RecommendationForm } from "./recommendation-form";
import { RelationshipForm } from "./relationship-form";
import type { RecordFormProps } from "./shared/types";
import { SourceForm } from "./source-form";
import { StatisticForm } from "./statistic-form";

export const RECORD_FORMS: { [T in RecordType]: ComponentType<RecordFormProps<T>> } = {
  incident: IncidentForm,
  statistic: StatisticForm,
  event: EventForm,
  source: SourceForm,
  group: GroupForm,
  relationship: RelationshipForm,
  recommendation: RecommendationForm,
};

/** Renders the form of a record type (the mapped type above keeps each form's props to its own type). */
export function RecordForm<T extends RecordType>({ type, ...props }: RecordFormProps<T> & { type: T }) {
  const Form = RECORD_FORMS[type] as ComponentType<RecordFormProps<T>>;
  return <Form {...(props as RecordFormProps<T>)} />;
}
