// The canvas assistant through the API: askCanvas (blocks added to the canvas, or a clarification),
// and "Save to glossary": a chosen reading stored as the coded value's label in the source's
// semantic model (updateSemanticModel), so the term is grounded from then on.
import type { Client } from '@urql/core';
import { graphql } from '../../gql';
import type { AskCanvasMutation } from '../../gql/graphql';

const AskCanvas = graphql(`
  mutation AskCanvas($input: AskCanvasInput!) {
    askCanvas(input: $input) {
      conversationId
      explanation
      blocks {
        id
        type
      }
      clarification {
        term
        question
        options
        readings {
          table
          column
          value
        }
      }
    }
  }
`);

const SourceModelValues = graphql(`
  query SourceModelValues($id: ID!) {
    dataSource(id: $id) {
      id
      model {
        tables {
          name
          columns {
            name
            values {
              value
              label
            }
          }
        }
      }
    }
  }
`);

const SaveValueLabel = graphql(`
  mutation SaveValueLabel($input: UpdateSemanticModelInput!) {
    updateSemanticModel(input: $input) {
      asOf
    }
  }
`);

export type CanvasAnswer = AskCanvasMutation['askCanvas'];
export type Reading = { table: string; column: string; value: string };

export async function askCanvas(
  client: Client,
  input: { canvasId: string; dataSourceId: string; prompt: string; conversationId?: string | null },
): Promise<{ answer: CanvasAnswer | null; error: string | null }> {
  const result = await client.mutation(AskCanvas, { input }).toPromise();
  const answer = result.data?.askCanvas ?? null;
  if (!answer)
    return {
      answer: null,
      error: result.error?.graphQLErrors[0]?.message ?? 'The assistant did not answer. Try again.',
    };
  return { answer, error: null };
}

/** Stores `term` as the label of the reading's coded value, keeping the column's other labels. */
export async function saveToGlossary(
  client: Client,
  dataSourceId: string,
  term: string,
  reading: Reading,
): Promise<string | null> {
  const current = await client
    .query(SourceModelValues, { id: dataSourceId }, { requestPolicy: 'network-only' })
    .toPromise();
  const column = current.data?.dataSource?.model.tables
    .find((t) => t.name === reading.table)
    ?.columns.find((c) => c.name === reading.column);
  if (!column) return current.error?.graphQLErrors[0]?.message ?? 'The source has no such column any more.';
  const values = [
    ...column.values.filter((v) => v.value !== reading.value).map(({ value, label }) => ({ value, label })),
    { value: reading.value, label: term },
  ];
  const saved = await client
    .mutation(SaveValueLabel, {
      input: { dataSourceId, columns: [{ table: reading.table, name: reading.column, values }] },
    })
    .toPromise();
  return saved.error ? (saved.error.graphQLErrors[0]?.message ?? 'Could not save to the glossary.') : null;
}
