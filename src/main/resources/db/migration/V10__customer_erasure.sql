-- A customer whose personal data was erased on request (GDPR Art. 17): the row stays with its number,
-- status and dates so purchases, points and coupons keep counting in the figures, but every field that
-- said who they were is blank. Such a customer is in no list, search, export or import match.
ALTER TABLE customer ADD COLUMN erased_at TIMESTAMP;
