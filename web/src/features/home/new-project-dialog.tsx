import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import { navigate } from '../../router/router';
import { Dialog } from '../../ui/dialog';
import { errorInfo } from '../../ui/errors';
import { CreateProjectDocument } from './operations';

export function NewProjectDialog({
  organizations,
  defaultOrganizationId,
  onClose,
}: {
  organizations: { id: string; name: string }[];
  defaultOrganizationId?: string;
  onClose: () => void;
}) {
  const [result, create] = useMutation(CreateProjectDocument);
  const error = errorInfo(result.error);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const res = await create({
      input: { organizationId: String(form.get('organizationId')), name: String(form.get('name')) },
    });
    if (res.data) {
      onClose();
      navigate(`/p/${res.data.createProject.id}`);
    }
  };
  return (
    <Dialog title="New project" onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <label>
          Name
          <input name="name" required maxLength={120} />
        </label>
        <label>
          Organization
          <select name="organizationId" defaultValue={defaultOrganizationId}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        {error ? (
          <div role="alert" className="alert">
            {error.message}
          </div>
        ) : null}
        <div className="row">
          <span className="spacer" />
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button className="btn btn-primary" disabled={result.fetching}>
            Create project
          </button>
        </div>
      </form>
    </Dialog>
  );
}
