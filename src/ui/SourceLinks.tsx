// Sources named as buttons that open their details: in chains, origin lists and citation lists alike.
import { Fragment } from 'react';
import type { SourceIndex } from '../model/evidence';
import { fullSourceName, shortSourceName } from './sourceLabel';
import './evidence.css';

interface Props {
  ids: readonly string[];
  index: SourceIndex;
  onSelectSource: (id: string) => void;
  separator?: string;
}

export function SourceLink({
  id,
  index,
  onSelectSource,
}: {
  id: string;
  index: SourceIndex;
  onSelectSource: (id: string) => void;
}) {
  return (
    <button
      type="button"
      className="link source-link"
      onClick={() => onSelectSource(id)}
      title={`Open this source: ${fullSourceName(index.byId.get(id), id)}`}
    >
      {shortSourceName(index.byId.get(id), id)}
    </button>
  );
}

export function SourceLinks({ ids, index, onSelectSource, separator = ', ' }: Props) {
  return ids.map((id, i) => (
    <Fragment key={`${i}-${id}`}>
      {i > 0 && separator}
      <SourceLink id={id} index={index} onSelectSource={onSelectSource} />
    </Fragment>
  ));
}
