import { describe, expect, it } from "vitest";
import { renderCannedReply } from "./render-canned-reply";

const context = { contact: { name: "Amara Okafor" }, agent: { name: "Ana Costa" }, inbox: { name: "Northwind Home" } };

describe("renderCannedReply", () => {
  it("fills names, first names and the inbox", () => {
    expect(renderCannedReply("Hi {{contact.first_name}}, this is {{agent.first_name}} from {{inbox.name}}.", context)).toBe(
      "Hi Amara, this is Ana from Northwind Home.",
    );
    expect(renderCannedReply("{{contact.name}} / {{agent.name}}", context)).toBe("Amara Okafor / Ana Costa");
  });

  it("accepts spaces and capitals inside the braces", () => {
    expect(renderCannedReply("Hi {{ Contact.First_Name }}!", context)).toBe("Hi Amara!");
  });

  it("leaves unknown variables and missing values visible", () => {
    expect(renderCannedReply("{{order.number}} {{inbox.first_name}} {{contact.email}}", context)).toBe("{{order.number}} {{inbox.first_name}} {{contact.email}}");
    expect(renderCannedReply("Hi {{contact.first_name}}", { contact: { name: null } })).toBe("Hi {{contact.first_name}}");
    expect(renderCannedReply("Hi {{contact.first_name}}", { contact: { name: "   " } })).toBe("Hi {{contact.first_name}}");
    expect(renderCannedReply("Hi {{agent.name}}", {})).toBe("Hi {{agent.name}}");
  });

  it("replaces every occurrence and leaves other braces alone", () => {
    expect(renderCannedReply("{{contact.first_name}}, {{contact.first_name}}! {{1}} {x}", context)).toBe("Amara, Amara! {{1}} {x}");
  });
});
