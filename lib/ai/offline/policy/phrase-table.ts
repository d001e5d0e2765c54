import type { REFUND_STATUSES, RETURN_STATUSES, SHIPMENT_STATUSES, SUBSCRIPTION_STATUSES } from "@/lib/agent/connectors/schemas";
import type { OrderState, SUBSCRIPTION_PLANS } from "@/lib/db/schema";
import type { IntentId } from "../nlu/intents";

// Everything the offline model says, per language. Written like WhatsApp messages: short, warm,
// one question at a time. Values are already formatted (money, dates) when they reach a phrase.
// Button titles stay within 20 characters and list titles within 24 (checked by the tests).

export type SubscriptionPlan = (typeof SUBSCRIPTION_PLANS)[number];
export type ReturnReasonCode = "changed_mind" | "faulty" | "wrong_item";
export type ProblemCode = "not_received" | "damaged" | "wrong_item" | "missing_item";
export type ResolutionCode = "exchange" | "return";
export type SubscriptionActionCode = "pause" | "resume" | "change_plan" | "cancel";

export type Confirmation = { text: string; confirmTitle: string; cancelTitle: string };

export type Phrases = {
  // Disclosure and social turns
  disclosure: (shopName: string, escapeWord: string) => string;
  // The word customers can type to reach a person (recognised by the human-request detection).
  escapeWord: string;
  greeting: (name: string | undefined) => string;
  thanks: string;
  goodbye: string;
  affirmWithoutContext: string;
  denyWithoutContext: string;
  declinedChange: string;
  anythingElse: string;

  // Understanding and handing over
  clarify: string;
  clarifyOpen: string;
  intentTitles: Record<IntentId, string>;
  talkToPerson: string;
  handoff: string;
  handoffIntegration: string;
  handoffApproval: string;
  handoffInvestigation: string;
  handoffLowConfidence: string;
  handoffFailed: string;

  // Identity and lookups
  askOrderNumber: string;
  askPostcode: (orderNumber: string) => string;
  askEmail: string;
  askIdentity: string;
  couldNotVerify: string;
  verifiedThanks: (name: string) => string;
  orderNotFound: (orderNumber: string) => string;
  referenceNotFound: (reference: string) => string;
  noOrders: string;
  chooseOrder: string;
  chooseButton: string;
  orderRow: (placedOn: string, state: string, total: string) => string;
  orderStates: Record<OrderState, string>;

  // Order status
  orderStatus: Record<OrderState, (orderNumber: string, deliveredOn: string | null) => string>;
  carrierLine: (carrier: string, trackingNumber: string) => string;
  etaLine: (date: string) => string;
  latestEventLine: (when: string, description: string, location: string) => string;
  shipmentStatuses: Record<(typeof SHIPMENT_STATUSES)[number], string>;
  shipmentStatusLine: (status: string) => string;

  // Cancelling
  cancelled: (orderNumber: string, refund: string | null) => string;
  cannotCancelShipped: (orderNumber: string) => string;
  cannotCancelDelivered: (orderNumber: string, deliveredOn: string) => string;
  alreadyCancelled: (orderNumber: string) => string;
  cannotCancelState: (orderNumber: string, state: string) => string;
  returnInstead: string;

  // Delivery address
  askNewAddress: (orderNumber: string) => string;
  addressUnclear: string;
  addressChanged: (orderNumber: string, address: string) => string;
  cannotChangeAddress: (orderNumber: string, state: string) => string;

  // Returns and exchanges
  askReturnReason: (orderNumber: string) => string;
  returnReasonTitles: Record<ReturnReasonCode, string>;
  returnStarted: (orderNumber: string, kind: ResolutionCode, labelUrl: string | null) => string;
  notDeliveredYet: (orderNumber: string, state: string) => string;
  returnAlreadyStarted: (orderNumber: string) => string;

  // Refunds
  refundOverview: (orderNumber: string) => string;
  refundLine: (amount: string, requestedOn: string, status: string) => string;
  refundStatuses: Record<(typeof REFUND_STATUSES)[number], string>;
  returnLine: (kind: ResolutionCode, startedOn: string, status: string) => string;
  returnStatuses: Record<(typeof RETURN_STATUSES)[number], string>;
  noRefund: (orderNumber: string) => string;
  refundRequested: (orderNumber: string, amount: string) => string;

  // Missing or damaged
  askProblem: string;
  problemTitles: Record<Exclude<ProblemCode, "missing_item">, string>;
  stillOnTheWay: (orderNumber: string, expected: string | null) => string;
  askResolution: string;
  resolutionTitles: Record<ResolutionCode, string>;

  // Invoices
  invoiceCopy: (invoiceNumber: string, amount: string, issuedOn: string, url: string) => string;
  noInvoiceYet: (orderNumber: string) => string;

  // Shipping
  shippingIntro: (country: string) => string;
  shippingOption: (method: string, price: string, minDays: number, maxDays: number, freeFrom: string | null) => string;
  shippingMethods: Record<string, string>;
  free: string;
  noShipping: (country: string) => string;

  // Promo codes
  askPromoCode: string;
  promoValid: (code: string, discount: string, until: string, minimum: string | null) => string;
  percentOff: (percent: number) => string;
  amountOff: (amount: string) => string;
  promoOnThisOrder: (amount: string) => string;
  promoUnknown: (code: string) => string;
  promoNotStarted: (code: string, from: string) => string;
  promoExpired: (code: string, until: string) => string;
  promoWrongCountry: (code: string, countries: string) => string;
  promoBelowMinimum: (code: string, minimum: string) => string;

  // Appointments
  services: Record<string, string>;
  noUpcomingBookings: string;
  chooseBooking: string;
  chooseSlot: (service: string, current: string) => string;
  seeTimes: string;
  noSlots: string;
  rescheduled: (service: string, when: string, location: string) => string;
  slotGone: string;
  at: string;

  // Subscriptions
  plans: Record<SubscriptionPlan, string>;
  subscriptionStatuses: Record<(typeof SUBSCRIPTION_STATUSES)[number], string>;
  noSubscriptions: string;
  chooseSubscription: string;
  askSubscriptionAction: (plan: string, status: string) => string;
  subscriptionActionTitles: Record<SubscriptionActionCode, string>;
  choosePlan: (current: string) => string;
  paused: (plan: string, until: string | null) => string;
  resumed: (plan: string, nextBilling: string | null) => string;
  planChanged: (plan: string, price: string) => string;
  alreadyPaused: (plan: string, until: string | null) => string;
  alreadyActive: (plan: string) => string;
  subscriptionEnded: (plan: string) => string;
  cannotCancelSubscription: string;

  // Knowledge
  knowledgeSource: (title: string) => string;
  dontKnow: string;
  // The only article about the question is the English fallback: named, not quoted, in another language.
  knowledgeOnlyInEnglish: string;
  complaintAcknowledged: string;
  complaintOffer: string;

  // Refusals the tools gave that the flow did not foresee
  notAllowed: string;
  invalidRequest: string;

  // Confirmation prompts for changes (the runner sends them as buttons)
  confirm: {
    cancelOrder: (orderNumber: string) => Confirmation;
    changeAddress: (orderNumber: string, address: string) => Confirmation;
    startReturn: (orderNumber: string, kind: ResolutionCode, reason: string) => Confirmation;
    requestRefund: (orderNumber: string, amount: string | null) => Confirmation;
    reschedule: (reference: string, when: string | null) => Confirmation;
    pause: (reference: string, until: string | null) => Confirmation;
    resume: (reference: string) => Confirmation;
    changePlan: (reference: string, plan: string) => Confirmation;
    generic: Confirmation;
  };
};
