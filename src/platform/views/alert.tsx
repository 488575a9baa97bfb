import type { ComponentChildren } from 'preact';
import type { Translator } from '#src/platform/i18n.ts';
import { Icon } from '#src/platform/views/icons.tsx';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

/**
 * A DKFDS alert (alerts.njk): icon named for screen readers, optional heading, the message.
 * Warnings and errors are announced at once (`role="alert"`); info and success politely.
 */
export function Alert(props: {
  t: Translator;
  variant: AlertVariant;
  heading?: string;
  children: ComponentChildren;
}) {
  const urgent = props.variant === 'warning' || props.variant === 'error';
  return (
    <div class={`alert alert-${props.variant}`} role={urgent ? 'alert' : 'status'}>
      <Icon name={props.variant} class="alert-icon" label={props.t.t(`alert.${props.variant}`)} />
      <div class="alert-body">
        {props.heading !== undefined && <p class="alert-heading">{props.heading}</p>}
        <p class="alert-text">{props.children}</p>
      </div>
    </div>
  );
}
