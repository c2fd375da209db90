import { datasetRouter } from "./routers/dataset";
import { eventsRouter } from "./routers/events";
import { geoRouter } from "./routers/geo";
import { groupsRouter } from "./routers/groups";
import { incidentsRouter } from "./routers/incidents";
import { recommendationsRouter } from "./routers/recommendations";
import { sourcesRouter } from "./routers/sources";
import { statisticsRouter } from "./routers/statistics";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  dataset: datasetRouter,
  events: eventsRouter,
  geo: geoRouter,
  groups: groupsRouter,
  incidents: incidentsRouter,
  recommendations: recommendationsRouter,
  sources: sourcesRouter,
  statistics: statisticsRouter,
});

export type AppRouter = typeof appRouter;
