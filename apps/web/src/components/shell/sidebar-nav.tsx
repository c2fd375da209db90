"use client";

import { hasRole, type Role } from "@monitor/domain";
import {
  CalendarClock,
  ChartLine,
  ClipboardCheck,
  FileUp,
  Hash,
  History,
  LayoutDashboard,
  Library,
  ListChecks,
  type LucideIcon,
  Map as MapIcon,
  Scale,
  ScrollText,
  Settings2,
  Share2,
  Trash2,
  UserCog,
  Users,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "~/lib/utils";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** The lowest role that sees the item (default: everyone signed in). The server guards the page itself. */
  minRole?: Role;
  /** Active only on the item's own page, not its sub-pages. */
  exact?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/map", label: "Map", icon: MapIcon },
  { href: "/trends", label: "Trends", icon: ChartLine },
  { href: "/statistics", label: "Figures", icon: Hash },
  { href: "/compare", label: "Compare sources", icon: Scale },
  { href: "/groups", label: "Groups", icon: Users },
  { href: "/network", label: "Network", icon: Share2 },
  { href: "/incidents", label: "Incidents", icon: ListChecks },
  { href: "/timeline", label: "Timeline", icon: CalendarClock },
  { href: "/recommendations", label: "Recommendations", icon: ClipboardCheck },
  { href: "/sources", label: "Sources", icon: Library },
  { href: "/changes", label: "Changes", icon: History },
  { href: "/admin", label: "Data admin", icon: Settings2, minRole: "editor", exact: true },
  { href: "/admin/import", label: "Import CSV", icon: FileUp, minRole: "editor" },
  { href: "/admin/trash", label: "Trash", icon: Trash2, minRole: "editor" },
  { href: "/admin/users", label: "Users", icon: UserCog, minRole: "admin" },
  { href: "/admin/audit", label: "Audit log", icon: ScrollText, minRole: "admin" },
];

/** The items a role sees. */
export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.minRole || hasRole(role, item.minRole));
}

/** True when `pathname` is the item's page or one of its sub-pages ("/" matches only itself). */
export function isActivePath(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The primary navigation. A vertical list in the sidebar; under the `shell` breakpoint (900 px) it becomes
 * a horizontally scrolling strip under the top bar.
 */
export function SidebarNav({ role }: { role: Role }) {
  const pathname = usePathname() ?? "/";
  const items = navItemsFor(role);
  return (
    <nav aria-label="Main" className="min-w-0">
      <ul className="flex gap-0.5 overflow-x-auto px-3 pb-2 shell:flex-col shell:overflow-visible shell:px-2 shell:pb-0">
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : isActivePath(pathname, item.href);
          const Icon = item.icon;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "group flex h-8 items-center gap-2.5 rounded-md px-2.5 text-[13px] font-medium whitespace-nowrap text-muted-foreground transition-colors",
                  "hover:bg-surface-3 hover:text-foreground",
                  active && "bg-accent-soft text-accent-text hover:bg-accent-soft hover:text-accent-text",
                )}
              >
                <Icon
                  aria-hidden="true"
                  className={cn("size-4 shrink-0", active ? "text-accent-text" : "text-subtle group-hover:text-muted-foreground")}
                  strokeWidth={1.75}
                />
                <span>{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
