-- The four keys the duplicate check compares (e-mail, phone, mobile, name) lose their indexes.
-- Every customer written paid for them: an import of 100,000 customers spent about 4.5 of its 14 s
-- writing them (docs/BENCHMARKS.md, "Import"). Nothing reads through them any more: the duplicate
-- check finds its candidates in the in-memory search index (CustomerService.duplicates), the
-- customer import and the purchase import read all keys once and compare in memory.
DROP INDEX ix_customer_email_norm;
DROP INDEX ix_customer_phone_digits;
DROP INDEX ix_customer_mobile_digits;
DROP INDEX ix_customer_name_key;
