// A date field in the app's language: Ant Design's DatePicker, whose texts follow ConfigProvider's locale and whose
// month and weekday names follow dayjs's (both set from the app's language in App.tsx). <input type="date"> showed the
// browser's format and calendar instead, different on every phone and in the browser's language, not the app's.
// The value stays the 'YYYY-MM-DD' text the forms validate and send ('' once cleared, as the input gave), so a
// Form.Item holds and sends what it did before.
import { useEffect, useState, type CSSProperties } from 'react';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export const DATE_FORMAT = 'YYYY-MM-DD';
/** Shown as DATE_FORMAT; typed, also as the lists show days in Chinese (2026/12/06). */
const FORMATS = [DATE_FORMAT, 'YYYY/MM/DD'];

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string) => void;
  /** The earliest and latest days that may be chosen ('YYYY-MM-DD'): the others are greyed out and not taken when typed. */
  min?: string;
  max?: string;
  disabled?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

const day = (v: string | null | undefined) => {
  const d = v ? dayjs(v, DATE_FORMAT) : null;
  return d?.isValid() ? d : null;
};

// On a touch screen the keyboard would cover the calendar: the date is tapped there, not typed.
const COARSE = '(pointer: coarse)';
function useCoarsePointer(): boolean {
  const [coarse, setCoarse] = useState(() => window.matchMedia?.(COARSE).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(COARSE);
    if (!mq) return;
    const on = () => setCoarse(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return coarse;
}

export function DateInput({ value, onChange, min, max, style, ...rest }: Props) {
  const touch = useCoarsePointer();
  const [open, setOpen] = useState(false);
  return (
    <DatePicker
      {...rest}
      open={open}
      onOpenChange={setOpen}
      // Enter is the calendar's: it takes the day typed (the picker's own handling, before this) and opens the calendar
      // when closed, but does not also submit the form around it half filled in, as it did in <input type="date">.
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        if (!open) setOpen(true);
      }}
      format={FORMATS}
      value={day(value)}
      onChange={(d) => onChange?.(d ? d.format(DATE_FORMAT) : '')}
      minDate={day(min) ?? undefined}
      maxDate={day(max) ?? undefined}
      inputReadOnly={touch}
      style={{ width: '100%', ...style }}
    />
  );
}
