import { describe, expect, it } from 'vitest';
import { diagramKeyword, diagramRenderer, hasBrowserDiagram } from '../../src/markdown/mermaid-kinds.ts';

describe('who draws a Mermaid block', () => {
  it('leaves the types beautiful-mermaid lays out to the build', () => {
    for (const text of [
      'flowchart TD\n A-->B',
      'graph LR\n A-->B',
      'stateDiagram-v2\n [*] --> A',
      'sequenceDiagram\n A->>B: hi',
      'classDiagram\n A <|-- B',
      'erDiagram\n A ||--o{ B : has',
      'xychart-beta\n x-axis [a, b]',
    ])
      expect(diagramRenderer(text), text).toBe('build');
  });

  it('leaves a flowchart with a bad direction to the build, which names the error', () => {
    expect(diagramRenderer('graph XX\n A')).toBe('build');
  });

  it('sends every other Mermaid type to the browser', () => {
    for (const text of [
      'gantt\n title T',
      'timeline\n 2026 : a',
      'pie\n "a": 1',
      'mindmap\n root',
      'journey\n title J',
      'gitGraph\n commit',
      'flowchart\n A-->B',
      'quadrantChart',
      'C4Context',
      'sankey-beta',
    ])
      expect(diagramRenderer(text), text).toBe('browser');
  });

  it('reads the type after front matter and %% lines, which beautiful-mermaid cannot skip', () => {
    const text = '---\ntitle: Drills\n---\n%%{init: {"theme": "forest"}}%%\n\nflowchart TD\n A-->B';
    expect(diagramKeyword(text)).toBe('flowchart');
    expect(diagramRenderer(text)).toBe('browser');
    expect(diagramKeyword('gantt: x')).toBe('gantt');
  });

  it('knows no type for a misspelt or empty first line', () => {
    expect(diagramRenderer('gnatt\n title T')).toBeUndefined();
    expect(diagramRenderer('')).toBeUndefined();
  });

  it('finds a browser-drawn block in a chapter source, ignoring build-drawn ones and other code', () => {
    const flow = '```mermaid\nflowchart TD\n A-->B\n```\n';
    expect(hasBrowserDiagram(`# T\n\n${flow}`)).toBe(false);
    expect(hasBrowserDiagram('```yaml\ngantt: 1\n```\n')).toBe(false);
    expect(hasBrowserDiagram(`${flow}\ntext\n\n~~~~ mermaid title="x"\ngantt\n  title T\n~~~~\n`)).toBe(true);
    expect(hasBrowserDiagram('```mermaid title="Plan"\n  pie\n  "a": 1\n```')).toBe(true);
  });
});
