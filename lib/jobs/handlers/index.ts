import type { JobHandlers } from "../job-runner";
import { maintenanceSweep } from "./maintenance-sweep";

export const jobHandlers: JobHandlers = {
  "maintenance.sweep": maintenanceSweep,
};
