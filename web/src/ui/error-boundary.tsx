import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "This block", "The page". */
  label?: string;
  children: ReactNode;
  /** Changing it clears a caught error (e.g. the block's content changed). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Catches a render error below it so one failing part never blanks the rest. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label ?? 'Component'} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="alert" style={{ margin: 8 }}>
        <strong>{this.props.label ?? 'This part'} could not be displayed.</strong>
        <div className="mono" style={{ marginTop: 4, opacity: 0.85 }}>
          {this.state.error.message}
        </div>
        <button
          className="btn btn-sm"
          style={{ marginTop: 8 }}
          onClick={() => this.setState({ error: null })}
        >
          Try again
        </button>
      </div>
    );
  }
}
