// A menu button (WAI-ARIA menu-button pattern): Enter, Space or ArrowDown open the menu on its first
// item, ArrowUp on its last; arrows, Home and End move; Enter/Space pick; Escape or Tab close and
// focus returns to the button. `openAt` opens the same menu at a point (a context menu).
import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { createPortal } from 'react-dom';
import './kit.css';

export interface ActionItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Shown after the label (a shortcut hint). */
  hint?: string;
  danger?: boolean;
}

export interface ActionMenuHandle {
  openAt(x: number, y: number): void;
}

interface Placement {
  top: number;
  left: number;
}

export function ActionMenu({
  label,
  items,
  icon = '⋯',
  ref,
  className = 'btn btn-ghost btn-sm icon-btn',
}: {
  label: string;
  items: ActionItem[];
  icon?: string;
  ref?: Ref<ActionMenuHandle>;
  className?: string;
}) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<{ at: Placement; focus: number } | null>(null);

  const placeBelow = (): Placement => {
    const r = button.current!.getBoundingClientRect();
    return { top: r.bottom + 4, left: r.right };
  };
  const show = (focus: number, at: Placement = placeBelow()) => setOpen({ at, focus });
  const close = (refocus = true) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };
  useImperativeHandle(ref, () => ({ openAt: (x, y) => show(0, { top: y, left: x }) }));

  // Focus the item asked for once the menu is in the page; keep the menu inside the window.
  useEffect(() => {
    if (!open || !menu.current) return;
    const el = menu.current;
    const r = el.getBoundingClientRect();
    const anchoredRight = open.at.left - r.width;
    el.style.left = `${Math.max(4, Math.min(anchoredRight < 4 ? open.at.left : anchoredRight, innerWidth - r.width - 4))}px`;
    el.style.top = `${Math.max(4, Math.min(open.at.top, innerHeight - r.height - 4))}px`;
    el.querySelectorAll<HTMLElement>('[role="menuitem"]')[open.focus]?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const enabled = items.map((item, i) => (item.disabled ? -1 : i)).filter((i) => i >= 0);
  const onButtonKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      show(enabled[0] ?? 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      show(enabled[enabled.length - 1] ?? 0);
    }
  };
  const onMenuKey = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    const items = [...menu.current!.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') close();
    else return;
    e.preventDefault();
  };
  const pick = (item: ActionItem) => {
    close();
    item.onSelect();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? id : undefined}
        onKeyDown={onButtonKey}
        onPointerDown={(e) => e.stopPropagation()}
        onClick={() => (open ? close() : show(enabled[0] ?? 0))}
      >
        {icon}
      </button>
      {open
        ? createPortal(
            <div
              ref={menu}
              id={id}
              className="action-menu"
              role="menu"
              aria-label={label}
              style={{ top: open.at.top, left: open.at.left }}
              onKeyDown={onMenuKey}
              onPointerDown={(e) => e.stopPropagation()}
              onContextMenu={(e) => e.preventDefault()}
            >
              {items.map((item) => (
                <button
                  key={item.label}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className={`menu-item${item.danger ? ' danger' : ''}`}
                  disabled={item.disabled}
                  onClick={() => pick(item)}
                >
                  <span>{item.label}</span>
                  {item.hint ? <span className="menu-hint">{item.hint}</span> : null}
                </button>
              ))}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
