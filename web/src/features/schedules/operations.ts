import { graphql } from '../../gql';

export const DeliveryFieldsFragment = graphql(`
  fragment DeliveryFields on Delivery {
    id
    status
    attempts
    error
    createdAt
    finishedAt
    type
    trigger
    value
    summary
    scheduleId
    alertId
    targets {
      destinationId
      kind
      target
      status
      attempts
      error
      sentAt
    }
  }
`);

export const CanvasSchedulesDocument = graphql(`
  query CanvasSchedules($canvasId: ID!) {
    canvasSchedules(canvasId: $canvasId) {
      id
      cron
      timezone
      format
      nextRunAt
      paused
      createdAt
      destinations {
        id
        kind
        target
      }
      lastDelivery {
        id
        status
        createdAt
      }
    }
    canvasAlerts(canvasId: $canvasId) {
      id
      blockId
      op
      value
      cron
      paused
      triggered
      lastValue
      checkedAt
      nextRunAt
      destinations {
        id
        kind
        target
      }
      lastDelivery {
        id
        status
        createdAt
      }
    }
  }
`);

export const CreateScheduleDocument = graphql(`
  mutation CreateSchedule($input: CreateScheduleInput!) {
    createSchedule(input: $input) {
      id
      destinations {
        id
        kind
        target
        secret
      }
    }
  }
`);

export const DeleteScheduleDocument = graphql(`
  mutation DeleteSchedule($id: ID!) {
    deleteSchedule(id: $id)
  }
`);

export const SetSchedulePausedDocument = graphql(`
  mutation SetSchedulePaused($id: ID!, $paused: Boolean!) {
    setSchedulePaused(id: $id, paused: $paused) {
      id
      paused
      nextRunAt
    }
  }
`);

export const RunScheduleNowDocument = graphql(`
  mutation RunScheduleNow($id: ID!) {
    runScheduleNow(id: $id) {
      ...DeliveryFields
    }
  }
`);

export const CreateAlertDocument = graphql(`
  mutation CreateAlert($input: CreateAlertInput!) {
    createAlert(input: $input) {
      id
      destinations {
        id
        kind
        target
        secret
      }
    }
  }
`);

export const DeleteAlertDocument = graphql(`
  mutation DeleteAlert($id: ID!) {
    deleteAlert(id: $id)
  }
`);

export const SetAlertPausedDocument = graphql(`
  mutation SetAlertPaused($id: ID!, $paused: Boolean!) {
    setAlertPaused(id: $id, paused: $paused) {
      id
      paused
      nextRunAt
    }
  }
`);

export const RunAlertNowDocument = graphql(`
  mutation RunAlertNow($id: ID!) {
    runAlertNow(id: $id) {
      ...DeliveryFields
    }
  }
`);

export const CanvasDeliveriesDocument = graphql(`
  query CanvasDeliveries($canvasId: ID!) {
    canvasDeliveries(canvasId: $canvasId, first: 50) {
      ...DeliveryFields
    }
  }
`);
