import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/**
 * A customer on the relay's demo page books a callback the way a visitor does: "rather talk?",
 * name and number, a day and a free time the relay offers, what it is about, Skicka — and waits
 * for the widget's thanks.
 */
export async function bookFromWidget(customer: Page, relayUrl: string, o: { name: string; phone: string; date: string; time: string; note?: string }): Promise<void> {
  await customer.goto(`${relayUrl}/demo?lang=sv`);
  await customer.getByRole('button', { name: 'Chatta med oss' }).click();
  // offered under the chat while the shop is open
  await customer.getByRole('button', { name: 'Hellre telefon? Boka att vi ringer upp' }).click();
  await customer.getByLabel('Namn', { exact: true }).fill(o.name);
  await customer.getByLabel('Telefonnummer').fill(o.phone);
  const day = customer.getByLabel('Dag');
  await day.locator(`option[value="${o.date}"]`).waitFor({ state: 'attached' });
  await day.selectOption(o.date);
  const slot = customer.getByLabel('Tid', { exact: true });
  await slot.locator('option', { hasText: o.time }).waitFor({ state: 'attached' });
  await slot.selectOption({ label: o.time });
  if (o.note) await customer.getByLabel('Vad gäller det?').fill(o.note);
  assert.equal(await customer.getByRole('button', { name: 'Skicka' }).count(), 1, 'one form at a time');
  await customer.getByRole('button', { name: 'Skicka' }).click();
  await customer.getByText(new RegExp(`Tack! Vi ringer dig .* ${o.time}`)).waitFor();
}
