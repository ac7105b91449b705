-- Which lots a redemption used, and how many points of each: a refund gives the points back with
-- the lots' own expiry dates. Before, they came back as a fresh lot, so that paying with points
-- about to expire and returning the goods made them last another full term.
-- Redemptions booked before this table have no rows here; their refund still gives a fresh lot.
CREATE TABLE points_use (
    redeem_id BIGINT  NOT NULL REFERENCES points_entry (id),
    lot_id    BIGINT  NOT NULL REFERENCES points_entry (id),
    points    INTEGER NOT NULL,
    PRIMARY KEY (redeem_id, lot_id),
    CONSTRAINT ck_points_use_points CHECK (points > 0)
);
-- No index on lot_id of its own: no query looks up a lot's uses, and H2 makes one for the foreign key anyway.
