import { describe, expect, it } from "vitest";
import { describeToolSteps } from "./describe-tool-steps";

describe("describeToolSteps", () => {
  it("describes each call by its record and marks failures", () => {
    expect(
      describeToolSteps([
        { toolName: "identify_customer", input: { email: "jan@example.nl" }, ok: false, summary: "no customer with that e-mail" },
        { toolName: "request_refund", input: { orderNumber: "SO-100200", reason: "broken" }, ok: true, summary: "Refund of €49.00 requested" },
        { toolName: "list_appointment_slots", input: { service: "repair" }, ok: true, summary: "" },
        { toolName: "cancel_order", input: null, ok: false, summary: "" },
      ]),
    ).toEqual([
      { step: "Tried to verify the customer by e-mail", result: "Failed: no customer with that e-mail" },
      { step: "Tried to request a refund for order SO-100200", result: "Refund of €49.00 requested" },
      { step: "Looked for free repair slots", result: "Done" },
      { step: "Tried to cancel the order", result: "Failed" },
    ]);
  });

  it("leaves out replies and the handover itself, and names tools it does not know", () => {
    expect(
      describeToolSteps([
        { toolName: "reply_with_list", input: {}, ok: true, summary: "" },
        { toolName: "escalate_to_human", input: {}, ok: true, summary: "" },
        { toolName: "check_warranty", input: {}, ok: true, summary: "In warranty until 2027" },
      ]),
    ).toEqual([{ step: "Called check_warranty", result: "In warranty until 2027" }]);
  });

  it("masks personal data in results", () => {
    const [step] = describeToolSteps([{ toolName: "get_order", input: { orderNumber: "SO-100200" }, ok: true, summary: "Paid with 4111 1111 1111 1111, mail to jan.jansen@example.nl" }]);
    expect(step?.result).toBe("Paid with **** **** **** 1111, mail to j***@example.nl");
  });
});
