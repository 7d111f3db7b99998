/** A folded part of the pane: a subtle button that shows or hides what is below it. */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";

export function Disclosure(props: {
  label: string;
  /** Nothing to show for now; whether it was open is kept for when there is. */
  hidden?: boolean;
  /** What opens, given the id the button's aria-controls names. */
  children(id: string): React.ReactNode;
}) {
  const [open, setOpen] = React.useState(false);
  const id = React.useId();
  if (props.hidden) return null;
  return (
    <div>
      <Button
        appearance="subtle"
        size="small"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {props.label}
      </Button>
      {open && props.children(id)}
    </div>
  );
}
