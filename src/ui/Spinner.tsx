export function Spinner({ label }: { label?: string }) {
  return (
    <span
      role={label ? 'status' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className="inline-block size-3 animate-spin rounded-full motion-reduce:animate-none border-2 border-current border-t-transparent"
    />
  );
}
