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
      timezone
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
        ...CreatedDestination
      }
    }
  }
`);

export const CreateAlertDocument = graphql(`
  mutation CreateAlert($input: CreateAlertInput!) {
    createAlert(input: $input) {
      id
      destinations {
        ...CreatedDestination
      }
    }
  }
`);

// A schedule and an alert are paused, run and deleted alike: one document per action, whose
// $alert picks the alert's mutation or the schedule's (the other is skipped).
export const SetRulePausedDocument = graphql(`
  mutation SetRulePaused($id: ID!, $paused: Boolean!, $alert: Boolean!) {
    setSchedulePaused(id: $id, paused: $paused) @skip(if: $alert) {
      id
      paused
      nextRunAt
    }
    setAlertPaused(id: $id, paused: $paused) @include(if: $alert) {
      id
      paused
      nextRunAt
    }
  }
`);

export const RunRuleNowDocument = graphql(`
  mutation RunRuleNow($id: ID!, $alert: Boolean!) {
    runScheduleNow(id: $id) @skip(if: $alert) {
      ...DeliveryFields
    }
    runAlertNow(id: $id) @include(if: $alert) {
      ...DeliveryFields
    }
  }
`);

export const DeleteRuleDocument = graphql(`
  mutation DeleteRule($id: ID!, $alert: Boolean!) {
    deleteSchedule(id: $id) @skip(if: $alert)
    deleteAlert(id: $id) @include(if: $alert)
  }
`);

export const CanvasDeliveriesDocument = graphql(`
  query CanvasDeliveries($canvasId: ID!) {
    canvasDeliveries(canvasId: $canvasId, first: 50) {
      ...DeliveryFields
    }
  }
`);
