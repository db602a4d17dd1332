// `/invite/<token>`: the link in an invitation email. Signed out: create an account that joins the
// inviting organization (no new organization), or log in and come back. Signed in: accept.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { navigate, Link } from '../../router/router';
import { BrandMark } from '../../ui/brand-mark';
import { errorInfo } from '../../ui/errors';
import { session, useSession } from '../../urql/session';
import { AcceptInvitationDocument } from '../members/operations';
import { RequestSignUpDocument } from './operations';
import { PASSWORD_MIN_LENGTH, passwordIssue } from '@tessera/auth/password-policy';

export default function InvitePage({ token }: { token: string }) {
  const { status } = useSession();
  const next = encodeURIComponent(`/invite/${token}`);
  return (
    <main className="auth">
      <div className="card">
        <div className="brand" style={{ fontSize: 18 }}>
          <BrandMark size={24} /> Tessera
        </div>
        <h1>You are invited</h1>
        {status === 'signed-in' ? (
          <Accept token={token} />
        ) : (
          <SignUpThroughInvite token={token} next={next} />
        )}
      </div>
    </main>
  );
}

function Accept({ token }: { token: string }) {
  const [result, accept] = useMutation(AcceptInvitationDocument);
  const error = errorInfo(result.error);
  const joined = result.data?.acceptInvitation;
  if (joined) {
    return (
      <>
        <p role="status">
          You joined <strong>{joined.organization.name}</strong> as {joined.role.toLowerCase()}.
        </p>
        <button className="btn btn-primary" type="button" onClick={() => navigate('/')}>
          Open Tessera
        </button>
      </>
    );
  }
  return (
    <>
      <p>Join the organization that invited you with the account you are signed in with.</p>
      {error ? (
        <div role="alert" className="alert">
          {error.message}
        </div>
      ) : null}
      <button
        className="btn btn-primary"
        type="button"
        disabled={result.fetching}
        onClick={() => void accept({ token })}
      >
        {result.fetching ? 'Joining…' : 'Accept invitation'}
      </button>
    </>
  );
}

function SignUpThroughInvite({ token, next }: { token: string; next: string }) {
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
        invitationToken: token,
      },
    });
    const answer = res.data?.requestSignUp;
    if (answer?.session) {
      // Joined already (instant sign-up): home, not the accept step of this page.
      navigate('/', { replace: true });
      session.accept(answer.session);
    } else if (answer) setSentTo(answer.email);
  };
  if (sentTo) {
    return (
      <p role="status">
        We sent a message to <strong>{sentTo}</strong>. Open the link in it to finish: your account then joins
        the organization that invited you.
      </p>
    );
  }
  return (
    <>
      <p className="muted">
        Create your account to join. Already have one? <Link href={`/login?next=${next}`}>Log in</Link> and
        open this link again.
      </p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} aria-label="Sign up through the invitation">
        <label>
          Your name
          <input
            name="name"
            required
            autoComplete="name"
            aria-invalid={fieldError('name') ? true : undefined}
          />
          {fieldError('name') ? <span className="field-error">{fieldError('name')}</span> : null}
        </label>
        <label>
          Email
          <input
            name="email"
            type="email"
            required
            autoComplete="email"
            aria-invalid={fieldError('email') ? true : undefined}
          />
          {fieldError('email') ? <span className="field-error">{fieldError('email')}</span> : null}
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            autoComplete="new-password"
            aria-invalid={clientError || fieldError('password') ? true : undefined}
          />
          {clientError || fieldError('password') ? (
            <span className="field-error">{clientError ?? fieldError('password')}</span>
          ) : null}
        </label>
        {error && !['name', 'email', 'password'].some((f) => fieldError(f)) ? (
          <div role="alert" className="alert">
            {error.message}
          </div>
        ) : null}
        <button className="btn btn-primary" type="submit" disabled={result.fetching}>
          {result.fetching ? 'Joining…' : 'Create account and join'}
        </button>
      </form>
    </>
  );
}
