import { changedSubscriptionSchema, subscriptionListSchema, type SubscriptionView } from "@/lib/agent/tools/tool-data";
import { SUBSCRIPTION_PLANS } from "@/lib/db/schema";
import { normalizeText } from "../../nlu/normalize";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { identityStep } from "../identity-step";
import { formatDay, formatMoney, shopDay } from "../locale-format";
import type { SubscriptionActionCode, SubscriptionPlan } from "../phrase-table";
import { choiceId, readOptionNumber } from "../reply-choice";
import type { OfflineStep, ReplyButton } from "../types";

const CHANGE_TOOLS = ["pause_subscription", "resume_subscription", "change_subscription_plan"] as const;

// Pause, resume or change a subscription: who (e-mail) → which subscription (taken when there is
// one) → what to do (from their words, else three buttons) → for a plan change, which plan (a list)
// → the change call (confirmed by the runner) → the outcome. There is no cancel tool: a cancellation
// is offered a pause or a person.
export function subscriptionChangeFlow(ctx: FlowContext): OfflineStep {
  const identity = identityStep(ctx, "email");
  if (identity) return identity;
  const { phrases, lang } = ctx;

  for (const toolName of CHANGE_TOOLS) {
    const changed = resultData(latestResult(ctx, toolName), changedSubscriptionSchema);
    if (changed) return reply(ctx, changedText(ctx, toolName, changed.subscription), { endFlow: true });
  }

  const listed = latestResult(ctx, "list_subscriptions");
  if (!listed) return callTools({ toolName: "list_subscriptions", input: {} });
  const subscriptions = resultData(listed, subscriptionListSchema)?.subscriptions ?? [];
  const open = subscriptions.filter((subscription) => subscription.status !== "cancelled");

  const subscription = chooseSubscription(ctx, subscriptions, open);
  if (!subscription) {
    if (ctx.slots.subscriptionReference) return reply(ctx, phrases.referenceNotFound(ctx.slots.subscriptionReference), { forget: ["subscriptionReference"] });
    if (open.length === 0) return reply(ctx, phrases.noSubscriptions, { buttons: [talkToPersonButton(ctx)], endFlow: true });
    return reply(ctx, phrases.chooseSubscription, {
      awaiting: "subscription_choice",
      list: {
        buttonLabel: phrases.chooseButton,
        rows: open.map((item) => ({
          id: choiceId("sub", item.reference),
          title: planName(ctx, item.plan),
          description: `${item.reference} · ${phrases.subscriptionStatuses[item.status]} · ${formatMoney(item.priceCents, item.currency, lang)}`,
        })),
      },
    });
  }
  ctx.slots.subscriptionReference = subscription.reference;
  const reference = subscription.reference;
  const plan = planName(ctx, subscription.plan);
  if (subscription.status === "cancelled") return reply(ctx, phrases.subscriptionEnded(plan), { endFlow: true });

  const wantedPlan = isPlan(ctx.slots.plan) && ctx.slots.plan !== subscription.plan ? ctx.slots.plan : null;
  const action = actionOf(ctx.slots.subscriptionAction) ?? (wantedPlan ? "change_plan" : null);
  const actionButton = (code: SubscriptionActionCode): ReplyButton => ({ id: choiceId("action", code), title: phrases.subscriptionActionTitles[code] });

  switch (action) {
    case null:
      return reply(ctx, phrases.askSubscriptionAction(plan, phrases.subscriptionStatuses[subscription.status]), {
        buttons: [actionButton(subscription.status === "paused" ? "resume" : "pause"), actionButton("change_plan"), talkToPersonButton(ctx)],
        awaiting: "subscription_action",
      });
    case "pause": {
      if (subscription.status === "paused") {
        const until = subscription.pausedUntil ? formatDay(subscription.pausedUntil, lang) : null;
        return reply(ctx, phrases.alreadyPaused(plan, until), { buttons: [actionButton("resume"), talkToPersonButton(ctx)], awaiting: "subscription_action", forget: ["subscriptionAction"] });
      }
      const until = ctx.slots.date && ctx.slots.date > shopDay(ctx.input.now) ? ctx.slots.date : undefined;
      return callTools({ toolName: "pause_subscription", input: { subscriptionReference: reference, ...(until ? { until } : {}) } });
    }
    case "resume":
      if (subscription.status === "active") return reply(ctx, phrases.alreadyActive(plan), { endFlow: true });
      return callTools({ toolName: "resume_subscription", input: { subscriptionReference: reference } });
    case "cancel":
      return reply(ctx, phrases.cannotCancelSubscription, {
        buttons: [...(subscription.status === "active" ? [actionButton("pause")] : []), talkToPersonButton(ctx)],
        awaiting: "subscription_action",
        forget: ["subscriptionAction"],
      });
    case "change_plan": {
      const others = SUBSCRIPTION_PLANS.filter((candidate) => candidate !== subscription.plan);
      const picked = wantedPlan ?? pickTypedPlan(ctx, others);
      if (picked) return callTools({ toolName: "change_subscription_plan", input: { subscriptionReference: reference, plan: picked } });
      return reply(ctx, phrases.choosePlan(plan), {
        awaiting: "plan_choice",
        list: { buttonLabel: phrases.chooseButton, rows: others.map((candidate) => ({ id: choiceId("plan", candidate), title: planName(ctx, candidate) })) },
      });
    }
  }
}

function changedText(ctx: FlowContext, toolName: (typeof CHANGE_TOOLS)[number], subscription: SubscriptionView): string {
  const { phrases, lang } = ctx;
  const plan = planName(ctx, subscription.plan);
  switch (toolName) {
    case "pause_subscription":
      return phrases.paused(plan, subscription.pausedUntil ? formatDay(subscription.pausedUntil, lang) : null);
    case "resume_subscription":
      return phrases.resumed(plan, subscription.nextBillingOn ? formatDay(subscription.nextBillingOn, lang) : null);
    case "change_subscription_plan":
      return phrases.planChanged(plan, formatMoney(subscription.priceCents, subscription.currency, lang));
  }
}

function chooseSubscription(ctx: FlowContext, all: readonly SubscriptionView[], open: readonly SubscriptionView[]): SubscriptionView | undefined {
  const reference = ctx.slots.subscriptionReference;
  if (reference) return all.find((subscription) => subscription.reference.toUpperCase() === reference.toUpperCase());
  if (open.length === 1) return open[0];
  if (ctx.input.state.awaiting !== "subscription_choice") return undefined;
  const number = readOptionNumber(ctx.input.customerText);
  if (number !== null) return open[number - 1];
  const named = isPlan(ctx.slots.plan) ? open.filter((subscription) => subscription.plan === ctx.slots.plan) : [];
  return named.length === 1 ? named[0] : undefined;
}

function pickTypedPlan(ctx: FlowContext, plans: readonly SubscriptionPlan[]): SubscriptionPlan | undefined {
  if (ctx.input.state.awaiting !== "plan_choice") return undefined;
  const number = readOptionNumber(ctx.input.customerText);
  if (number !== null) return plans[number - 1];
  const said = normalizeText(ctx.input.customerText);
  return plans.find((candidate) => normalizeText(planName(ctx, candidate)) === said);
}

function planName(ctx: FlowContext, plan: string): string {
  return isPlan(plan) ? ctx.phrases.plans[plan] : plan;
}

function isPlan(value: string | undefined): value is SubscriptionPlan {
  return value !== undefined && (SUBSCRIPTION_PLANS as readonly string[]).includes(value);
}

function actionOf(value: string | undefined): SubscriptionActionCode | null {
  return value === "pause" || value === "resume" || value === "change_plan" || value === "cancel" ? value : null;
}
