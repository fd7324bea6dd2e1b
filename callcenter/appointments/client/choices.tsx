/** A row of buttons to pick one item; the picked one is pressed (aria-pressed), so a screen reader says which. */
export function Choices<T>(props: { items: T[]; label: (item: T) => string; pick: (item: T) => void; chosen?: (item: T) => boolean }) {
  return (
    <ul class="choices">
      {props.items.map((item) => (
        <li>
          <button type="button" aria-pressed={props.chosen?.(item) ?? false} onClick={() => props.pick(item)}>
            {props.label(item)}
          </button>
        </li>
      ))}
    </ul>
  );
}
