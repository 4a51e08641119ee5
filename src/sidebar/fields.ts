// Labelled form fields with a message slot each, and the registry that knows which field edits
// which dotted path: validation messages land at their field (aria-invalid + aria-describedby),
// and "go to this problem" focuses the right input.
import { SIDEBAR_TEXT } from '../shared/messages/sidebar';
import { displayToIso, isoToDisplay } from './dates';
import { h } from './dom';
import { fieldDomId } from './steps';

export interface FieldHandle {
  path: string;
  /** Inputs that get aria-invalid / aria-describedby (several for a radio group). */
  inputs: HTMLElement[];
  /** Ids that always describe the inputs (hint, counter). */
  describedBy: string[];
  error: HTMLElement;
}

export class FieldRegistry {
  private readonly handles = new Map<string, FieldHandle>();
  private readonly order: string[] = [];

  register(handle: FieldHandle): void {
    if (!this.handles.has(handle.path)) this.order.push(handle.path);
    this.handles.set(handle.path, handle);
    this.describe(handle, false);
  }

  get rendered(): ReadonlySet<string> {
    return new Set(this.order);
  }

  get inOrder(): readonly string[] {
    return this.order;
  }

  /** Shows each field's messages and clears the others. */
  showErrors(byField: ReadonlyMap<string, readonly string[]>): void {
    for (const [path, handle] of this.handles) {
      const messages = byField.get(path) ?? [];
      const text = messages.join(' ');
      if (handle.error.textContent !== text) handle.error.textContent = text;
      handle.error.hidden = messages.length === 0;
      this.describe(handle, messages.length > 0);
    }
  }

  private describe(handle: FieldHandle, invalid: boolean): void {
    const ids = invalid ? [...handle.describedBy, handle.error.id] : handle.describedBy;
    for (const input of handle.inputs) {
      if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
      else input.removeAttribute('aria-describedby');
      if (invalid) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }

  /** Moves focus to the field (the checked radio of a group, else its first input). */
  focus(path: string): boolean {
    const handle = this.handles.get(path);
    if (!handle) return false;
    const checked = handle.inputs.find((i) => i instanceof HTMLInputElement && i.checked);
    const target = checked ?? handle.inputs[0];
    if (!target) return false;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    return true;
  }
}

export interface Option {
  value: string;
  label: string;
}

interface FieldOptions {
  required?: boolean;
  hint?: string;
  disabled?: boolean;
}

function labelFor(id: string, text: string, required: boolean | undefined): HTMLLabelElement {
  return h(
    'label',
    { for: id },
    text,
    required
      ? h('span', { className: 'req', title: SIDEBAR_TEXT.required }, ` ${SIDEBAR_TEXT.requiredMark}`)
      : null,
  );
}

function errorSlot(id: string): HTMLElement {
  const el = h('p', { id: `${id}-error`, className: 'field-error' });
  el.hidden = true;
  return el;
}

function hintSlot(id: string, hint: string | undefined): HTMLElement | null {
  return hint ? h('p', { id: `${id}-hint`, className: 'hint' }, hint) : null;
}

export interface TextFieldOptions extends FieldOptions {
  value: string;
  type?: 'text' | 'date' | 'number' | 'url';
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  /** Extra element under the input (a word counter), announced with it. */
  counter?: HTMLElement;
  onInput: (value: string) => void;
}

export function textField(reg: FieldRegistry, path: string, label: string, o: TextFieldOptions): HTMLElement {
  const id = fieldDomId(path);
  const common = {
    id,
    name: path,
    required: o.required,
    disabled: o.disabled,
    maxlength: o.maxLength,
  };
  // Dates are typed and shown as dd/mm/yyyy whatever the browser's locale (a native date input
  // follows it: mm/dd/yyyy on an English browser); the form state keeps ISO dates.
  const isDate = o.type === 'date';
  const input = o.multiline
    ? h('textarea', { ...common, rows: o.rows ?? 4 })
    : h('input', {
        ...common,
        type: isDate ? 'text' : (o.type ?? 'text'),
        inputmode: o.type === 'number' ? 'numeric' : undefined,
        placeholder: isDate ? SIDEBAR_TEXT.datePlaceholder : undefined,
        'data-date': isDate ? '' : undefined,
        maxlength: isDate ? 10 : o.maxLength,
        autocomplete: 'off',
      });
  input.value = isDate ? isoToDisplay(o.value) : o.value;
  input.addEventListener('input', () => o.onInput(isDate ? displayToIso(input.value) : input.value));
  const hint = hintSlot(id, o.hint);
  const error = errorSlot(id);
  const describedBy = [hint?.id, o.counter?.id].filter((x): x is string => !!x);
  reg.register({ path, inputs: [input], describedBy, error });
  return h(
    'div',
    { className: 'field', 'data-path': path },
    labelFor(id, label, o.required),
    hint,
    input,
    o.counter,
    error,
  );
}

export interface SelectFieldOptions extends FieldOptions {
  value: string;
  /** Text of the empty choice; "— pilih —" unless the empty choice means a default. */
  placeholder?: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}

export function selectField(
  reg: FieldRegistry,
  path: string,
  label: string,
  o: SelectFieldOptions,
): HTMLElement {
  const id = fieldDomId(path);
  const select = h(
    'select',
    { id, name: path, required: o.required, disabled: o.disabled },
    h('option', { value: '' }, o.placeholder ?? SIDEBAR_TEXT.choose),
    o.options.map((opt) => h('option', { value: opt.value }, opt.label)),
  );
  // A stored value the list no longer offers stays visible instead of silently becoming "— pilih —".
  if (o.value && !o.options.some((opt) => opt.value === o.value)) {
    select.appendChild(h('option', { value: o.value }, o.value));
  }
  select.value = o.value;
  select.addEventListener('change', () => o.onChange(select.value));
  const hint = hintSlot(id, o.hint);
  const error = errorSlot(id);
  reg.register({ path, inputs: [select], describedBy: hint ? [hint.id] : [], error });
  return h(
    'div',
    { className: 'field', 'data-path': path },
    labelFor(id, label, o.required),
    hint,
    select,
    error,
  );
}

export interface MultiSelectOptions extends FieldOptions {
  values: readonly string[];
  options: readonly Option[];
  addLabel: string;
  removeLabel: (label: string) => string;
  onChange: (values: string[]) => void;
}

/**
 * Several choices from a long list, narrow-screen friendly: a select adds a choice, each chosen
 * one is a chip with its own remove button (38 checkboxes would not fit 300 px).
 */
export function multiSelectField(
  reg: FieldRegistry,
  path: string,
  label: string,
  o: MultiSelectOptions,
): HTMLElement {
  const id = fieldDomId(path);
  let values = [...o.values];
  const labelOf = (v: string) => o.options.find((opt) => opt.value === v)?.label ?? v;
  const chips = h('ul', { className: 'chips', id: `${id}-chosen`, 'aria-label': label });
  const select = h('select', { id, name: path, disabled: o.disabled });
  const render = () => {
    chips.replaceChildren(
      ...values.map((v) =>
        h(
          'li',
          { className: 'chip' },
          h('span', null, labelOf(v)),
          o.disabled
            ? null
            : h(
                'button',
                {
                  type: 'button',
                  className: 'chip-remove',
                  'aria-label': o.removeLabel(labelOf(v)),
                  onclick: () => {
                    values = values.filter((x) => x !== v);
                    render();
                    o.onChange(values);
                    select.focus();
                  },
                },
                '×',
              ),
        ),
      ),
    );
    select.replaceChildren(
      h('option', { value: '' }, o.addLabel),
      ...o.options
        .filter((opt) => !values.includes(opt.value))
        .map((opt) => h('option', { value: opt.value }, opt.label)),
    );
    select.value = '';
  };
  select.addEventListener('change', () => {
    if (select.value && !values.includes(select.value)) {
      values = [...values, select.value];
      render();
      o.onChange(values);
      select.focus();
    }
  });
  render();
  const hint = hintSlot(id, o.hint);
  const error = errorSlot(id);
  reg.register({
    path,
    inputs: [select],
    describedBy: [hint?.id, chips.id].filter((x): x is string => !!x),
    error,
  });
  return h(
    'div',
    { className: 'field', 'data-path': path },
    labelFor(id, label, o.required),
    hint,
    chips,
    select,
    error,
  );
}

export interface RadioChoice {
  value: string;
  label: string;
  /** Smaller text under the label (the parameter text). */
  detail?: string;
}

export interface RadioGroupOptions extends FieldOptions {
  value: string;
  choices: readonly RadioChoice[];
  legend: string;
  legendHidden?: boolean;
  onChange: (value: string) => void;
}

export function radioGroup(reg: FieldRegistry, path: string, o: RadioGroupOptions): HTMLElement {
  const id = fieldDomId(path);
  const inputs: HTMLInputElement[] = [];
  const options = o.choices.map((c) => {
    const input = h('input', {
      type: 'radio',
      id: `${id}-${c.value}`,
      name: id,
      value: c.value,
      disabled: o.disabled,
    });
    input.checked = c.value === o.value;
    input.addEventListener('change', () => {
      if (input.checked) o.onChange(c.value);
    });
    inputs.push(input);
    return h(
      'label',
      { className: 'radio', for: input.id },
      input,
      h(
        'span',
        { className: 'radio-text' },
        h('span', { className: 'radio-label' }, c.label),
        c.detail ? h('span', { className: 'radio-detail' }, c.detail) : null,
      ),
    );
  });
  const hint = hintSlot(id, o.hint);
  const error = errorSlot(id);
  reg.register({ path, inputs, describedBy: hint ? [hint.id] : [], error });
  return h(
    'fieldset',
    { id, className: 'radios', 'data-path': path },
    h(
      'legend',
      { className: o.legendHidden ? 'sr-only' : undefined },
      o.legend,
      o.required ? h('span', { className: 'req' }, ` ${SIDEBAR_TEXT.requiredMark}`) : null,
    ),
    hint,
    options,
    error,
  );
}
