import Heading from "@theme/Heading";
import type { ReactNode } from "react";

/** A titled section of a page: the heading labels the section for assistive technology. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
}): ReactNode {
  return (
    <section aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
