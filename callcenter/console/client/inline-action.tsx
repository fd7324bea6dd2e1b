import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface ActionField {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'date' | 'select';
  value?: string;
  required?: boolean;
  options?: { value: string; label: string }[];
}

/**
 * An action that needs a few words first (a reason, an answer, an agency): the button opens a
 * small labelled form in place of `window.prompt`. The first field takes the focus; Escape or
 * "Hủy" closes it and gives the focus back to the button. `onSubmit` resolving true closes it.
 */
export function InlineAction({ label, submitLabel, fields, onSubmit, secondary }: { label: string; submitLabel: string; fields: ActionField[]; onSubmit: (values: Partial<Record<string, string>>) => Promise<boolean>; secondary?: boolean }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (open) form.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const values = Object.fromEntries(fields.map((f) => [f.name, String(data.get(f.name) ?? '').trim()]));
    setBusy(true);
    const done = await onSubmit(values).finally(() => setBusy(false));
    if (done) close();
  };
  return (
    <>
      <button type="button" ref={button} class={secondary ? 'secondary' : undefined} aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => (open ? close() : setOpen(true))}>
        {label}
      </button>
      {open && (
        <form id={id} ref={form} class="inline-action" aria-label={label} onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && close()}>
          {fields.map((f) => {
            const fieldId = `${id}-${f.name}`;
            const common = { id: fieldId, name: f.name, required: f.required ?? true };
            return (
              <p key={f.name}>
                <label for={fieldId}>{f.label}</label>
                {f.kind === 'textarea' ? (
                  <textarea {...common} rows={3} defaultValue={f.value} />
                ) : f.kind === 'select' ? (
                  <select {...common}>
                    {(f.options ?? []).map((o) => (
                      <option key={o.value} value={o.value} selected={o.value === f.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : f.kind === 'date' ? (
                  <input {...common} type="date" defaultValue={f.value} />
                ) : (
                  <input {...common} type="text" defaultValue={f.value} />
                )}
              </p>
            );
          })}
          <p class="row">
            <button type="submit" disabled={busy}>
              {submitLabel}
            </button>
            <button type="button" class="secondary" onClick={close}>
              Hủy
            </button>
          </p>
        </form>
      )}
    </>
  );
}
