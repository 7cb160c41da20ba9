// An error boundary for a part of the page whose code loads later (a lazy chunk). When that chunk fails to
// load — a flaky network, or hashed file names gone after a redeploy — only this part shows its fallback,
// with a retry; the rest of the page keeps working instead of unmounting with the error.
import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead, given a function that tries again. */
  fallback: (retry: () => void) => ReactNode;
  /** Called before trying again: a lazy component keeps its failed import, so the caller makes a new one. */
  onRetry: () => void;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

export class LoadBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('A part of the page failed to load', error);
  }

  private readonly retry = (): void => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
