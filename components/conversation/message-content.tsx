import * as React from "react";
import {
  CircleHelpIcon,
  ContactIcon,
  ExternalLinkIcon,
  LayoutTemplateIcon,
  ListIcon,
  MailIcon,
  MapPinIcon,
  MousePointerClickIcon,
  PencilIcon,
  PhoneIcon,
  ShoppingCartIcon,
} from "lucide-react";
import type { ConsoleMessage } from "@/lib/conversation/console-types";
import { formatCoordinate, mapUrl } from "./format";
import { MediaContent } from "./media-content";
import { type MessageView, toMessageView } from "./message-view";
import { RichText } from "./rich-text";

// The inside of a bubble, for every message type we store.
export function MessageContent({ message, view = toMessageView(message) }: { message: ConsoleMessage; view?: MessageView }) {
  switch (view.kind) {
    case "text":
      return <RichText text={view.text} />;
    case "media":
      return <MediaContent message={message} view={view} />;
    case "location":
      return <LocationContent view={view} />;
    case "contacts":
      return <ContactsContent view={view} />;
    case "choice":
      return <ChoiceContent view={view} />;
    case "options":
      return <OptionsContent view={view} />;
    case "template":
      return <TemplateContent view={view} />;
    case "reaction":
      return (
        <p className="text-sm">
          {view.emoji ? (
            <>
              Reacted <span className="text-lg">{view.emoji}</span> to a message that isn&apos;t loaded
            </>
          ) : (
            "Removed a reaction"
          )}
        </p>
      );
    case "order":
      return <OrderContent view={view} />;
    case "edit":
      return (
        <div className="flex flex-col gap-0.5">
          <p className="flex items-center gap-1 text-xs font-medium text-muted-foreground">
            <PencilIcon aria-hidden className="size-3" /> Edited message
          </p>
          {view.text ? <RichText text={view.text} /> : null}
        </div>
      );
    case "system":
      return <span>{view.text}</span>;
    case "note":
      return <RichText text={view.text} mentions={view.mentions} highlightMentions />;
    case "unsupported":
      return (
        <p className="flex items-start gap-1.5 text-sm text-muted-foreground italic">
          <CircleHelpIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>
            This message type can&apos;t be shown (type {view.originalType})
            {message.errorTitle ? <span className="block text-xs not-italic">{message.errorTitle}</span> : null}
          </span>
        </p>
      );
  }
}

function LocationContent({ view }: { view: Extract<MessageView, { kind: "location" }> }) {
  const hasPoint = view.latitude !== null && view.longitude !== null;
  return (
    <div className="flex items-start gap-2">
      <MapPinIcon aria-hidden className="mt-0.5 size-5 shrink-0 text-destructive" />
      <div className="min-w-0 text-sm">
        <p className="font-medium">{view.name ?? "Shared location"}</p>
        {view.address ? <p className="text-muted-foreground">{view.address}</p> : null}
        {view.latitude !== null && view.longitude !== null ? (
          <>
            <p className="font-mono text-xs text-muted-foreground">
              <span className="sr-only">Coordinates: </span>
              {formatCoordinate(view.latitude)}, {formatCoordinate(view.longitude)}
            </p>
            <a
              href={mapUrl(view.latitude, view.longitude)}
              target="_blank"
              rel="noopener noreferrer"
              className="mt-1 inline-flex items-center gap-1 font-medium text-primary underline-offset-2 hover:underline"
            >
              Open map <ExternalLinkIcon aria-hidden className="size-3.5" />
              <span className="sr-only">(OpenStreetMap, new tab)</span>
            </a>
          </>
        ) : null}
        {!hasPoint && !view.address ? <p className="text-muted-foreground">No coordinates were shared.</p> : null}
      </div>
    </div>
  );
}

function ContactsContent({ view }: { view: Extract<MessageView, { kind: "contacts" }> }) {
  return (
    <ul aria-label="Shared contacts" className="flex flex-col gap-2">
      {view.contacts.map((contact, index) => (
        <li key={index} className="flex items-start gap-2 rounded-md bg-black/5 px-2 py-1.5 text-sm dark:bg-white/5">
          <ContactIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <div className="min-w-0">
            <p className="font-medium">{contact.name}</p>
            {contact.organization ? <p className="text-xs text-muted-foreground">{contact.organization}</p> : null}
            {contact.phones.map((phone) => (
              <a key={phone} href={`tel:${phone.replace(/[^\d+]/g, "")}`} className="flex items-center gap-1 text-primary hover:underline">
                <PhoneIcon aria-hidden className="size-3" />
                {phone}
              </a>
            ))}
            {contact.emails.map((email) => (
              <a key={email} href={`mailto:${email}`} className="flex items-center gap-1 break-all text-primary hover:underline">
                <MailIcon aria-hidden className="size-3" />
                {email}
              </a>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

const CHOICE_VIA: Record<Extract<MessageView, { kind: "choice" }>["via"], string> = {
  button: "Reply button",
  list: "List option",
  template_button: "Template button",
  flow: "Form",
};

function ChoiceContent({ view }: { view: Extract<MessageView, { kind: "choice" }> }) {
  return (
    <div className="flex flex-col gap-0.5">
      <span
        className="inline-flex w-fit items-center gap-1.5 rounded-full border border-primary/30 bg-primary/10 px-2.5 py-1 text-sm font-medium"
        title={CHOICE_VIA[view.via]}
      >
        <MousePointerClickIcon aria-hidden className="size-3.5 text-primary" />
        {view.via === "flow" ? "Submitted" : "Tapped"}: {view.title}
      </span>
      {view.description ? <span className="pl-1 text-xs text-muted-foreground">{view.description}</span> : null}
      <span className="sr-only">({CHOICE_VIA[view.via]})</span>
    </div>
  );
}

function OptionsContent({ view }: { view: Extract<MessageView, { kind: "options" }> }) {
  return (
    <div className="flex flex-col gap-1.5">
      {view.header ? <p className="font-semibold">{view.header}</p> : null}
      <RichText text={view.body} />
      {view.footer ? <p className="text-xs text-muted-foreground">{view.footer}</p> : null}
      {view.buttons.length > 0 ? (
        <ul aria-label="Reply buttons offered" className="flex flex-wrap gap-1.5">
          {view.buttons.map((title, index) => (
            <li key={index} className="rounded-full border border-primary/30 bg-background/60 px-2.5 py-0.5 text-sm text-primary">
              {title}
            </li>
          ))}
        </ul>
      ) : null}
      {view.list ? (
        <div className="rounded-md border border-black/10 bg-background/60 px-2 py-1.5 text-sm dark:border-white/10">
          <p className="flex items-center gap-1 font-medium text-primary">
            <ListIcon aria-hidden className="size-3.5" /> {view.list.label}
          </p>
          {view.list.sections.map((section, index) => (
            <div key={index} className="mt-1">
              {section.title ? <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{section.title}</p> : null}
              <ul aria-label={section.title ?? "List options offered"} className="flex flex-col">
                {section.rows.map((row, rowIndex) => (
                  <li key={rowIndex} className="py-0.5">
                    {row.title}
                    {row.description ? <span className="block text-xs text-muted-foreground">{row.description}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function TemplateContent({ view }: { view: Extract<MessageView, { kind: "template" }> }) {
  return (
    <div className="flex flex-col gap-1">
      <p className="flex flex-wrap items-center gap-1.5 text-xs font-medium text-muted-foreground">
        <LayoutTemplateIcon aria-hidden className="size-3.5" />
        Template <span className="font-mono text-foreground">{view.name}</span>
        {view.language ? <span className="rounded border border-current/30 px-1 uppercase">{view.language}</span> : null}
      </p>
      {view.rendered ? <RichText text={view.rendered} /> : null}
      {view.parameters.length > 0 ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm">
          {view.parameters.map((parameter, index) => (
            <React.Fragment key={index}>
              <dt className="font-mono text-xs leading-5 text-muted-foreground">{`{{${index + 1}}}`}</dt>
              <dd className="break-words">{parameter}</dd>
            </React.Fragment>
          ))}
        </dl>
      ) : null}
      {view.quickReplies.length > 0 ? (
        <ul aria-label="Quick reply buttons" className="flex flex-wrap gap-1.5">
          {view.quickReplies.map((payload, index) => (
            <li key={index} className="rounded-full border border-primary/30 px-2 py-0.5 text-xs text-primary">
              {payload}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function OrderContent({ view }: { view: Extract<MessageView, { kind: "order" }> }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="flex items-center gap-1.5 font-medium">
        <ShoppingCartIcon aria-hidden className="size-4" /> Order from the catalogue
      </p>
      {view.items.length > 0 ? (
        <ul className="flex flex-col">
          {view.items.map((item, index) => (
            <li key={index}>
              {item.quantity} × <span className="font-mono">{item.productId}</span> · {item.price} {item.currency}
            </li>
          ))}
        </ul>
      ) : null}
      {view.text ? <RichText text={view.text} /> : null}
    </div>
  );
}
