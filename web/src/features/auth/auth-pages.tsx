import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link } from '../../router/router';
import { ThemeToggle } from '../home/theme-toggle';
import { BrandMark } from '../../ui/brand-mark';
import { errorInfo } from '../../ui/errors';
import { session } from '../../urql/session';
import { CompleteSignUpDocument, LogInDocument, RequestSignUpDocument } from './operations';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordIssue } from '@tessera/auth/password-policy';

function Field({
  label,
  name,
  type = 'text',
  error,
  autoComplete,
  minLength,
  maxLength,
  hint,
  defaultValue,
}: {
  label: string;
  name: string;
  type?: string;
  error?: string | null;
  autoComplete?: string;
  minLength?: number;
  maxLength?: number;
  hint?: string;
  defaultValue?: string;
}) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const described = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <label>
      {label}
      <input
        name={name}
        type={type}
        required
        autoComplete={autoComplete}
        minLength={minLength}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {hint && !error ? (
        <span id={hintId} className="faint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field-error">
          {error}
        </span>
      ) : null}
    </label>
  );
}

function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="auth">
      <div style={{ position: 'fixed', top: 12, right: 12 }}>
        <ThemeToggle />
      </div>
      <div className="card">
        <div className="brand" style={{ fontSize: 18 }}>
          <BrandMark size={24} /> Tessera
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function LoginPage() {
  const [result, logIn] = useMutation(LogInDocument);
  const error = errorInfo(result.error);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const res = await logIn({
      input: { email: String(form.get('email')), password: String(form.get('password')) },
    });
    if (res.data) session.accept(res.data.logIn);
  };
  return (
    <AuthCard title="Log in">
      <form className="form" onSubmit={onSubmit} aria-label="Log in">
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          error={error?.field === 'email' ? error.message : null}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          error={error?.field === 'password' ? error.message : null}
        />
        {error && !error.field ? (
          <div role="alert" className="alert">
            {error.code === 'UNAUTHENTICATED' ? 'Wrong email or password.' : error.message}
          </div>
        ) : null}
        <button className="btn btn-primary" type="submit" disabled={result.fetching}>
          {result.fetching ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p className="muted">
        New to Tessera? <Link href={`/signup${location.search}`}>Create an account</Link>
      </p>
    </AuthCard>
  );
}

export function SignupPage() {
  const [result, requestSignUp] = useMutation(RequestSignUpDocument);
  const [clientError, setClientError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const error = errorInfo(result.error);
  const fieldError = (name: string) =>
    error?.field === name || error?.field === `input.${name}` ? error.message : null;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password'));
    const issue = passwordIssue(password);
    if (issue) return setClientError(`${issue}.`);
    setClientError(null);
    const res = await requestSignUp({
      input: {
        name: String(form.get('name')),
        email: String(form.get('email')),
        password,
        organizationName: String(form.get('organizationName')),
      },
    });
    const answer = res.data?.requestSignUp;
    if (answer?.session) session.accept(answer.session);
    else if (answer) setSentTo(answer.email);
  };
  if (sentTo) {
    // The same answer for a new and an existing email: the email says which it was.
    return (
      <AuthCard title="Check your email">
        <p role="status">
          We sent a message to <strong>{sentTo}</strong>. Open the link in it to finish creating your account.
          If you already have an account, the message says so: you can log in instead.
        </p>
        <p className="muted">
          <Link href={`/login${location.search}`}>Log in</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Create your account">
      <form className="form" onSubmit={onSubmit} aria-label="Sign up">
        <Field label="Your name" name="name" autoComplete="name" error={fieldError('name')} />
        {/* A canvas shared with someone without an account links here with ?email=. */}
        <Field
          label="Work email"
          name="email"
          type="email"
          autoComplete="email"
          error={fieldError('email')}
          defaultValue={new URLSearchParams(location.search).get('email') ?? undefined}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          error={clientError ?? fieldError('password')}
        />
        <Field
          label="Organization"
          name="organizationName"
          autoComplete="organization"
          error={fieldError('organizationName')}
        />
        {error && !['name', 'email', 'password', 'organizationName'].some((f) => fieldError(f)) ? (
          <div role="alert" className="alert">
            {error.message}
          </div>
        ) : null}
        <button className="btn btn-primary" type="submit" disabled={result.fetching}>
          {result.fetching ? 'Creating…' : 'Sign up'}
        </button>
      </form>
      <p className="muted">
        Already have an account? <Link href={`/login${location.search}`}>Log in</Link>
      </p>
    </AuthCard>
  );
}

/** /signup/complete?token=…: the link from the verification email creates the account and signs in. */
export function CompleteSignupPage() {
  const [result, completeSignUp] = useMutation(CompleteSignUpDocument);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(location.search).get('token') ?? '';
    void completeSignUp({ token }).then((res) => {
      if (res.data) session.accept(res.data.completeSignUp);
    });
  }, [completeSignUp]);
  const error = errorInfo(result.error);
  return (
    <AuthCard title="Finishing your sign-up">
      {error ? (
        <div role="alert" className="alert">
          {error.message}
        </div>
      ) : (
        <p role="status">Creating your account…</p>
      )}
      <p className="muted">
        <Link href="/signup">Sign up again</Link> · <Link href="/login">Log in</Link>
      </p>
    </AuthCard>
  );
}
