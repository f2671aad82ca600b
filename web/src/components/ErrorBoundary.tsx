import Button from 'antd/es/button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  readonly failed: boolean;
}

/** A screen that throws while rendering shows a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The browser console is the only log a client has; the stack helps whoever reports it.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <BoundaryFallback /> : this.props.children;
  }
}

function BoundaryFallback() {
  const { t } = useTranslation();

  return (
    <div className="result-page" role="alert" data-testid="error-boundary">
      <h1>{t('errors.boundaryTitle')}</h1>
      <p>{t('errors.boundaryText')}</p>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </Button>
    </div>
  );
}
