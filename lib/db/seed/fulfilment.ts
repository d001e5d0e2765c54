import type { shipments, trackingEvents } from "@/lib/db/schema";
import type { Clock } from "./clock";
import type { ShopCountry } from "./country-data";
import type { ShipmentTimeline } from "./order-timeline";
import type { OrderRecord } from "./orders";
import { deterministicUuid, type Rng } from "./random";

// Parcels and their tracking history. Each country ships with its national carrier, and every event
// is placed on the order's timeline, so tracking always reads in chronological order.

type Carrier = { name: string; hub: string; trackingNumber: (rng: Rng) => string };

const ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

const CARRIERS: Record<ShopCountry, Carrier> = {
  NL: { name: "PostNL", hub: "Sorteercentrum Nieuwegein, NL", trackingNumber: (rng) => `3SNWHD${rng.digits(9)}` },
  BE: { name: "bpost", hub: "Brussels X sorting centre, BE", trackingNumber: (rng) => `3232${rng.digits(20)}` },
  FR: { name: "Colissimo", hub: "Plateforme Colis Chilly-Mazarin, FR", trackingNumber: (rng) => `6A${rng.digits(11)}` },
  DE: { name: "DHL", hub: "DHL Paketzentrum Bochum, DE", trackingNumber: (rng) => `00340434${rng.digits(12)}` },
  ES: { name: "Correos", hub: "Centro de Tratamiento Automatizado Madrid, ES", trackingNumber: (rng) => `PQ${rng.fromAlphabet(ALPHANUMERIC, 4)}${rng.digits(14)}X` },
  PT: { name: "CTT", hub: "Centro Operacional Sul, Lisboa, PT", trackingNumber: (rng) => `DA${rng.digits(9)}PT` },
  GB: { name: "Royal Mail", hub: "Heathrow Worldwide Distribution Centre, GB", trackingNumber: (rng) => `TT${rng.digits(9)}GB` },
  IE: { name: "An Post", hub: "Dublin Mail Centre, IE", trackingNumber: (rng) => `CE${rng.digits(9)}IE` },
};

const WAREHOUSE = "Northwind fulfilment centre, Tilburg, NL";

export type TrackingStep = { minutesAgo: number; location: string; description: string };

export type ShipmentRecord = {
  id: string;
  order: OrderRecord;
  carrier: string;
  trackingNumber: string;
  status: ShipmentTimeline["status"];
  // Oldest first.
  events: TrackingStep[];
};

export function buildShipments(rng: Rng, clock: Clock, records: readonly OrderRecord[]) {
  const usedTrackingNumbers = new Set<string>();
  const shipmentRecords: ShipmentRecord[] = [];
  const shipmentRows: (typeof shipments.$inferInsert)[] = [];
  const eventRows: (typeof trackingEvents.$inferInsert)[] = [];

  for (const order of records) {
    const timeline = order.timeline.shipment;
    if (!timeline) continue;
    const carrier = CARRIERS[order.customer.country];
    let trackingNumber = carrier.trackingNumber(rng);
    while (usedTrackingNumbers.has(trackingNumber)) trackingNumber = carrier.trackingNumber(rng);
    usedTrackingNumbers.add(trackingNumber);
    const id = deterministicUuid(rng);
    const events = trackingHistory(order, carrier, timeline, rng);
    shipmentRecords.push({ id, order, carrier: carrier.name, trackingNumber, status: timeline.status, events });
    shipmentRows.push({
      id,
      orderId: order.id,
      carrier: carrier.name,
      trackingNumber,
      status: timeline.status,
      estimatedDelivery: clock.dateOfMinutesAgo(timeline.estimatedDelivery),
      createdAt: clock.minutesAgo(timeline.labelCreated),
    });
    for (const event of events) {
      eventRows.push({ id: deterministicUuid(rng), shipmentId: id, at: clock.minutesAgo(event.minutesAgo), location: event.location, description: event.description });
    }
  }
  return { shipmentRecords, shipmentRows, eventRows };
}

function trackingHistory(order: OrderRecord, carrier: Carrier, timeline: ShipmentTimeline, rng: Rng): TrackingStep[] {
  const destination = `${order.customer.city}, ${order.customer.country}`;
  const steps: (TrackingStep | undefined)[] = [
    { minutesAgo: timeline.labelCreated, location: WAREHOUSE, description: "Shipping label created by Northwind Home" },
    step(timeline.carrierAnnounced, WAREHOUSE, `Shipment details received by ${carrier.name}`),
    step(timeline.pickedUp, WAREHOUSE, `Parcel collected by ${carrier.name}`),
    step(timeline.sorted, carrier.hub, `Parcel processed at ${carrier.name} sorting centre`),
    step(timeline.customsCleared, "East Midlands Gateway, GB", "Import customs clearance completed"),
    step(timeline.delayed, carrier.hub, "Delivery delayed: higher parcel volumes than usual"),
    step(timeline.toDepot, `Delivery depot ${order.customer.city}, ${order.customer.country}`, "Parcel on its way to the local delivery depot"),
    step(timeline.outForDelivery, destination, "Out for delivery"),
    step(timeline.delivered, destination, deliveredDescription(order, rng)),
  ];
  return steps
    .filter((s): s is TrackingStep => s !== undefined)
    .sort((a, b) => b.minutesAgo - a.minutesAgo);
}

function step(minutesAgo: number | undefined, location: string, description: string): TrackingStep | undefined {
  return minutesAgo === undefined ? undefined : { minutesAgo, location, description };
}

function deliveredDescription(order: OrderRecord, rng: Rng): string {
  if (order.method === "pickup") return "Delivered to the pickup point, ready for collection";
  return rng.weighted([
    ["Delivered", 70],
    ["Delivered to a neighbour", 15],
    ["Delivered in the letterbox", 10],
    ["Delivered, signed for by the recipient", 5],
  ] as const);
}
