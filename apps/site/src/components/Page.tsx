import Layout from "@theme/Layout";
import type { ReactNode } from "react";

/** The frame of a generated page: the site layout, the main column and, where given, a breadcrumb. */
export function Page({
  title,
  description,
  className,
  breadcrumb,
  children,
}: {
  title: string;
  description: string;
  className?: string;
  breadcrumb?: ReactNode;
  children: ReactNode;
}): ReactNode {
  return (
    <Layout title={title} description={description}>
      <main className={className ? `container margin-vert--lg ${className}` : "container margin-vert--lg"}>
        {breadcrumb ? (
          <nav aria-label="Breadcrumb" className="lhc-small">
            {breadcrumb}
          </nav>
        ) : null}
        {children}
      </main>
    </Layout>
  );
}
