export interface ComponentHealth {
  status: 'ok' | 'down';
  detail?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  components: Record<string, ComponentHealth>;
}

export function combineHealth(components: Record<string, ComponentHealth>): HealthReport {
  const ok = Object.values(components).every((c) => c.status === 'ok');
  return { status: ok ? 'ok' : 'degraded', components };
}
