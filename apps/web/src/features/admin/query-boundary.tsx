"use client";

import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Component, type ReactNode, Suspense } from "react";
import { ErrorState } from "~/components/ui/error-state";
import { readServerError } from "~/lib/form-errors";

interface CatchProps {
  onReset: () => void;
  fallback: (error: unknown, retry: () => void) => ReactNode;
  children: ReactNode;
}

/** React catches render errors only in a class component. */
class Catch extends Component<CatchProps, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null, failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}

export interface QueryBoundaryProps {
  /** Shown while the queries inside suspend. */
  loading: ReactNode;
  /** "The user list could not be loaded". */
  errorTitle: string;
  /** Appended to the server's message: what else the user can do. */
  errorHint: string;
  children: ReactNode;
}

/**
 * Loading and error states for `useSuspenseQuery` children: a skeleton while they load, and on failure the
 * server's message with a Try again button that refetches.
 */
export function QueryBoundary({ loading, errorTitle, errorHint, children }: QueryBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Catch
          onReset={reset}
          fallback={(error, retry) => (
            <ErrorState title={errorTitle} message={`${readServerError(error).message} ${errorHint}`} onRetry={retry} />
          )}
        >
          <Suspense fallback={loading}>{children}</Suspense>
        </Catch>
      )}
    </QueryErrorResetBoundary>
  );
}
