import { useTranslation } from 'react-i18next';
import type { Owner } from '../../src/model';
import { Field } from '../ui/Field';

/** The share of customers (0–100 %) a loop or branch carries, as typed: empty for none. */
export function ShareField({
  value,
  onChange,
  label,
  onBlur,
}: {
  value: string;
  onChange: (value: string) => void;
  /** Its name when there are several on the panel; "Share of customers" otherwise. */
  label?: string;
  onBlur?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label ?? t('blueprint.share')}>
      <input
        className="input"
        type="number"
        min={0}
        max={100}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}

/** A typed share as the command takes it: absent when empty, else clamped to 0–100. */
export const shareOf = (typed: string): { share?: number } =>
  typed === '' ? {} : { share: Math.max(0, Math.min(100, Number(typed))) };

/** The journey's owners as options, after one for "nobody" (`none`). */
export function OwnerOptions({ owners, none }: { owners: readonly Owner[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {owners.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </>
  );
}
