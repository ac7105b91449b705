-- No query reads customers in name order through this index: the list and the counter sort in
-- memory (service/customers/CustomerIndex), and the export lets the database sort (its plan reads
-- the rows through ix_customer_merged_into). Every customer written paid for it all the same: an
-- import of 100,000 customers wrote 100,000 long keys into it.
DROP INDEX ix_customer_sort_name;
