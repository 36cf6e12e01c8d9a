package io.deskprov.store.company;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.deskprov.store.Tx;
import io.deskprov.store.changes.Change;
import io.deskprov.store.changes.ChangeFeed;

/** Companies and their contingents. Every method runs in the caller's transaction. */
public final class CompanyRepository {
    private static final String SELECT = "SELECT id, name, contract_street, contract_postal_code, contract_city,"
                                         + " contract_country, device_auth_policy, created_at FROM company";

    private final Clock clock;
    private final GroupRepository groups;
    private final ChangeFeed changes;

    public CompanyRepository(Clock clock, GroupRepository groups, ChangeFeed changes) {
        this.clock = requireNonNull(clock, "clock");
        this.groups = requireNonNull(groups, "groups");
        this.changes = requireNonNull(changes, "changes");
    }

    /** Creates a company with its contingents and its default group; returns the company. */
    public Company create(Tx tx, NewCompany company) throws SQLException {
        requireNonNull(company, "company");
        final Address address = company.contractAddress();
        final long id = tx.insert(
                "INSERT INTO company (name, contract_street, contract_postal_code, contract_city, contract_country,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                company.name(), address.street(), address.postalCode(), address.city(), address.country(),
                clock.instant());
        for (Map.Entry<Product, Integer> contingent : company.contingents().entrySet()) {
            setContingent(tx, id, contingent.getKey(), contingent.getValue());
        }
        groups.createDefault(tx, id, company.defaultGroup());
        return find(tx, id).orElseThrow();
    }

    public Optional<Company> find(Tx tx, long id) throws SQLException {
        final Optional<Row> row = tx.queryOne(SELECT + " WHERE id = ?", CompanyRepository::row, id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(row.get().toCompany(contingents(tx, id)));
    }

    /**
     * Locks the company's row until the transaction ends, so that work counted against its
     * contingents (placing orders) is done by one transaction at a time.
     *
     * @return whether the company exists
     */
    public boolean lock(Tx tx, long companyId) throws SQLException {
        return tx.queryOne("SELECT id FROM company WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), companyId)
                 .isPresent();
    }

    /** Every company, by name. */
    public List<Company> list(Tx tx) throws SQLException {
        final List<Company> companies = new ArrayList<>();
        for (Row row : tx.query(SELECT + " ORDER BY name, id", CompanyRepository::row)) {
            companies.add(row.toCompany(contingents(tx, row.id())));
        }
        return companies;
    }

    /** Sets how many of a product the company has; zero keeps the row, so the history of "none" is explicit. */
    public void setContingent(Tx tx, long companyId, Product product, int quantity) throws SQLException {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity: " + quantity + " (expected: >= 0)");
        }
        final int updated = tx.update("UPDATE contingent SET quantity = ? WHERE company_id = ? AND product = ?",
                                      quantity, companyId, product);
        if (updated == 0) {
            tx.update("INSERT INTO contingent (company_id, product, quantity) VALUES (?, ?, ?)",
                      companyId, product, quantity);
        }
    }

    /** Changes how the company's phones authenticate; returns whether the company exists. */
    public boolean setDeviceAuthPolicy(Tx tx, long companyId, DeviceAuthPolicy policy) throws SQLException {
        final boolean found =
                tx.update("UPDATE company SET device_auth_policy = ? WHERE id = ?", policy, companyId) == 1;
        return changes.publishIf(tx, found, Change.company(companyId));
    }

    private static Map<Product, Integer> contingents(Tx tx, long companyId) throws SQLException {
        final Map<Product, Integer> contingents = new EnumMap<>(Product.class);
        tx.query("SELECT product, quantity FROM contingent WHERE company_id = ?",
                 rs -> Map.entry(Product.valueOf(rs.getString("product")), rs.getInt("quantity")), companyId)
          .forEach(entry -> contingents.put(entry.getKey(), entry.getValue()));
        return contingents;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"),
                       new Address(rs.getString("contract_street"), rs.getString("contract_postal_code"),
                                   rs.getString("contract_city"), rs.getString("contract_country")),
                       DeviceAuthPolicy.valueOf(rs.getString("device_auth_policy")),
                       Tx.requiredInstant(rs, "created_at"));
    }

    private record Row(long id, String name, Address address, DeviceAuthPolicy policy, Instant createdAt) {
        Company toCompany(Map<Product, Integer> contingents) {
            return new Company(id, name, address, policy, contingents, createdAt);
        }
    }
}
