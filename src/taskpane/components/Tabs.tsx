/**
 * A small tab list: one Tab stop, arrow keys, Home and End move between the tabs and select them
 * (the WAI-ARIA tabs pattern with automatic activation). Used instead of Fluent's TabList, whose
 * focus helpers (tabster's aria-hidden focusable `<i>` elements, microsoft/tabster#288) axe
 * reports as `aria-hidden-focus`; it also keeps @fluentui/react-tabs out of the bundle.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { display: "flex", gap: tokens.spacingHorizontalXXS },
  tab: {
    position: "relative",
    border: "none",
    background: "none",
    cursor: "pointer",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabItem<T extends string> {
  value: T;
  label: string;
  /** The element's id, and the id of the panel it shows (tab panels only). */
  id?: string;
  controls?: string;
}

export function Tabs<T extends string>(props: {
  label: string;
  items: TabItem<T>[];
  selected: T;
  onSelect(value: T): void;
  className?: string;
}) {
  const styles = useStyles();
  const refs = React.useRef(new Map<T, HTMLButtonElement>());
  const { items, selected, onSelect } = props;

  const onKeyDown = (event: React.KeyboardEvent) => {
    const at = items.findIndex((i) => i.value === selected);
    const to =
      event.key === "ArrowRight"
        ? (at + 1) % items.length
        : event.key === "ArrowLeft"
          ? (at - 1 + items.length) % items.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? items.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    onSelect(items[to].value);
    refs.current.get(items[to].value)?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={props.label}
      className={mergeClasses(styles.list, props.className)}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.value}
          ref={(el) => {
            if (el) refs.current.set(item.value, el);
            else refs.current.delete(item.value);
          }}
          type="button"
          role="tab"
          id={item.id}
          aria-controls={item.controls}
          aria-selected={item.value === selected}
          tabIndex={item.value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, item.value === selected && styles.selected)}
          onClick={() => onSelect(item.value)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
