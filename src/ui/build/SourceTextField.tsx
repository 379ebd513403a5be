// The source's full text: pasted into the box, or read from a .txt, .md or .html file. A paste or a file over the
// limit is refused before it reaches the box, so the text already there stays as it was.
import { useId, useState, type ClipboardEvent } from 'react';
import { MAX_SOURCE_TEXT_CHARS } from '../../model/schema';
import { readSourceFile, SOURCE_TEXT_ACCEPT, SOURCE_TEXT_FORMATS } from '../../io/sourceText';

interface Props {
  value: string;
  onChange: (text: string) => void;
  onError: (message: string | null) => void;
}

export function SourceTextField({ value, onChange, onError }: Props) {
  const hintId = useId();
  const [reading, setReading] = useState(false);

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = event.clipboardData.getData('text/plain');
    const target = event.currentTarget;
    const after = value.length - (target.selectionEnd - target.selectionStart) + pasted.length;
    if (after <= MAX_SOURCE_TEXT_CHARS) return;
    event.preventDefault();
    onError(
      `Full text: with the paste the text would be ${after.toLocaleString('en')} characters; a source text is at most ${MAX_SOURCE_TEXT_CHARS.toLocaleString('en')}. Nothing was pasted: keep the article, not the whole page or book.`,
    );
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setReading(true);
    try {
      const result = await readSourceFile(file);
      if (!result.ok) onError(`Full text: ${result.error}`);
      else {
        onError(null);
        onChange(result.text);
      }
    } finally {
      setReading(false);
    }
  }

  return (
    <div className="source-text-field">
      <label className="block">
        Full text
        <textarea
          value={value}
          rows={8}
          onChange={(e) => onChange(e.target.value)}
          onPaste={onPaste}
          aria-describedby={hintId}
          data-testid="source-text"
        />
      </label>
      <p className="hint" id={hintId}>
        Kept with the investigation in this browser, so quotes can be anchored in it. At most{' '}
        {MAX_SOURCE_TEXT_CHARS.toLocaleString('en')} characters ({value.length.toLocaleString('en')} now).
      </p>
      <label className="file-pick">
        Or read it from a file ({SOURCE_TEXT_FORMATS})
        <input
          type="file"
          accept={SOURCE_TEXT_ACCEPT}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
          data-testid="source-file"
        />
      </label>
      {reading && <p role="status">Reading the file…</p>}
    </div>
  );
}
