import type { ArticleSource } from "./knowledge-article-source";
import { formatMoney } from "./knowledge-shipping-table";
import { SUBSCRIPTION_PLAN_DETAILS } from "./subscriptions";

// English articles about the relationship with the shop: appointments, subscriptions, the account,
// how to reach us, complaints and personal data.

const planPrice = (plan: keyof typeof SUBSCRIPTION_PLAN_DETAILS) => formatMoney(SUBSCRIPTION_PLAN_DETAILS[plan].priceCents, "EUR", "en-IE");

export const ENGLISH_SERVICE_ARTICLES: readonly ArticleSource[] = [
  {
    slug: "appointments-and-rescheduling",
    title: "Service appointments: booking, rescheduling and cancelling",
    locale: "en",
    tags: ["appointments", "service"],
    intents: ["reschedule_appointment"],
    body: `We offer three kinds of appointments. Each booking has a reference starting with **BK-** (for example BK-10042).

| Service | Where | Duration | Price |
| --- | --- | --- | --- |
| Espresso machine service (descale, gaskets, pressure check) | Amsterdam (Overtoom 141) or Antwerp (Meir 78) | 90 minutes | €69, free with Care Plus |
| Grinder calibration | Amsterdam or Antwerp | 45 minutes | Free for grinders bought from us |
| Video setup call | Online | 30 minutes | Free for every machine or grinder order |

Appointments are available Monday to Friday. Workshop slots start at 09:00, 11:00, 14:00 and 16:00 (machine service) or 10:00, 13:00 and 15:30 (grinder calibration), Amsterdam time.

## Rescheduling
- Free until **24 hours** before the appointment: send us your booking reference and a preferred day, and we offer the nearest free slots.
- Less than 24 hours before: you can reschedule **once**.
- The video-call link is sent by e-mail and WhatsApp **1 hour** before the call.

## Cancelling and no-shows
- Cancelling is free until 24 hours before.
- If you do not show up for a workshop appointment without cancelling, we charge a **€25** no-show fee (not for video calls).

Bring the machine with an **empty water tank and drip tray** and the portafilter(s). Machines left after a service are kept for 30 days.`,
  },
  {
    slug: "subscriptions-manage",
    title: "Subscriptions: pause, resume, skip, change or cancel",
    locale: "en",
    tags: ["subscriptions"],
    intents: ["subscription_change"],
    body: `Subscriptions have a reference starting with **SUB-** (for example SUB-10077).

| Plan | What you get | Price |
| --- | --- | --- |
| coffee-monthly | ${SUBSCRIPTION_PLAN_DETAILS["coffee-monthly"].description} | ${planPrice("coffee-monthly")} per delivery |
| coffee-biweekly | ${SUBSCRIPTION_PLAN_DETAILS["coffee-biweekly"].description} | ${planPrice("coffee-biweekly")} per delivery |
| filters-quarterly | ${SUBSCRIPTION_PLAN_DETAILS["filters-quarterly"].description} | ${planPrice("filters-quarterly")} per delivery |
| care-plus | ${SUBSCRIPTION_PLAN_DETAILS["care-plus"].description} | ${planPrice("care-plus")} per month |

Shipping is always free for subscription deliveries.

## Pause
- Pause for **1 week up to 3 months**. Billing and deliveries stop until the date you choose; the next billing date moves to that day.
- Changes must be made at least **2 days before the next billing date** to apply to the upcoming delivery.

## Resume
Resume at any time: the next billing happens on the day you resume, or on the date you choose.

## Skip one delivery
Skip a single delivery without pausing; the billing date moves one period forward.

## Change plan
Switch between coffee-monthly and coffee-biweekly, or change the coffee, at any time. The new price applies from the next billing date.

## Cancel
Cancel at any time before the next billing date. There is no cancellation fee. Care Plus cover ends at the end of the paid month; repairs already booked are still carried out.`,
  },
  {
    slug: "account-and-password",
    title: "Account, login and password help",
    locale: "en",
    tags: ["account", "login"],
    intents: ["account_help"],
    body: `## Resetting your password
1. Go to northwind.example/login and choose **Forgot password**.
2. Enter the e-mail address of your account. The reset link arrives within 5 minutes and is valid for **60 minutes**.
3. No e-mail? Check your spam folder and make sure you use the address you ordered with.

## Locked account
After **5 failed login attempts** the account is locked for **15 minutes**. Wait, then use the reset link if you are unsure of the password.

## Changing your e-mail address or phone number
- E-mail: Account → Details → Change e-mail. We send a confirmation link to **both** the old and the new address.
- The phone number is used for WhatsApp updates; change it in the same screen.

## Ordering without an account
Guest orders are linked to your e-mail address. You can create an account later with the same address and your past orders appear automatically.

## Security
We will **never** ask for your password, login codes or full card number on WhatsApp, by e-mail or by phone. If someone does, please tell us.

If you think someone else has access to your account, reply "account hacked" and a colleague secures it straight away.`,
  },
  {
    slug: "opening-hours-and-contact",
    title: "Opening hours and how to reach us",
    locale: "en",
    tags: ["contact", "opening-hours"],
    intents: ["opening_hours_contact"],
    body: `Our WhatsApp assistant answers **24 hours a day**. Our team of people is available at these times (Amsterdam time, CET/CEST):

| Day | Hours |
| --- | --- |
| Monday to Friday | 08:00–18:00 |
| Saturday | 10:00–14:00 |
| Sunday | closed |

We are closed on New Year's Day, Easter Monday, King's Day (27 April), Christmas Day and Boxing Day. Messages sent outside these hours are answered by the assistant; if a colleague is needed, they reply from the next opening time, usually within **2 hours**.

## Contact
- **WhatsApp**: this number, fastest for everything about orders.
- **E-mail**: support@northwind.example, answered within 1 business day.
- **Service centre Amsterdam**: Overtoom 141, 1054 HG Amsterdam, by appointment only.
- **Service point Antwerp**: Meir 78, 2000 Antwerpen, by appointment only.
- **Returns address**: do not send parcels without a return label; the label contains our warehouse address in Tilburg.`,
  },
  {
    slug: "complaints-process",
    title: "Making a complaint",
    locale: "en",
    tags: ["complaints"],
    intents: ["complaint"],
    body: `We take complaints seriously and want to resolve them quickly and fairly.

## How it works
1. **Tell us what went wrong** here on WhatsApp or at support@northwind.example. Mention your order number if the complaint is about an order.
2. We **confirm within 1 business day** and give you a complaint reference.
3. A team lead reviews the complaint and proposes a solution within **10 business days**. If we need more time, for example because a carrier investigation is running, we tell you why and when you can expect an answer.
4. Not satisfied with the solution? Ask for the complaint to be reviewed by the **head of customer service**, who replies within 10 business days.

## Independent dispute resolution
If we cannot solve it together, you can contact the independent consumer dispute body in your country, or in the Netherlands the Geschillencommissie Thuiswinkel, of which Northwind Home is a member.

Complaints about a colleague's behaviour are handled by the team lead, never by the colleague involved.`,
  },
  {
    slug: "privacy-and-data-deletion",
    title: "Privacy: your data, copies and deletion",
    locale: "en",
    tags: ["privacy", "gdpr"],
    intents: ["privacy_request"],
    body: `## What we keep
- Your account details, orders, invoices, support conversations (including this WhatsApp chat) and appointment history.
- We use your data only to deliver orders, give support and, if you agreed, send offers.

## Your rights
- **Copy of your data**: we send an export (JSON and PDF) within **30 days**.
- **Correction**: change most details yourself in your account, or ask us.
- **Deletion**: we delete your account, conversations and marketing data within **30 days**.
- **Stop marketing**: reply STOP to any WhatsApp offer or use the unsubscribe link in e-mails.

## What we cannot delete
Invoices and payment records must be kept for **7 years** under Dutch tax law. They are kept separately and used for nothing else. Open orders, returns and repairs are completed before the account is deleted.

## How to ask
Send "delete my data" or "copy of my data" here, or e-mail privacy@northwind.example. To protect you, we first verify that the request comes from the account holder, with a code sent to the account's e-mail address. Requests are handled by our privacy team, not by the assistant.`,
  },
  {
    slug: "membership-tiers",
    title: "Plus and VIP customers: what you get",
    locale: "en",
    tags: ["loyalty", "vip"],
    intents: [],
    body: `Tiers are based on what you spent in the **last 12 months**, after returns, and are checked on the 1st of every month.

| Tier | Spend in 12 months | Benefits |
| --- | --- | --- |
| Standard | — | Everything in our policies |
| Plus | from €500 | Free standard shipping on every order, early access to sales, one free grinder calibration per year |
| VIP | from €1,500 | All Plus benefits, a dedicated VIP Care team, advance replacements, free express shipping, priority workshop slots |

VIP customers who message us on WhatsApp are put straight through to the VIP Care team during opening hours.

Tiers cannot be transferred and end automatically when the spend drops below the threshold; you keep the tier for at least 12 months after reaching it.`,
  },
];
