import { auditRouter } from "./routers/audit";
import { dashboardRouter } from "./routers/dashboard";
import { datasetRouter } from "./routers/dataset";
import { eventsRouter } from "./routers/events";
import { geoRouter } from "./routers/geo";
import { groupsRouter } from "./routers/groups";
import { incidentsRouter } from "./routers/incidents";
import { recommendationsRouter } from "./routers/recommendations";
import { searchRouter } from "./routers/search";
import { sourcesRouter } from "./routers/sources";
import { statisticsRouter } from "./routers/statistics";
import { usersRouter } from "./routers/users";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  dashboard: dashboardRouter,
  dataset: datasetRouter,
  events: eventsRouter,
  geo: geoRouter,
  groups: groupsRouter,
  incidents: incidentsRouter,
  recommendations: recommendationsRouter,
  search: searchRouter,
  sources: sourcesRouter,
  statistics: statisticsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
