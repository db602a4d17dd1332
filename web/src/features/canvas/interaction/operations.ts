import { graphql } from '../../../gql';

/** A canvas block run for a signed-in member, with the person's filter values and cross-filters. */
export const RunCanvasBlockDocument = graphql(`
  query RunCanvasBlock($canvasId: ID!, $blockId: ID!, $filters: JSON, $interactions: JSON) {
    runCanvasBlock(canvasId: $canvasId, blockId: $blockId, filters: $filters, interactions: $interactions)
  }
`);
