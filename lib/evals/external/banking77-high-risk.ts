// Banking77 intents that must reach a person when a customer writes them on WhatsApp. Two groups:
//
// core: money moved without the customer's consent, or a card, phone or credentials out of their
//   control. These are exactly what our high-risk topics payment_dispute ("unauthorised
//   transaction", "charged twice", "chargeback") and account_takeover ("fraud", "hacked", "stolen")
//   are for, so the default rules must hand them over on the first message.
// regulated: the extra intents the data folder's README lists as "escalate to a human" for a bank
//   (irreversible transfers, anti-money-laundering checks, closing the account). A shop's
//   high-risk lexicon was never meant to cover them; they are measured and reported apart so the
//   core figure is not diluted and the gap stays visible.
export const BANKING77_HIGH_RISK = {
  core: {
    // "I think my card has been compromised / someone used my card details".
    compromised_card: "card details in someone else's hands",
    // "My card was stolen", "I lost my card": a card out of the customer's control.
    lost_or_stolen_card: "card lost or stolen",
    // "My phone was stolen": the banking app (and the WhatsApp account) in someone else's hands.
    lost_or_stolen_phone: "phone with the account on it lost or stolen",
    // "There's a payment I don't recognise": an unauthorised card payment.
    card_payment_not_recognised: "unauthorised card payment",
    // "A cash withdrawal I didn't make": an unauthorised withdrawal.
    cash_withdrawal_not_recognised: "unauthorised cash withdrawal",
    // "A direct debit I never set up": an unauthorised debit.
    direct_debit_payment_not_recognised: "unauthorised direct debit",
    // "I was charged twice": a payment dispute (our lexicon has "charged twice", "double charged").
    transaction_charged_twice: "duplicate charge, a dispute",
  },
  regulated: {
    // Stopping a transfer already sent: irreversible money movement.
    cancel_transfer: "recalling a sent transfer",
    // Source-of-funds checks are anti-money-laundering compliance.
    verify_source_of_funds: "anti-money-laundering check",
    // Closing the account.
    terminate_account: "closing the account",
  },
} as const;

export type HighRiskGroup = keyof typeof BANKING77_HIGH_RISK;

export function highRiskGroupOf(label: string): HighRiskGroup | null {
  if (label in BANKING77_HIGH_RISK.core) return "core";
  if (label in BANKING77_HIGH_RISK.regulated) return "regulated";
  return null;
}
