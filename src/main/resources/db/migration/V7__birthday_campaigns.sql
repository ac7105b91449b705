-- A birthday campaign is marked, so that the next one leaves out the customers who have a coupon
-- for their coming birthday already: a shop owner runs it every week or two with overlapping days.
-- Campaigns made before are recognised by what the birthday form wrote as their target
-- ("Geburtstag in 14 Tagen", "Birthday within 14 days"; the demo data's "Geburtstag in den nächsten 14 Tagen").
ALTER TABLE campaign ADD COLUMN for_birthdays BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE campaign SET for_birthdays = TRUE
WHERE code_mode = 'PERSONAL'
  AND (target_description LIKE 'Geburtstag in % Tagen' OR target_description LIKE 'Birthday within % days');
