/** `/p/<projectId>/saved`: the signed-in user's saved queries of a project. */
export default function SavedQueriesPage({ projectId }: { projectId: string }) {
  return (
    <div className="page" data-project={projectId}>
      <h1>Saved queries</h1>
    </div>
  );
}
