-- Named leases, each held by one node at a time, for work that every node could do but only one
-- should: for instance telling phones of a change that every node hears. The holder renews its
-- lease before expires_at; after that any node may take it.
CREATE TABLE node_lease (
    name       VARCHAR(40)              NOT NULL,
    holder     VARCHAR(100)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT node_lease_pk PRIMARY KEY (name)
);
