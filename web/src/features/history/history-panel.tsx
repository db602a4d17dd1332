// Versions of a canvas: list, preview, restore.
// WAITING FOR THE API: canvasVersions and restoreCanvasVersion are not in schema/api.graphql yet.
import { EmptyState } from '../../ui/empty-state';

export default function HistoryPanel({ canvasId: _canvasId }: { canvasId: string }) {
  return <EmptyState title="Version history is on its way">It arrives with the canvases service.</EmptyState>;
}
