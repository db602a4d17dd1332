import { describe, expect, it } from 'vitest';
import { mentionRanges, segments, toDisplay, toMarkup } from './mention-text';

const ada = { id: 'u-ada', name: 'Ada Lovelace' };
const al = { id: 'u-al', name: 'Ada' };

describe('mention text', () => {
  it('splits a stored body into text and mention chips', () => {
    expect(segments('Hi @[Ada Lovelace](u-ada), look')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'mention', name: 'Ada Lovelace', id: 'u-ada' },
      { kind: 'text', text: ', look' },
    ]);
    expect(segments('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
  });

  it('shows "@Name" in the input and sends the markup, longest name first', () => {
    const text = 'cc @Ada Lovelace and @Ada.';
    expect(toMarkup(text, [al, ada])).toBe('cc @[Ada Lovelace](u-ada) and @[Ada](u-al).');
    expect(toDisplay('cc @[Ada Lovelace](u-ada) and @[Ada](u-al).')).toEqual({ text, chosen: [ada, al] });
  });

  it('drops a chosen mention whose name was edited away', () => {
    expect(toMarkup('cc @Ad Lovelace', [ada])).toBe('cc @Ad Lovelace');
    expect(mentionRanges('@Ada Lovelacex', [ada])).toEqual([]);
    expect(mentionRanges('x @Ada Lovelace', [ada])).toEqual([{ start: 2, end: 15, mention: ada }]);
  });
});
