import type { ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** While true the button is disabled and says it is busy. */
  pending?: boolean;
  block?: boolean;
}

export function buttonClass(variant: ButtonVariant = 'primary', block = false): string {
  return `button button--${variant}${block ? ' button--block' : ''}`;
}

export function Button({
  variant = 'primary',
  pending = false,
  block = false,
  type = 'button',
  className,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={`${buttonClass(variant, block)}${className ? ` ${className}` : ''}`}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
    >
      {children}
    </button>
  );
}

interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
  block?: boolean;
}

export function LinkButton({ variant = 'secondary', block = false, ...rest }: LinkButtonProps) {
  return <Link {...rest} className={buttonClass(variant, block)} />;
}
