import { auditRouter } from "./routers/audit";
import { dashboardRouter } from "./routers/dashboard";
import { datasetRouter } from "./routers/dataset";
import { eventsRouter } from "./routers/events";
import { geoRouter } from "./routers/geo";
import { groupsRouter } from "./routers/groups";
import { importsRouter } from "./routers/imports";
import { incidentsRouter } from "./routers/incidents";
import { recommendationsRouter } from "./routers/recommendations";
import { recordsRouter } from "./routers/records";
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
  imports: importsRouter,
  incidents: incidentsRouter,
  recommendations: recommendationsRouter,
  records: recordsRouter,
  search: searchRouter,
  sources: sourcesRouter,
  statistics: statisticsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
