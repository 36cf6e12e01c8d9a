-- Format rules that need regular expressions, whose syntax differs between the engines.
ALTER TABLE device ADD CONSTRAINT device_mac_format CHECK (mac ~ '^[0-9a-f]{12}$');
ALTER TABLE seen_device ADD CONSTRAINT seen_device_mac_format CHECK (mac ~ '^[0-9a-f]{12}$');
ALTER TABLE company ADD CONSTRAINT company_country_format CHECK (contract_country ~ '^[A-Z]{2}$');
