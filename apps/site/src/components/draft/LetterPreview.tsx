import { renderHtml } from "@lhc/letters";
import { type ReactNode, useId, useMemo, useRef, useState } from "react";
import { downloadFile } from "./download";

/**
 * The letter of a valid request (from @lhc/letters) in `language` (chosen with the form, whose labels
 * follow it), previewed in a sandboxed frame, with downloads.
 */
export default function LetterPreview({
  request,
  fileName,
  language,
}: {
  request: unknown;
  fileName: string;
  language: string;
}): ReactNode {
  const ids = { basis: useId() };
  const [basis, setBasis] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const html = useMemo(() => renderHtml(request, { language, basis }), [request, language, basis]);
  const downloadDocx = async () => {
    try {
      // The DOCX writer is loaded only when a DOCX is asked for.
      const { renderDocx } = await import("@lhc/letters/docx");
      const bytes = await renderDocx(request, { language, basis });
      downloadFile(
        `${fileName}.docx`,
        bytes,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      );
      setProblem(null);
    } catch (error) {
      setProblem(
        `The DOCX letter could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  return (
    <section className="lhc-draft__letter" aria-labelledby="letter-heading">
      <h2 id="letter-heading">Letter</h2>
      <div className="lhc-draft__toolbar">
        <div>
          <input
            id={ids.basis}
            type="checkbox"
            checked={basis}
            onChange={(event) => setBasis(event.target.checked)}
          />{" "}
          <label htmlFor={ids.basis}>Add the provisions each field rests on</label>
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => frame.current?.contentWindow?.print()}
        >
          Print or save as PDF
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadFile(`${fileName}.html`, html, "text/html")}
        >
          Download HTML letter
        </button>
        <button type="button" className="button button--secondary" onClick={downloadDocx}>
          Download DOCX letter
        </button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {/* No scripts run in the frame: the letter is a document, and its values are text. */}
      <iframe
        ref={frame}
        className="lhc-draft__letter-frame"
        title="Letter preview"
        sandbox="allow-same-origin allow-modals"
        srcDoc={html}
      />
    </section>
  );
}
