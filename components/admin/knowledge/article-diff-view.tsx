import { cn } from "@/components/ui/cn";
import type { ArticleDiff, DiffPart } from "@/lib/knowledge/admin/article-views";

// Added lines in green with "+", removed in red with "−": the marks, not only the colours, carry it.
export function ArticleDiffView({ diff }: { diff: ArticleDiff }) {
  const unchanged = diff.fields.length === 0 && diff.body.every((part) => part.kind === "same") && diff.title.every((part) => part.kind === "same");
  if (unchanged) return <p className="text-sm text-muted-foreground">These two versions are identical.</p>;
  return (
    <div className="flex flex-col gap-4" data-testid="article-diff">
      {diff.title.some((part) => part.kind !== "same") ? (
        <section className="flex flex-col gap-1" aria-label="Title changes">
          <h4 className="text-sm font-medium">Title</h4>
          <p className="text-sm">
            {diff.title.map((part, index) => (
              <InlinePart key={index} part={part} />
            ))}
          </p>
        </section>
      ) : null}
      {diff.fields.length > 0 ? (
        <section className="flex flex-col gap-1" aria-label="Other changes">
          <h4 className="text-sm font-medium">Settings</h4>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {diff.fields.map((change) => (
              <div key={change.field} className="contents">
                <dt className="text-muted-foreground">{change.label}</dt>
                <dd>
                  <del className="text-red-700 decoration-red-700/60 dark:text-red-400">{change.before}</del> → <ins className="text-green-700 no-underline dark:text-green-400">{change.after}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section className="flex flex-col gap-1" aria-label="Text changes">
        <h4 className="text-sm font-medium">Text</h4>
        <pre className="max-h-[28rem] overflow-auto rounded-md border bg-card font-mono text-xs leading-relaxed">
          {diff.body.flatMap((part, index) => lines(part).map((line, lineIndex) => <DiffLine key={`${index}-${lineIndex}`} kind={part.kind} text={line} />))}
        </pre>
      </section>
    </div>
  );
}

function lines(part: DiffPart): string[] {
  const split = part.value.replace(/\n$/, "").split("\n");
  return split.length > 0 ? split : [""];
}

function DiffLine({ kind, text }: { kind: DiffPart["kind"]; text: string }) {
  const mark = kind === "added" ? "+" : kind === "removed" ? "−" : " ";
  const Tag = kind === "added" ? "ins" : kind === "removed" ? "del" : "span";
  return (
    <Tag
      data-diff={kind}
      className={cn(
        "block px-3 whitespace-pre-wrap no-underline",
        kind === "added" && "bg-green-500/15 text-green-900 dark:text-green-200",
        kind === "removed" && "bg-red-500/15 text-red-900 dark:text-red-200",
      )}
    >
      <span aria-hidden="true" className="mr-2 select-none text-muted-foreground">
        {mark}
      </span>
      {kind !== "same" ? <span className="sr-only">{kind === "added" ? "Added: " : "Removed: "}</span> : null}
      {text || "\u00a0"}
    </Tag>
  );
}

function InlinePart({ part }: { part: DiffPart }) {
  if (part.kind === "added") return <ins className="bg-green-500/15 text-green-900 no-underline dark:text-green-200">{part.value}</ins>;
  if (part.kind === "removed") return <del className="bg-red-500/15 text-red-900 dark:text-red-200">{part.value}</del>;
  return <span>{part.value}</span>;
}
