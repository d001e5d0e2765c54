import { and, desc, eq, ilike, or } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { contacts, conversations } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { ContactDetailV1, ContactPageV1, ContactV1, ListContactsV1Query } from "@/lib/validation/api-v1";
import { olderThanCursor, toPage } from "./cursor";

// Contacts, newest first, optionally matching a number, name or e-mail.
export async function listContactsV1(db: Db, query: ListContactsV1Query): Promise<ContactPageV1> {
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : undefined;
  const rows = await db
    .select()
    .from(contacts)
    .where(
      and(
        pattern ? or(ilike(contacts.waId, pattern), ilike(contacts.name, pattern), ilike(contacts.profileName, pattern), ilike(contacts.email, pattern)) : undefined,
        await olderThanCursor(db, contacts, contacts.createdAt, contacts.id, query.cursor),
      ),
    )
    .orderBy(desc(contacts.createdAt), desc(contacts.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, toContactV1);
}

export async function getContactV1(db: Db, contactId: string): Promise<ContactDetailV1> {
  const [contact] = await db.select().from(contacts).where(eq(contacts.id, contactId)).limit(1);
  if (!contact) throw new AppError("not_found:api", "No contact with this id.");
  const history = await db
    .select({ id: conversations.id, status: conversations.status, intent: conversations.intent, createdAt: conversations.createdAt, lastMessageAt: conversations.lastMessageAt })
    .from(conversations)
    .where(eq(conversations.contactId, contactId))
    .orderBy(desc(conversations.createdAt), desc(conversations.id))
    .limit(50);
  return {
    ...toContactV1(contact),
    conversations: history.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), lastMessageAt: row.lastMessageAt?.toISOString() ?? null })),
  };
}

function toContactV1(contact: typeof contacts.$inferSelect): ContactV1 {
  return {
    id: contact.id,
    waId: contact.waId,
    name: contact.name,
    profileName: contact.profileName,
    email: contact.email,
    language: contact.language,
    country: contact.country,
    tier: contact.tier,
    consent: contact.consent,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
    erasedAt: contact.erasedAt?.toISOString() ?? null,
  };
}
