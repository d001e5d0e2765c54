// The explanation shown under an input that the server refused; linked with aria-describedby.
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {message.charAt(0).toUpperCase() + message.slice(1)}
    </p>
  );
}
