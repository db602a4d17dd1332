/** `/p/<projectId>/history`: the signed-in user's query runs in a project. */
export default function QueryHistoryPage({ projectId }: { projectId: string }) {
  return (
    <div className="page" data-project={projectId}>
      <h1>Query history</h1>
    </div>
  );
}
