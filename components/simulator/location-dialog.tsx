"use client";

import * as React from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { LocationInput } from "./emulator-api";

const SAMPLE_PLACE = { latitude: "52.37893", longitude: "4.90097", name: "Amsterdam Centraal", address: "Stationsplein, 1012 AB Amsterdam" };
const EMPTY = { latitude: "", longitude: "", name: "", address: "" };

type Fields = typeof EMPTY;
type Errors = Partial<Record<keyof Fields, string>>;

// Share a pin or a named place, as WhatsApp's location sheet does.
export function LocationDialog({
  open,
  onOpenChange,
  onShare,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  // Throws on failure; the dialog stays open and shows why.
  onShare: (location: LocationInput) => Promise<void>;
}) {
  const [fields, setFields] = React.useState<Fields>(EMPTY);
  const [errors, setErrors] = React.useState<Errors>({});
  const [failure, setFailure] = React.useState<string | null>(null);
  const [sending, setSending] = React.useState(false);
  const id = React.useId();

  const set = (key: keyof Fields) => (event: React.ChangeEvent<HTMLInputElement>) => setFields((current) => ({ ...current, [key]: event.target.value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseLocation(fields);
    setErrors(parsed.errors);
    if (!parsed.location) return;
    setSending(true);
    setFailure(null);
    try {
      await onShare(parsed.location);
      setFields(EMPTY);
    } catch (cause) {
      setFailure(cause instanceof Error ? cause.message : "The location could not be sent.");
    } finally {
      setSending(false);
    }
  };

  const field = (key: keyof Fields, label: string, props: React.ComponentProps<typeof Input> = {}) => (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={`${id}-${key}`}>{label}</Label>
      <Input
        id={`${id}-${key}`}
        value={fields[key]}
        onChange={set(key)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        {...props}
      />
      {errors[key] ? (
        <p id={`${id}-${key}-error`} className="text-xs text-destructive">
          {errors[key]}
        </p>
      ) : null}
    </div>
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setErrors({});
          setFailure(null);
        }
        onOpenChange(next);
      }}
    >
      <DialogContent className="sm:max-w-md">
        <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>Share a location</DialogTitle>
            <DialogDescription>Coordinates in decimal degrees. A name and address make it a place instead of a dropped pin.</DialogDescription>
          </DialogHeader>
          <div className="grid grid-cols-2 gap-3">
            {field("latitude", "Latitude", { inputMode: "decimal", placeholder: "52.37893", required: true })}
            {field("longitude", "Longitude", { inputMode: "decimal", placeholder: "4.90097", required: true })}
          </div>
          {field("name", "Place name (optional)")}
          {field("address", "Address (optional)")}
          {failure ? (
            <p role="alert" className="text-sm text-destructive">
              {failure}
            </p>
          ) : null}
          <DialogFooter className="sm:justify-between">
            <Button type="button" variant="ghost" onClick={() => setFields(SAMPLE_PLACE)}>
              Use a sample place
            </Button>
            <Button type="submit" disabled={sending}>
              {sending ? "Sending…" : "Send location"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function parseLocation(fields: Fields): { location: LocationInput | null; errors: Errors } {
  const errors: Errors = {};
  const latitude = Number(fields.latitude.trim().replace(",", "."));
  const longitude = Number(fields.longitude.trim().replace(",", "."));
  if (fields.latitude.trim() === "" || !Number.isFinite(latitude) || Math.abs(latitude) > 90) errors.latitude = "A number between -90 and 90.";
  if (fields.longitude.trim() === "" || !Number.isFinite(longitude) || Math.abs(longitude) > 180) errors.longitude = "A number between -180 and 180.";
  if (fields.name.length > 1000) errors.name = "At most 1000 characters.";
  if (fields.address.length > 1000) errors.address = "At most 1000 characters.";
  if (Object.keys(errors).length > 0) return { location: null, errors };
  const name = fields.name.trim();
  const address = fields.address.trim();
  return { location: { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) }, errors };
}
