// A canvas's schedules, alerts and their deliveries (EDITOR and above): create with cron presets or
// a custom cron and a time zone, pause/resume, run now, and the delivery history.
import { useState } from 'react';
import { useQuery } from 'urql';
import { Dialog } from '../../ui/dialog';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { Tabs } from '../../ui/tabs';
import { AlertForm, type MetricChoice } from '../alerts/alert-form';
import { AlertList } from '../alerts/alert-list';
import { DeliveriesHistory } from '../deliveries/deliveries-history';
import { CanvasSchedulesDocument } from './operations';
import { ScheduleForm } from './schedule-form';
import { ScheduleList } from './schedule-list';
import './schedules.css';

type Tab = 'schedules' | 'alerts' | 'deliveries';

export interface SchedulesDialogProps {
  canvasId: string;
  blocks: { id: string; type: string; content: Record<string, unknown> }[];
  onClose: () => void;
}

export default function SchedulesDialog({ canvasId, blocks, onClose }: SchedulesDialogProps) {
  const [tab, setTab] = useState<Tab>('schedules');
  const [refreshKey, setRefreshKey] = useState(0);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CanvasSchedulesDocument,
    variables: { canvasId },
    requestPolicy: 'cache-and-network',
  });
  const changed = () => {
    refetch({ requestPolicy: 'network-only' });
    setRefreshKey((n) => n + 1);
  };
  const metrics: MetricChoice[] = blocks
    .filter((b) => b.type === 'METRIC')
    .map((b) => ({
      id: b.id,
      title: typeof b.content.title === 'string' && b.content.title ? b.content.title : 'Metric',
      format: b.content.format,
    }));
  const info = errorInfo(error);
  const loading = !data && fetching;

  return (
    <Dialog title="Schedules and alerts" onClose={onClose} wide>
      <Tabs<Tab>
        label="Schedules, alerts and deliveries"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'schedules', label: `Schedules${data ? ` (${data.canvasSchedules.length})` : ''}` },
          { key: 'alerts', label: `Alerts${data ? ` (${data.canvasAlerts.length})` : ''}` },
          { key: 'deliveries', label: 'Deliveries' },
        ]}
      >
        <div className="schedules-panel">
          {info ? (
            <div className="alert" role="alert">
              {info.message}
            </div>
          ) : null}
          {loading && tab !== 'deliveries' ? (
            <div role="status" aria-label="Loading" className="form">
              <Skeleton height={48} />
              <Skeleton height={48} />
            </div>
          ) : null}
          {tab === 'schedules' && data ? (
            <>
              {data.canvasSchedules.length ? (
                <ScheduleList schedules={data.canvasSchedules} onChanged={changed} />
              ) : (
                <EmptyState title="No schedules yet">
                  Deliver this canvas&apos;s latest publication by email, webhook or Slack on a schedule.
                </EmptyState>
              )}
              <h3>New schedule</h3>
              <ScheduleForm canvasId={canvasId} onCreated={changed} />
            </>
          ) : null}
          {tab === 'alerts' && data ? (
            <>
              {data.canvasAlerts.length ? (
                <AlertList alerts={data.canvasAlerts} metrics={metrics} onChanged={changed} />
              ) : (
                <EmptyState title="No alerts yet">Get notified when a metric crosses a threshold.</EmptyState>
              )}
              <h3>New alert</h3>
              <AlertForm canvasId={canvasId} metrics={metrics} onCreated={changed} />
            </>
          ) : null}
          {tab === 'deliveries' ? <DeliveriesHistory canvasId={canvasId} refreshKey={refreshKey} /> : null}
        </div>
      </Tabs>
    </Dialog>
  );
}
