-- 0010: what a visitor types into the website widget (an e-mail address, a phone number) is a
-- claim, not an identity. Anyone can type a known customer's address, so a claim never joins the
-- visitor to that customer and their history; it is shown as unverified until an agent confirms it.

CREATE TABLE customer_claims (
  customer_id  TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
  value        TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  PRIMARY KEY (customer_id, kind, value)
) WITHOUT ROWID;
