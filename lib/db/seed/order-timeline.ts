import type { OrderState } from "@/lib/db/schema";
import { DAY, HOUR } from "./clock";
import type { ShippingRate } from "./catalog";
import type { Rng } from "./random";

// When each step of an order happened, in minutes before now. The state decides which steps exist
// and how long ago the order was placed, so every order's dates agree with its state: a shipped
// order is still on its way, a delivered one arrived before today, a lost parcel went quiet weeks ago.

export type ShipmentStatus = "label_created" | "in_transit" | "out_for_delivery" | "delivered" | "lost";

export type OrderTimeline = {
  placed: number;
  paid?: number;
  cancelled?: number;
  shipment?: ShipmentTimeline;
  delivered?: number;
};

export type ShipmentTimeline = {
  status: ShipmentStatus;
  labelCreated: number;
  carrierAnnounced?: number;
  pickedUp?: number;
  sorted?: number;
  customsCleared?: number;
  toDepot?: number;
  delayed?: number;
  outForDelivery?: number;
  delivered?: number;
  // The carrier's promised delivery moment when the parcel left the warehouse.
  estimatedDelivery: number;
};

const MAX_AGE = 180 * DAY;

export function planTimeline(state: OrderState, rate: ShippingRate, rng: Rng): OrderTimeline {
  switch (state) {
    case "pending_payment":
      return { placed: rng.int(5, 2 * DAY) };
    case "paid": {
      const placed = rng.int(20, 10 * HOUR);
      return { placed, paid: placed - rng.int(1, 8) };
    }
    case "processing": {
      const placed = rng.int(6 * HOUR, 2 * DAY);
      return { placed, paid: placed - rng.int(1, 8) };
    }
    case "cancelled": {
      const placed = rng.int(DAY, MAX_AGE);
      return { placed, cancelled: placed - rng.int(10, 20 * HOUR) };
    }
    case "shipped":
      return withPayment(rng.chance(0.1) ? lostShipment(rate, rng) : shipmentUnderway(rate, rng), rng);
    case "delivered":
      return withPayment(deliveredShipment(rate, rng, DAY), rng);
    case "returned":
      // A return still in progress: delivered in the last few weeks.
      return withPayment(deliveredShipment(rate, rng, 5 * DAY, 50 * DAY), rng);
    case "refunded":
      // Old enough for a return request, the parcel back at the warehouse and a refund paid out.
      return withPayment(deliveredShipment(rate, rng, 23 * DAY), rng);
  }
}

function withPayment(timeline: OrderTimeline, rng: Rng): OrderTimeline {
  return { ...timeline, paid: timeline.placed - rng.int(1, 8) };
}

// A parcel that reached the customer at least `minAgeAfterDelivery` ago, placed at most `maxAge` ago.
function deliveredShipment(rate: ShippingRate, rng: Rng, minAgeAfterDelivery: number, maxAge = MAX_AGE): OrderTimeline {
  const handling = rng.int(2 * HOUR, 20 * HOUR);
  const handover = rng.int(HOUR, 4 * HOUR);
  const transit = transitMinutes(rate, rng);
  const placed = rng.int(handling + handover + transit + minAgeAfterDelivery, maxAge);
  const labelCreated = placed - handling;
  const pickedUp = labelCreated - handover;
  const delivered = pickedUp - transit;
  return {
    placed,
    delivered,
    shipment: {
      status: "delivered",
      labelCreated,
      // UK parcels already carry a customs step; at most six tracking events per parcel.
      carrierAnnounced: rate.country !== "GB" && rng.chance(0.3) ? labelCreated - rng.int(10, 40) : undefined,
      pickedUp,
      sorted: rng.chance(0.85) ? pickedUp - Math.round(transit * 0.25) : undefined,
      customsCleared: rate.country === "GB" ? pickedUp - Math.round(transit * 0.5) : undefined,
      outForDelivery: rng.chance(0.9) ? delivered + rng.int(2 * HOUR, 6 * HOUR) : undefined,
      delivered,
      estimatedDelivery: pickedUp - rate.maxDays * DAY,
    },
  };
}

// A parcel still on its way: label printed, in the carrier's network, or out for delivery today.
function shipmentUnderway(rate: ShippingRate, rng: Rng): OrderTimeline {
  const status = rng.weighted([["label_created", 15], ["in_transit", 65], ["out_for_delivery", 20]] as const);
  if (status === "label_created") {
    const labelCreated = rng.int(30, 20 * HOUR);
    return {
      placed: labelCreated + rng.int(2 * HOUR, 24 * HOUR),
      shipment: {
        status,
        labelCreated,
        carrierAnnounced: labelCreated - rng.int(10, 25),
        estimatedDelivery: labelCreated - (rate.maxDays + 1) * DAY,
      },
    };
  }
  const transit = transitMinutes(rate, rng);
  if (status === "out_for_delivery") {
    const outForDelivery = rng.int(30, 5 * HOUR);
    const sorted = outForDelivery + rng.int(6 * HOUR, 16 * HOUR);
    const pickedUp = sorted + rng.int(3 * HOUR, 10 * HOUR);
    const labelCreated = pickedUp + rng.int(HOUR, 4 * HOUR);
    return {
      placed: labelCreated + rng.int(2 * HOUR, 20 * HOUR),
      shipment: {
        status,
        labelCreated,
        pickedUp,
        sorted,
        customsCleared: rate.country === "GB" ? sorted - rng.int(2 * HOUR, 4 * HOUR) : undefined,
        outForDelivery,
        estimatedDelivery: pickedUp - rate.maxDays * DAY,
      },
    };
  }
  // In transit; some parcels are a day or two past their promised date.
  const sincePickup = rng.int(3 * HOUR, transit + 2 * DAY);
  const pickedUp = sincePickup;
  const sorted = sincePickup > 8 * HOUR ? pickedUp - rng.int(4 * HOUR, Math.min(14 * HOUR, sincePickup - 2 * HOUR)) : undefined;
  const labelCreated = pickedUp + rng.int(HOUR, 4 * HOUR);
  const late = sincePickup > transit + DAY && sorted !== undefined;
  return {
    placed: labelCreated + rng.int(2 * HOUR, 20 * HOUR),
    shipment: {
      status,
      labelCreated,
      pickedUp,
      sorted,
      customsCleared: rate.country === "GB" && sorted !== undefined && sorted > 2 * HOUR ? sorted - HOUR : undefined,
      delayed: late ? rng.int(30, Math.max(31, (sorted ?? 0) - 90)) : undefined,
      estimatedDelivery: pickedUp - rate.maxDays * DAY,
    },
  };
}

// A parcel whose tracking stopped more than ten days ago: the missing-delivery cases.
function lostShipment(rate: ShippingRate, rng: Rng): OrderTimeline {
  const toDepot = rng.int(12 * DAY, 28 * DAY);
  const sorted = toDepot + rng.int(3 * HOUR, 8 * HOUR);
  const pickedUp = sorted + rng.int(4 * HOUR, 12 * HOUR);
  const labelCreated = pickedUp + rng.int(HOUR, 4 * HOUR);
  return {
    placed: labelCreated + rng.int(2 * HOUR, 20 * HOUR),
    shipment: {
      status: "lost",
      labelCreated,
      pickedUp,
      sorted,
      customsCleared: rate.country === "GB" ? sorted - HOUR : undefined,
      toDepot,
      estimatedDelivery: pickedUp - rate.maxDays * DAY,
    },
  };
}

function transitMinutes(rate: ShippingRate, rng: Rng): number {
  return rng.int(rate.minDays, rate.maxDays) * DAY - rng.int(0, 8 * HOUR);
}
