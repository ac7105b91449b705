package de.stammkunde.service.coupons;

import de.stammkunde.data.coupons.BirthdayCoupon;
import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.data.coupons.CampaignDao;
import de.stammkunde.data.coupons.CouponDao;
import de.stammkunde.data.coupons.CustomerBirthDate;
import de.stammkunde.data.coupons.NewCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CampaignError;
import de.stammkunde.domain.coupons.CampaignField;
import de.stammkunde.domain.coupons.CampaignStats;
import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.customers.Birthdays;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.service.Progress;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.customers.CustomerService;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Making campaigns and their codes, and how campaigns did. Codes come from one {@link SecureRandom};
 * a code drawn twice or already in the database is drawn again, and the UNIQUE constraint has the last
 * word when another computer inserts the same code at the same moment (the whole campaign is retried).
 */
public final class CampaignService {

    private static final int LOOKUP_CHUNK = 500;
    private static final int ATTEMPTS = 3;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Workplace workplace;
    private final CustomerService customers;
    private final Random random;

    public CampaignService(Jdbi jdbi, Clock clock, Workplace workplace, CustomerService customers) {
        this(jdbi, clock, workplace, customers, new SecureRandom());
    }

    /** With a given source of randomness: tests use it to force collisions. */
    public CampaignService(Jdbi jdbi, Clock clock, Workplace workplace, CustomerService customers, Random random) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.workplace = workplace;
        this.customers = customers;
        this.random = random;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everyone the customer list shows for this query (search text, status, tag, consent filters). */
    public Audience matching(CustomerQuery query, String description) {
        return Audience.of(customers.index().search(query).stream().map(CustomerListRow::id).toList(), description);
    }

    /**
     * Stores the campaign and its codes in one transaction: a personal code for every customer of the
     * audience, or (shared) one code with the campaign's limit. Reports progress per code and stops,
     * storing nothing, when cancelled.
     */
    public Campaign create(CampaignDraft draft, Audience audience, Progress progress) {
        return create(draft, audience, false, progress);
    }

    /**
     * The birthday campaign: a personal code for everyone {@link #birthdayAudience} finds for these
     * days, worked out again now (another computer may just have made one), described as given.
     */
    public Campaign createForBirthdays(CampaignDraft draft, int days, String description, Progress progress) {
        return create(draft, Audience.of(birthdayAudience(days).customerIds(), description,
                new CampaignTarget.Birthdays(days)), true, progress);
    }

    private Campaign create(CampaignDraft draft, Audience audience, boolean forBirthdays, Progress progress) {
        List<CampaignError> errors = new ArrayList<>(draft.validate());
        boolean personal = draft.codeMode() == CodeMode.PERSONAL;
        List<Long> ids = personal ? audience.customerIds() : List.of();
        if (personal && ids.isEmpty()) {
            errors.add(CampaignError.of(CampaignField.TARGET, "coupons.error.noCustomers"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCampaignException(errors);
        }
        CampaignDraft stored = personal ? draft.withTarget(audience.target(), audience.description()) : draft;
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> insert(h, stored, ids, forBirthdays, progress));
            } catch (UnableToExecuteStatementException e) {
                if (attempt >= ATTEMPTS || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Current (not archived, not merged) customers whose birthday is between today and today + {@code days}.
     */
    public List<Long> birthdayCustomers(int days) {
        return birthdayAudience(days).customerIds();
    }

    /**
     * Who the birthday campaign for the coming {@code days} is for: the current customers whose
     * birthday lies between today and today + {@code days}, without those who have a code of an
     * earlier birthday campaign for this same birthday (it was issued when this birthday was the next
     * one). A shop owner runs the campaign every week or two with overlapping days; a second coupon
     * for the same birthday would be a present twice. Next year's birthday brings a new one.
     */
    public BirthdayAudience birthdayAudience(int days) {
        LocalDate today = today();
        List<CustomerBirthDate> known = jdbi.withExtension(CouponDao.class, CouponDao::birthDates);
        List<CustomerBirthDate> ahead = known.stream().filter(c -> Birthdays.within(c.birthDate(), today, days))
                .toList();
        if (ahead.isEmpty()) {
            return new BirthdayAudience(List.of(), 0, !known.isEmpty());
        }
        // a code for a birthday still ahead was issued at most 366 days before it, so within the last year
        List<BirthdayCoupon> given = jdbi.withExtension(CouponDao.class,
                dao -> dao.birthdayCouponsSince(today.minusDays(367).atStartOfDay()));
        Map<Long, List<LocalDate>> issued = new HashMap<>();
        for (BirthdayCoupon coupon : given) {
            issued.computeIfAbsent(coupon.customerId(), id -> new ArrayList<>()).add(coupon.issuedAt().toLocalDate());
        }
        List<Long> ids = new ArrayList<>(ahead.size());
        int alreadyGiven = 0;
        for (CustomerBirthDate c : ahead) {
            LocalDate birthday = Birthdays.next(c.birthDate(), today);
            boolean hasOne = issued.getOrDefault(c.id(), List.of()).stream()
                    .anyMatch(day -> Birthdays.next(c.birthDate(), day).equals(birthday));
            if (hasOne) {
                alreadyGiven++;
            } else {
                ids.add(c.id());
            }
        }
        return new BirthdayAudience(List.copyOf(ids), alreadyGiven);
    }

    public List<CampaignStats> list() {
        return jdbi.withExtension(CampaignDao.class, CampaignDao::listWithStats);
    }

    /** A campaign's codes with the customer each is for, for printing. */
    public List<CampaignCoupon> coupons(long campaignId) {
        return jdbi.withExtension(CouponDao.class, dao -> dao.ofCampaign(campaignId));
    }

    private Campaign insert(Handle h, CampaignDraft draft, List<Long> audience, boolean forBirthdays,
            Progress progress) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        long campaignId = h.attach(CampaignDao.class).insert(draft, workplace.who(), now, forBirthdays);
        CouponDao dao = h.attach(CouponDao.class);
        List<Long> customerIds = current(dao, audience, forBirthdays);
        int count = draft.codeMode() == CodeMode.PERSONAL ? customerIds.size() : 1;
        List<String> codes = freshCodes(dao, count, progress);
        List<NewCoupon> coupons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            coupons.add(draft.codeMode() == CodeMode.PERSONAL
                    ? new NewCoupon(campaignId, codes.get(i), customerIds.get(i), 1, now)
                    : new NewCoupon(campaignId, codes.get(i), null, draft.redemptionLimit(), now));
        }
        for (int from = 0; from < count; from += CouponDao.BATCH_SIZE) {
            progress.checkCancelled();
            int to = Math.min(count, from + CouponDao.BATCH_SIZE);
            dao.insertBatch(coupons.subList(from, to));
            progress.update(count + to, 2L * count);
        }
        return h.attach(CampaignDao.class).findById(campaignId).orElseThrow();
    }

    /**
     * The audience as it is now: a customer merged into another since it was picked (on another computer,
     * or while the form was open) is the kept one, each once; for birthdays it is left out, as the kept
     * customer's birthday is another one.
     */
    private static List<Long> current(CouponDao dao, List<Long> audience, boolean forBirthdays) {
        Map<Long, Long> kept = dao.keptCustomers();
        if (kept.isEmpty()) {
            return audience;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (long id : audience) {
            if (!kept.containsKey(id)) {
                ids.add(id);
            } else if (!forBirthdays) {
                ids.add(kept.get(id));
            }
        }
        return List.copyOf(ids);
    }

    /** {@code count} codes, none drawn twice and none in the database yet. */
    private List<String> freshCodes(CouponDao dao, int count, Progress progress) {
        Set<String> drawn = new HashSet<>();
        List<String> codes = new ArrayList<>(count);
        while (codes.size() < count) {
            progress.checkCancelled();
            List<String> chunk = new ArrayList<>(LOOKUP_CHUNK);
            while (chunk.size() < Math.min(LOOKUP_CHUNK, count - codes.size())) {
                String code = CouponCodes.generate(random);
                if (drawn.add(code)) {
                    chunk.add(code);
                }
            }
            Set<String> taken = new HashSet<>(dao.existing(chunk));
            for (String code : chunk) {
                if (!taken.contains(code)) {
                    codes.add(code);
                }
            }
            progress.update(codes.size(), 2L * count);
        }
        return Collections.unmodifiableList(codes);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
