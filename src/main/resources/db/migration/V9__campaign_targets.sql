-- Whom a campaign was made for, as facts: the campaign list says it in the language the app runs in
-- now. Before, it was stored only in words, in the language of the day it was made ("Kunde 100001",
-- "Suche „müller“, Interesse Fahrrad, Status Aktiv"), and an English list showed German.
-- target_kind: ALL, ONE_CUSTOMER, PICKED (selected in the customer list), FILTER (search text, tag,
-- status), BIRTHDAY, CARD_SAMPLE (the demo data's "jede 50. Karte"). NULL for a shared code and for
-- words not recognised below: those keep showing their words. target_description stays as it is.
-- Portable between H2 and PostgreSQL: LIKE, SUBSTRING .. FROM .. FOR, POSITION .. IN, CHAR_LENGTH and
-- REPLACE only (TRANSLATE with an empty replacement removes the characters in PostgreSQL, not in H2).
ALTER TABLE campaign ADD COLUMN target_kind VARCHAR(20);
ALTER TABLE campaign ADD COLUMN target_customer VARCHAR(20);  -- ONE_CUSTOMER: the customer number
ALTER TABLE campaign ADD COLUMN target_count INTEGER;         -- PICKED: how many; BIRTHDAY: days; CARD_SAMPLE: 1 in n
ALTER TABLE campaign ADD COLUMN target_search VARCHAR(400);   -- FILTER: each NULL where the filter had none
ALTER TABLE campaign ADD COLUMN target_tag VARCHAR(60);
ALTER TABLE campaign ADD COLUMN target_status VARCHAR(10);    -- POTENTIAL, ACTIVE, LOST
-- what is left of the words while they are taken apart; dropped at the end
ALTER TABLE campaign ADD COLUMN target_rest VARCHAR(400);

-- The texts as the German and English forms wrote them, now and before (messages_*.properties):
-- "Alle aktuellen Kunden" / "All current customers"
UPDATE campaign SET target_kind = 'ALL'
WHERE code_mode = 'PERSONAL' AND target_description IN ('Alle aktuellen Kunden', 'All current customers');

-- "Kunde {0}" / "Customer {0}": a customer number has no spaces and at most 20 characters
UPDATE campaign SET target_kind = 'ONE_CUSTOMER', target_customer = SUBSTRING(target_description FROM 7)
WHERE code_mode = 'PERSONAL' AND target_description LIKE 'Kunde _%'
  AND POSITION(' ' IN SUBSTRING(target_description FROM 7)) = 0 AND CHAR_LENGTH(target_description) <= 26;
UPDATE campaign SET target_kind = 'ONE_CUSTOMER', target_customer = SUBSTRING(target_description FROM 10)
WHERE code_mode = 'PERSONAL' AND target_description LIKE 'Customer _%'
  AND POSITION(' ' IN SUBSTRING(target_description FROM 10)) = 0 AND CHAR_LENGTH(target_description) <= 29;

-- "{0,number,integer} ausgewählte Kunden" / "… selected customers" / before "… picked customers":
-- the number goes to target_rest, read below ("1.234" in German, "1,234" in English)
UPDATE campaign SET target_kind = 'PICKED',
    target_rest = SUBSTRING(target_description FROM 1 FOR CHAR_LENGTH(target_description) - 19)
WHERE code_mode = 'PERSONAL' AND target_kind IS NULL
  AND (target_description LIKE '_% ausgewählte Kunden' OR target_description LIKE '_% selected customers');
UPDATE campaign SET target_kind = 'PICKED',
    target_rest = SUBSTRING(target_description FROM 1 FOR CHAR_LENGTH(target_description) - 17)
WHERE code_mode = 'PERSONAL' AND target_kind IS NULL AND target_description LIKE '_% picked customers';

-- the birthday campaigns V7 marked: "Geburtstag in den nächsten {0} Tagen", before "Geburtstag in {0} Tagen";
-- "Birthday within {0} days"
UPDATE campaign SET target_kind = 'BIRTHDAY',
    target_rest = SUBSTRING(target_description FROM 28 FOR CHAR_LENGTH(target_description) - 33)
WHERE for_birthdays AND target_kind IS NULL AND target_description LIKE 'Geburtstag in den nächsten _% Tagen';
UPDATE campaign SET target_kind = 'BIRTHDAY',
    target_rest = SUBSTRING(target_description FROM 15 FOR CHAR_LENGTH(target_description) - 20)
WHERE for_birthdays AND target_kind IS NULL AND target_description LIKE 'Geburtstag in _% Tagen';
UPDATE campaign SET target_kind = 'BIRTHDAY',
    target_rest = SUBSTRING(target_description FROM 17 FOR CHAR_LENGTH(target_description) - 21)
WHERE for_birthdays AND target_kind IS NULL AND target_description LIKE 'Birthday within _% days';

-- the number of either, where it is digits (with the thousands' separators) and fits
UPDATE campaign SET target_count = CAST(REPLACE(REPLACE(target_rest, '.', ''), ',', '') AS INTEGER)
WHERE target_kind IN ('PICKED', 'BIRTHDAY') AND CHAR_LENGTH(target_rest) BETWEEN 1 AND 9
  AND REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
      target_rest, '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', ''),
      '.', ''), ',', '') = ''
  AND target_rest NOT LIKE '.%' AND target_rest NOT LIKE ',%';
UPDATE campaign SET target_kind = NULL WHERE target_kind IN ('PICKED', 'BIRTHDAY') AND target_count IS NULL;
UPDATE campaign SET target_rest = NULL;

-- the demo data's autumn campaign
UPDATE campaign SET target_kind = 'CARD_SAMPLE', target_count = 50
WHERE code_mode = 'PERSONAL' AND target_kind IS NULL
  AND target_description IN ('jede 50. Karte', 'every 50th card holder');

-- A filter: "Suche „{0}“" / "Search “{0}”", before "Search \"{0}\""; "Interesse {0}" / "Interest {0}";
-- "Status {0}"; those it had, in this order, joined by ", ". A search text may hold commas and quotes
-- itself, so the words are taken apart from the end, and left as words where they read two ways.
UPDATE campaign SET target_kind = 'FILTER', target_rest = target_description
WHERE code_mode = 'PERSONAL' AND target_kind IS NULL AND NOT for_birthdays
  AND (target_description LIKE 'Suche „_%“%' OR target_description LIKE 'Search “_%”%'
    OR target_description LIKE 'Search "_%"%' OR target_description LIKE 'Interesse _%'
    OR target_description LIKE 'Interest _%' OR target_description LIKE 'Status _%');

-- the status, last: "Status Aktiv" alone, or "…, Status Aktiv"
UPDATE campaign SET target_status = 'ACTIVE', target_rest = CASE WHEN target_rest = 'Status Aktiv' THEN ''
    ELSE SUBSTRING(target_rest FROM 1 FOR CHAR_LENGTH(target_rest) - 14) END
WHERE target_kind = 'FILTER' AND target_status IS NULL
  AND (target_rest = 'Status Aktiv' OR target_rest LIKE '_%, Status Aktiv');
UPDATE campaign SET target_status = 'ACTIVE', target_rest = CASE WHEN target_rest = 'Status Active' THEN ''
    ELSE SUBSTRING(target_rest FROM 1 FOR CHAR_LENGTH(target_rest) - 15) END
WHERE target_kind = 'FILTER' AND target_status IS NULL
  AND (target_rest = 'Status Active' OR target_rest LIKE '_%, Status Active');
UPDATE campaign SET target_status = 'POTENTIAL', target_rest = CASE WHEN target_rest = 'Status Interessent' THEN ''
    ELSE SUBSTRING(target_rest FROM 1 FOR CHAR_LENGTH(target_rest) - 20) END
WHERE target_kind = 'FILTER' AND target_status IS NULL
  AND (target_rest = 'Status Interessent' OR target_rest LIKE '_%, Status Interessent');
UPDATE campaign SET target_status = 'POTENTIAL', target_rest = CASE WHEN target_rest = 'Status Prospect' THEN ''
    ELSE SUBSTRING(target_rest FROM 1 FOR CHAR_LENGTH(target_rest) - 17) END
WHERE target_kind = 'FILTER' AND target_status IS NULL
  AND (target_rest = 'Status Prospect' OR target_rest LIKE '_%, Status Prospect');
UPDATE campaign SET target_status = 'LOST', target_rest = CASE WHEN target_rest = 'Status Verloren' THEN ''
    ELSE SUBSTRING(target_rest FROM 1 FOR CHAR_LENGTH(target_rest) - 17) END
WHERE target_kind = 'FILTER' AND target_status IS NULL
  AND (target_rest = 'Status Verloren' OR target_rest LIKE '_%, Status Verloren');
UPDATE campaign SET target_status = 'LOST', target_rest = CASE WHEN target_rest = 'Status Lost' THEN ''
    ELSE SUBSTRING(target_rest FROM 1 FOR CHAR_LENGTH(target_rest) - 13) END
WHERE target_kind = 'FILTER' AND target_status IS NULL
  AND (target_rest = 'Status Lost' OR target_rest LIKE '_%, Status Lost');

-- the tag alone: "Interesse Fahrrad" (a tag has at most 60 characters)
UPDATE campaign SET target_tag = SUBSTRING(target_rest FROM 11), target_rest = ''
WHERE target_kind = 'FILTER' AND target_rest LIKE 'Interesse _%' AND CHAR_LENGTH(target_rest) <= 70;
UPDATE campaign SET target_tag = SUBSTRING(target_rest FROM 10), target_rest = ''
WHERE target_kind = 'FILTER' AND target_rest LIKE 'Interest _%' AND CHAR_LENGTH(target_rest) <= 69;

-- a search text and a tag: "Suche „müller“, Interesse Fahrrad". Words that end in the closing quote
-- could be a search text alone ("müller“, Interesse Fahrrad"), and the separator found twice could be
-- in the search text or in the tag: those stay words.
UPDATE campaign SET target_tag = SUBSTRING(target_rest FROM POSITION('“, Interesse ' IN target_rest) + 13),
    target_rest = SUBSTRING(target_rest FROM 1 FOR POSITION('“, Interesse ' IN target_rest))
WHERE target_kind = 'FILTER' AND target_rest LIKE 'Suche „_%“, Interesse _%' AND target_rest NOT LIKE '%“'
  AND POSITION('“, Interesse ' IN SUBSTRING(target_rest FROM POSITION('“, Interesse ' IN target_rest) + 1)) = 0
  AND CHAR_LENGTH(target_rest) - POSITION('“, Interesse ' IN target_rest) - 12 <= 60;
UPDATE campaign SET target_tag = SUBSTRING(target_rest FROM POSITION('”, Interest ' IN target_rest) + 12),
    target_rest = SUBSTRING(target_rest FROM 1 FOR POSITION('”, Interest ' IN target_rest))
WHERE target_kind = 'FILTER' AND target_rest LIKE 'Search “_%”, Interest _%' AND target_rest NOT LIKE '%”'
  AND POSITION('”, Interest ' IN SUBSTRING(target_rest FROM POSITION('”, Interest ' IN target_rest) + 1)) = 0
  AND CHAR_LENGTH(target_rest) - POSITION('”, Interest ' IN target_rest) - 11 <= 60;
UPDATE campaign SET target_tag = SUBSTRING(target_rest FROM POSITION('", Interest ' IN target_rest) + 12),
    target_rest = SUBSTRING(target_rest FROM 1 FOR POSITION('", Interest ' IN target_rest))
WHERE target_kind = 'FILTER' AND target_rest LIKE 'Search "_%", Interest _%' AND target_rest NOT LIKE '%"'
  AND POSITION('", Interest ' IN SUBSTRING(target_rest FROM POSITION('", Interest ' IN target_rest) + 1)) = 0
  AND CHAR_LENGTH(target_rest) - POSITION('", Interest ' IN target_rest) - 11 <= 60;

-- the search text: everything between the opening and the last closing quote, commas and quotes included;
-- not where the separator is in it (it could be a search text and a tag that ends in a quote)
UPDATE campaign SET target_search = SUBSTRING(target_rest FROM 8 FOR CHAR_LENGTH(target_rest) - 8), target_rest = ''
WHERE target_kind = 'FILTER' AND target_rest LIKE 'Suche „_%“' AND POSITION('“, Interesse ' IN target_rest) = 0;
UPDATE campaign SET target_search = SUBSTRING(target_rest FROM 9 FOR CHAR_LENGTH(target_rest) - 9), target_rest = ''
WHERE target_kind = 'FILTER' AND (target_rest LIKE 'Search “_%”' AND POSITION('”, Interest ' IN target_rest) = 0
    OR target_rest LIKE 'Search "_%"' AND POSITION('", Interest ' IN target_rest) = 0);

-- words left over were not the form's: they stay words
UPDATE campaign SET target_kind = NULL, target_search = NULL, target_tag = NULL, target_status = NULL
WHERE target_kind = 'FILTER' AND target_rest <> '';

ALTER TABLE campaign DROP COLUMN target_rest;
