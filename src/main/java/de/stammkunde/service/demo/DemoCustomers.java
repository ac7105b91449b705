package de.stammkunde.service.demo;

import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.domain.customers.Text;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Generates plausible customers of a small German shop: names that fit the gender and the age,
 * real cities with matching postcodes and area codes, e-mail addresses derived from the name,
 * interests and marketing consents. Every customer passes {@code CustomerRules.validate}.
 *
 * <p>Datafaker is asked only in the constructor, to fill pools of names and streets; the customers
 * are then combined from the pools with a seeded random generator, so 100,000 customers take well
 * under a second and the same seed and day always give the same customers. Not thread-safe.
 */
public final class DemoCustomers {

    /** Consent sources as a shop writes them down. */
    public static final List<String> CONSENT_SOURCES =
            List.of("Formular im Laden", "Website", "Telefonisch", "Antrag auf Kundenkarte");

    /** German mobile prefixes used for customers in Germany. */
    public static final List<String> MOBILE_PREFIXES_DE = List.of(
            "0151", "0152", "0157", "0160", "0170", "0171", "0172", "0175", "0176", "0177", "0179");

    /** Austrian mobile prefixes used for customers in Austria. */
    public static final List<String> MOBILE_PREFIXES_AT = List.of(
            "0650", "0660", "0664", "0676", "0680", "0681", "0699");

    /** Interests a shop notes about its customers. */
    public static final List<String> INTEREST_TAGS = List.of(
            "Vollkorn", "Bio", "Kuchen", "Torten", "Kaffee", "Tee", "Geschenke", "Saisonware", "Newsletter",
            "Stammtisch", "Glutenfrei", "Laktosefrei", "Vegan", "Vegetarisch", "Wein", "Käse", "Kinder",
            "Regional", "Feinkost", "Frühstück", "Catering", "Brötchen-Abo", "Weihnachten", "Ostern", "Grillen");

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1940, 1, 1);

    private static final String[] CLASSIC_FEMALE = {
        "Ursula", "Monika", "Petra", "Sabine", "Renate", "Helga", "Karin", "Brigitte", "Ingrid", "Elke",
        "Gabriele", "Andrea", "Birgit", "Claudia", "Susanne", "Christine", "Barbara", "Heike", "Martina",
        "Angelika", "Anja", "Stefanie", "Nicole", "Katrin", "Tanja", "Silke", "Marion", "Gisela", "Erika",
        "Hannelore", "Christa", "Elisabeth", "Margarete", "Doris", "Jutta", "Heidi", "Anke", "Simone",
        "Sandra", "Daniela", "Kerstin", "Manuela", "Bettina", "Cornelia", "Regina", "Waltraud", "Irmgard",
        "Rosemarie", "Beate", "Dagmar", "Ute", "Iris", "Annette", "Sigrid", "Edith", "Gertrud", "Inge",
        "Marianne", "Julia", "Melanie", "Anna-Maria", "Hildegard"};

    private static final String[] CLASSIC_MALE = {
        "Peter", "Michael", "Thomas", "Wolfgang", "Klaus", "Jürgen", "Manfred", "Hans", "Uwe", "Werner",
        "Günter", "Dieter", "Horst", "Helmut", "Gerhard", "Bernd", "Frank", "Andreas", "Stefan", "Rainer",
        "Karl-Heinz", "Heinz", "Walter", "Norbert", "Jörg", "Ralf", "Dirk", "Matthias", "Markus", "Torsten",
        "Holger", "Detlef", "Joachim", "Rolf", "Harald", "Volker", "Reinhard", "Martin", "Christian",
        "Alexander", "Udo", "Hartmut", "Herbert", "Siegfried", "Erich", "Kurt", "Lothar", "Gerd", "Ulrich",
        "Josef", "Friedrich", "Bernhard", "Karl", "Heiko", "Sven", "Carsten", "Oliver", "Sebastian",
        "Tobias", "Jens", "Hans-Peter", "Günther"};

    private static final String[] COMMON_LAST_NAMES = {
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
        "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz",
        "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter",
        "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn",
        "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck",
        "Lorenz"};

    /** Male and female form of an occupation. */
    private static final String[][] OCCUPATIONS = {
        {"Lehrer", "Lehrerin"}, {"Erzieher", "Erzieherin"}, {"Verkäufer", "Verkäuferin"},
        {"Bankkaufmann", "Bankkauffrau"}, {"Industriekaufmann", "Industriekauffrau"},
        {"Bürokaufmann", "Bürokauffrau"}, {"Ingenieur", "Ingenieurin"}, {"Elektriker", "Elektrikerin"},
        {"Schreiner", "Schreinerin"}, {"Friseur", "Friseurin"}, {"Arzt", "Ärztin"}, {"Zahnarzt", "Zahnärztin"},
        {"Tierarzt", "Tierärztin"}, {"Apotheker", "Apothekerin"}, {"Polizist", "Polizistin"},
        {"Softwareentwickler", "Softwareentwicklerin"}, {"Buchhalter", "Buchhalterin"},
        {"Steuerberater", "Steuerberaterin"}, {"Rechtsanwalt", "Rechtsanwältin"}, {"Architekt", "Architektin"},
        {"Landwirt", "Landwirtin"}, {"Koch", "Köchin"}, {"Busfahrer", "Busfahrerin"},
        {"Kfz-Mechatroniker", "Kfz-Mechatronikerin"}, {"Physiotherapeut", "Physiotherapeutin"},
        {"Sozialarbeiter", "Sozialarbeiterin"}, {"Beamter", "Beamtin"}, {"Pflegefachmann", "Pflegefachfrau"},
        {"Altenpfleger", "Altenpflegerin"}, {"Verwaltungsangestellter", "Verwaltungsangestellte"},
        {"Lagerist", "Lageristin"}, {"Journalist", "Journalistin"}, {"Grafikdesigner", "Grafikdesignerin"},
        {"Gärtner", "Gärtnerin"}, {"Pfarrer", "Pfarrerin"}, {"Hausmann", "Hausfrau"},
        {"Selbstständig", "Selbstständig"}, {"Student", "Studentin"}, {"Maler und Lackierer", "Malerin und Lackiererin"},
        {"Handwerksmeister", "Handwerksmeisterin"}};

    private static final String[] NOTES = {
        "Bevorzugt Vollkornbrot", "Zahlt gern bar", "Allergie: Nüsse", "Laktoseintoleranz",
        "Glutenunverträglichkeit, nur Glutenfreies anbieten", "Kommt meist samstags vormittags",
        "Bestellt jedes Jahr den Christstollen vor", "Holt Bestellungen donnerstags ab",
        "Bringt eigenen Stoffbeutel mit", "Sammelt fleißig Treuepunkte", "Kundenkarte verloren, neue ausgestellt",
        "Mag keine Rosinen", "Hört schlecht, bitte deutlich sprechen",
        "Hund wartet draußen, freut sich über ein Leckerli", "Zahlt nur mit Karte",
        "Bestellt Geburtstagstorten für die Enkel", "Nimmt gern Kostproben", "Fragt regelmäßig nach Dinkelbrötchen",
        "Isst kein Schweinefleisch", "Ernährt sich vegetarisch", "Diabetes, fragt nach zuckerarmen Produkten",
        "Bitte keine Plastiktüten", "Kommt mit Rollator, Tür aufhalten", "Wohnt gleich um die Ecke",
        "Reklamation wegen Brötchen, erledigt", "Abholung darf auch die Nachbarin machen",
        "Kauft für das Seniorenheim mit ein", "Zahlt gern bar, rundet auf", "Allergie: Sellerie",
        "Bestellt zu Ostern einen Osterzopf vor", "Möchte Kassenbon immer mitnehmen"};

    private static final String[] BUSINESS_NOTES = {
        "Rechnung monatlich", "Lieferung bis 7 Uhr", "Bestellt für Besprechungen", "Ansprechpartner wechselt häufig",
        "Zahlt per Überweisung, 14 Tage Ziel", "Bestellung per Telefon am Vortag", "Lieferung an den Hintereingang"};

    private static final String[] TRADES = {
        "Bäckerei", "Café", "Praxis Dr.", "Physiotherapie", "Hotel", "Gasthaus", "Blumen", "Friseursalon",
        "Kanzlei", "Architekturbüro", "Autohaus", "Schreinerei", "Metzgerei", "Pflegedienst", "Weingut",
        "Steuerbüro", "Malerbetrieb", "Elektro", "Zahnarztpraxis", "Fahrschule"};

    private static final String[] LEGAL_FORMS = {" GmbH", " e.K.", " GbR", " KG", " GmbH & Co. KG", " OHG"};

    private static final String[] KITA_NAMES = {
        "Kita Sonnenschein", "Kita Regenbogen", "Kita Pusteblume", "Kita Löwenzahn", "Kita Spatzennest",
        "Kindergarten St. Martin", "Seniorenzentrum am Park", "Ev. Kirchengemeinde St. Markus",
        "Kath. Pfarrei St. Josef", "Turnverein 1887 e.V.", "Förderverein Grundschule e.V."};

    private static final String[] EMAIL_DOMAINS_DE = {"web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"};
    private static final int[] EMAIL_WEIGHTS_YOUNG = cumulative(22, 20, 6, 36, 4, 12);
    private static final int[] EMAIL_WEIGHTS_OLD = cumulative(30, 24, 30, 8, 2, 6);
    private static final String[] EMAIL_DOMAINS_AT = {"gmx.at", "aon.at", "gmail.com", "outlook.com"};
    private static final int[] EMAIL_WEIGHTS_AT = cumulative(35, 20, 30, 15);

    /** A city with a range of its real postcodes, its area code and how often it appears. */
    private record Place(String city, int postcodeFrom, int postcodeTo, int step, String areaCode, int weight) {
        String postcode(SplittableRandom random, boolean austria) {
            int value = postcodeFrom + step * random.nextInt((postcodeTo - postcodeFrom) / step + 1);
            return zeroPadded(value, austria ? 4 : 5);
        }
    }

    private static final Place[] PLACES_DE = {
        p("Berlin", 10115, 14199, "030", 20), p("Hamburg", 20095, 22769, "040", 12), p("München", 80331, 81929, "089", 10),
        p("Köln", 50667, 51149, "0221", 8), p("Frankfurt am Main", 60306, 60599, "069", 6),
        p("Stuttgart", 70173, 70629, "0711", 5), p("Düsseldorf", 40210, 40629, "0211", 5), p("Leipzig", 4103, 4357, "0341", 5),
        p("Dortmund", 44135, 44388, "0231", 5), p("Essen", 45127, 45359, "0201", 5), p("Bremen", 28195, 28779, "0421", 5),
        p("Dresden", 1067, 1328, "0351", 5), p("Hannover", 30159, 30669, "0511", 5), p("Nürnberg", 90402, 90491, "0911", 5),
        p("Duisburg", 47051, 47279, "0203", 4), p("Bochum", 44787, 44894, "0234", 3), p("Wuppertal", 42103, 42399, "0202", 3),
        p("Bielefeld", 33602, 33739, "0521", 3), p("Bonn", 53111, 53229, "0228", 3), p("Münster", 48143, 48167, "0251", 3),
        p("Mannheim", 68159, 68309, "0621", 3), p("Karlsruhe", 76131, 76229, "0721", 3), p("Augsburg", 86150, 86199, "0821", 3),
        p("Wiesbaden", 65183, 65207, "0611", 3), p("Mönchengladbach", 41061, 41239, "02161", 2),
        p("Gelsenkirchen", 45879, 45899, "0209", 2), p("Aachen", 52062, 52080, "0241", 2),
        p("Braunschweig", 38100, 38126, "0531", 2), p("Kiel", 24103, 24159, "0431", 2), p("Chemnitz", 9111, 9247, "0371", 2),
        p("Halle (Saale)", 6108, 6132, "0345", 2), p("Magdeburg", 39104, 39130, "0391", 2),
        p("Freiburg im Breisgau", 79098, 79117, "0761", 2), p("Krefeld", 47798, 47839, "02151", 2),
        p("Mainz", 55116, 55131, "06131", 2), p("Lübeck", 23552, 23570, "0451", 2), p("Erfurt", 99084, 99099, "0361", 2),
        p("Oberhausen", 46045, 46149, "0208", 2), p("Rostock", 18055, 18147, "0381", 2), p("Kassel", 34117, 34134, "0561", 2),
        p("Hagen", 58089, 58135, "02331", 2), p("Potsdam", 14467, 14482, "0331", 2), p("Saarbrücken", 66111, 66133, "0681", 2),
        p("Hamm", 59063, 59077, "02381", 1), p("Ludwigshafen am Rhein", 67059, 67071, "0621", 1),
        p("Oldenburg", 26121, 26135, "0441", 1), p("Osnabrück", 49074, 49090, "0541", 1),
        p("Leverkusen", 51371, 51381, "0214", 1), p("Heidelberg", 69115, 69126, "06221", 1),
        p("Darmstadt", 64283, 64297, "06151", 1), p("Solingen", 42651, 42719, "0212", 1),
        p("Regensburg", 93047, 93059, "0941", 1), p("Paderborn", 33098, 33109, "05251", 1),
        p("Ingolstadt", 85049, 85057, "0841", 1), p("Würzburg", 97070, 97084, "0931", 1), p("Ulm", 89073, 89081, "0731", 1),
        p("Heilbronn", 74072, 74081, "07131", 1), p("Wolfsburg", 38440, 38448, "05361", 1),
        p("Göttingen", 37073, 37085, "0551", 1), p("Pforzheim", 75172, 75181, "07231", 1),
        p("Bottrop", 46236, 46244, "02041", 1), p("Trier", 54290, 54296, "0651", 1),
        p("Recklinghausen", 45657, 45665, "02361", 1), p("Reutlingen", 72760, 72770, "07121", 1),
        p("Bremerhaven", 27568, 27580, "0471", 1), p("Koblenz", 56068, 56077, "0261", 1),
        p("Bergisch Gladbach", 51427, 51469, "02202", 1), p("Jena", 7743, 7751, "03641", 1),
        p("Erlangen", 91052, 91058, "09131", 1), p("Siegen", 57072, 57080, "0271", 1), p("Cottbus", 3042, 3055, "0355", 1),
        p("Schwerin", 19053, 19063, "0385", 1), p("Gera", 7545, 7557, "0365", 1), p("Flensburg", 24937, 24944, "0461", 1),
        p("Bamberg", 96047, 96052, "0951", 1), p("Lüneburg", 21335, 21339, "04131", 1), p("Konstanz", 78462, 78467, "07531", 1),
        p("Passau", 94032, 94036, "0851", 1), p("Weimar", 99423, 99428, "03643", 1), p("Stralsund", 18435, 18439, "03831", 1),
        p("Husum", 25813, 25813, "04841", 1), p("Landshut", 84028, 84036, "0871", 1), p("Görlitz", 2826, 2829, "03581", 1),
        p("Fulda", 36037, 36043, "0661", 1), p("Marburg", 35037, 35043, "06421", 1), p("Tübingen", 72070, 72076, "07071", 1),
        p("Celle", 29221, 29229, "05141", 1), p("Detmold", 32756, 32760, "05231", 1), p("Rosenheim", 83022, 83026, "08031", 1),
        p("Kempten (Allgäu)", 87435, 87439, "0831", 1), p("Bayreuth", 95444, 95448, "0921", 1),
        p("Neumünster", 24534, 24539, "04321", 1), p("Wismar", 23966, 23970, "03841", 1), p("Zwickau", 8056, 8066, "0375", 1),
        p("Plauen", 8523, 8529, "03741", 1)};

    private static final Place[] PLACES_AT = {
        new Place("Wien", 1010, 1230, 10, "01", 12), p("Graz", 8010, 8055, "0316", 4), p("Linz", 4020, 4040, "0732", 3),
        p("Salzburg", 5020, 5026, "0662", 3), p("Innsbruck", 6020, 6080, "0512", 2),
        p("Klagenfurt am Wörthersee", 9020, 9073, "0463", 2), p("Villach", 9500, 9524, "04242", 1),
        p("Wels", 4600, 4600, "07242", 1), p("St. Pölten", 3100, 3109, "02742", 1), p("Dornbirn", 6850, 6850, "05572", 1),
        p("Steyr", 4400, 4400, "07252", 1), p("Bregenz", 6900, 6900, "05574", 1), p("Leoben", 8700, 8700, "03842", 1),
        p("Krems an der Donau", 3500, 3500, "02732", 1), p("Kufstein", 6330, 6330, "05372", 1),
        p("Baden", 2500, 2500, "02252", 1)};

    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static Place p(String city, int from, int to, String areaCode, int weight) {
        return new Place(city, from, to, 1, areaCode, weight);
    }

    private final LocalDate today;
    private final SplittableRandom random;
    private final Set<String> emails = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    private final String[] modernFemale;
    private final String[] modernMale;
    private final String[] lastNames;
    private final String[] streetsDe;
    private final String[] streetsAt;
    private final String[] companies;
    private final int[] placeWeightsDe;
    private final int[] placeWeightsAt;

    private final long birthFrom;
    private final long birthTo;
    private final long consentFrom;
    private final long consentTo;

    public DemoCustomers(long seed, LocalDate today) {
        this.today = today;
        this.random = new SplittableRandom(seed);

        Random poolRandom = new Random(seed);
        Faker de = new Faker(Locale.GERMANY, poolRandom);
        Faker at = new Faker(Locale.forLanguageTag("de-AT"), poolRandom);
        modernFemale = pool(300, () -> de.name().femaleFirstName());
        modernMale = pool(300, () -> de.name().maleFirstName());
        lastNames = pool(500, () -> de.name().lastName());
        streetsDe = pool(300, () -> germanStreet(de.address().streetName()));
        streetsAt = pool(100, () -> austrianStreet(at.address().streetName()));
        companies = pool(100, () -> {
            String name = de.company().name();
            return name.indexOf(' ') > 0 || name.indexOf('-') > 0 ? name : null;
        });
        placeWeightsDe = cumulative(PLACES_DE);
        placeWeightsAt = cumulative(PLACES_AT);

        LocalDate latestBirth = today.minusYears(16);
        LocalDate earliestBirth = EARLIEST_BIRTH_DATE.isBefore(latestBirth) ? EARLIEST_BIRTH_DATE : latestBirth.minusYears(60);
        birthFrom = earliestBirth.toEpochDay();
        birthTo = latestBirth.toEpochDay();
        consentFrom = today.minusYears(3).toEpochDay();
        consentTo = today.minusDays(1).toEpochDay();
    }

    /** The next n demo customers; same seed and today → exactly the same customers. */
    public List<CustomerDetails> next(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        List<CustomerDetails> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            customers.add(nextCustomer());
        }
        return customers;
    }

    private CustomerDetails nextCustomer() {
        CustomerDetails.Builder b = CustomerDetails.builder();
        boolean austria = chance(30);
        boolean business = chance(40);
        boolean person = !business || chance(500);

        boolean female = chance(520);
        LocalDate birthDate = !business && chance(750) ? LocalDate.ofEpochDay(between(birthFrom, birthTo)) : null;
        int age = birthDate == null ? -1 : (int) ChronoUnit.YEARS.between(birthDate, today);
        String firstName = "";
        String lastName = "";
        if (person) {
            firstName = business || !chance(30) ? firstName(female, birthDate) : "";
            lastName = chance(20) ? lastName() + "-" + lastName() : lastName();
            b.gender(recordedGender(female)).firstName(firstName).lastName(lastName);
        }
        String company = business ? company() : "";
        b.company(company).birthDate(birthDate);

        Place place = austria ? pick(PLACES_AT, placeWeightsAt) : pick(PLACES_DE, placeWeightsDe);
        b.country(austria ? "AT" : "DE");
        boolean hasAddress = business || chance(950);
        if (hasAddress) {
            String street = austria ? pick(streetsAt) : pick(streetsDe);
            b.street(street + " " + houseNumber(austria)).postcode(place.postcode(random, austria)).city(place.city());
        } else if (chance(500)) {
            b.city(place.city());
        }

        int landlinePercent = age < 0 ? 60 : age < 35 ? 40 : age < 65 ? 60 : 80;
        int mobilePercent = age < 0 ? 55 : age < 35 ? 75 : age < 65 ? 58 : 30;
        if (business) {
            landlinePercent = 90;
            mobilePercent = 40;
        }
        String phone = chance(landlinePercent * 10) ? landline(place) : "";
        String mobile = chance(mobilePercent * 10) ? mobile(austria) : "";
        b.phone(phone).mobile(mobile);

        String email = "";
        if (chance(business ? 800 : 700)) {
            email = uniqueEmail(emailLocalPart(firstName, lastName, company, birthDate),
                    emailDomain(company, austria, birthDate));
        }
        b.email(email);

        if (!business && chance(300)) {
            b.occupation(occupation(female, age));
        }
        if (business ? chance(200) : chance(100)) {
            b.notes(business ? pick(BUSINESS_NOTES) : notes());
        }
        int status = random.nextInt(100);
        b.status(status < 70 ? CustomerStatus.ACTIVE : status < 85 ? CustomerStatus.POTENTIAL : CustomerStatus.LOST);
        b.tags(tags());

        if (!email.isEmpty()) {
            consent(b, ConsentChannel.EMAIL, 450, 50);
        }
        if (hasAddress) {
            consent(b, ConsentChannel.POST, 300, 40);
        }
        if (!mobile.isEmpty()) {
            consent(b, ConsentChannel.SMS, 150, 30);
        }
        return b.build();
    }

    // --- names ---------------------------------------------------------------------------------

    /** Older customers mostly have the names of their generation, younger ones today's names. */
    private String firstName(boolean female, LocalDate birthDate) {
        int classicPerMille;
        if (birthDate == null) {
            classicPerMille = 500;
        } else if (birthDate.getYear() < 1965) {
            classicPerMille = 920;
        } else if (birthDate.getYear() < 1985) {
            classicPerMille = 600;
        } else {
            classicPerMille = 150;
        }
        if (chance(classicPerMille)) {
            return pick(female ? CLASSIC_FEMALE : CLASSIC_MALE);
        }
        return pick(female ? modernFemale : modernMale);
    }

    private String lastName() {
        return chance(400) ? pick(COMMON_LAST_NAMES) : pick(lastNames);
    }

    private Gender recordedGender(boolean female) {
        int r = random.nextInt(1000);
        if (r < 920) {
            return female ? Gender.FEMALE : Gender.MALE;
        }
        return r < 990 ? Gender.UNKNOWN : Gender.DIVERSE;
    }

    private String company() {
        int r = random.nextInt(100);
        if (r < 40) {
            return pick(companies);
        }
        if (r < 50) {
            return pick(KITA_NAMES);
        }
        String name = pick(TRADES) + " " + pick(COMMON_LAST_NAMES);
        return chance(300) ? name + pick(LEGAL_FORMS) : name;
    }

    private String occupation(boolean female, int age) {
        if (age >= 67 && chance(700)) {
            return female ? "Rentnerin" : "Rentner";
        }
        if (age >= 0 && age < 19) {
            return chance(600) ? (female ? "Schülerin" : "Schüler") : (female ? "Auszubildende" : "Auszubildender");
        }
        if (age >= 0 && age < 25 && chance(500)) {
            return chance(600) ? (female ? "Studentin" : "Student") : (female ? "Auszubildende" : "Auszubildender");
        }
        String[] forms = pick(OCCUPATIONS);
        return female ? forms[1] : forms[0];
    }

    private String notes() {
        String first = pick(NOTES);
        if (chance(200)) {
            String second = pick(NOTES);
            if (!second.equals(first)) {
                return first + ". " + second;
            }
        }
        return first;
    }

    private List<String> tags() {
        int r = random.nextInt(100);
        int count = r < 25 ? 0 : r < 60 ? 1 : r < 85 ? 2 : 3;
        List<String> tags = new ArrayList<>(count);
        while (tags.size() < count) {
            String tag = pick(INTEREST_TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    // --- address and phone ---------------------------------------------------------------------

    /** Mostly small numbers, sometimes with a letter: "12", "3a", "127". Austria: sometimes "12/4". */
    private String houseNumber(boolean austria) {
        double x = random.nextDouble();
        int number = 1 + (int) (x * x * 150);
        if (austria && chance(150)) {
            return number + "/" + (1 + random.nextInt(20));
        }
        if (chance(80)) {
            return number + String.valueOf((char) ('a' + random.nextInt(3)));
        }
        return Integer.toString(number);
    }

    /** "030 12345678", "0221 9876543", "04841 123456": about eleven digits with the area code. */
    private String landline(Place place) {
        int length = Math.max(5, Math.min(8, 11 - place.areaCode().length()));
        if (chance(300)) {
            length--;
        }
        return uniquePhone(place.areaCode(), length);
    }

    private String mobile(boolean austria) {
        if (austria) {
            return uniquePhone(pick(MOBILE_PREFIXES_AT), 7);
        }
        String prefix = pick(MOBILE_PREFIXES_DE);
        return uniquePhone(prefix, prefix.startsWith("015") ? 8 : 7 + random.nextInt(2));
    }

    /** Two customers never share a number, which would make them look like duplicates. */
    private String uniquePhone(String prefix, int length) {
        for (int attempt = 1; ; attempt++) {
            String subscriber = digits(length);
            if (phones.add(prefix + subscriber)) {
                return prefix + " " + subscriber;
            }
            if (attempt % 20 == 0 && length < 8) {
                length++;
            }
        }
    }

    /** A subscriber number: first digit 2–9, as numbers starting with 0 or 1 are not subscribers. */
    private String digits(int length) {
        char[] chars = new char[length];
        chars[0] = (char) ('2' + random.nextInt(8));
        for (int i = 1; i < length; i++) {
            chars[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(chars);
    }

    // --- e-mail --------------------------------------------------------------------------------

    private String emailLocalPart(String firstName, String lastName, String company, LocalDate birthDate) {
        String first = slug(firstName, "");
        String last = slug(lastName, "");
        if (last.isEmpty()) {
            return pick(new String[] {"info", "info", "info", "kontakt", "post", "buero"});
        }
        if (!company.isEmpty()) {
            if (chance(400) || first.isEmpty()) {
                return pick(new String[] {"info", "kontakt", "bestellung"});
            }
            return chance(700) ? first + "." + last : first.charAt(0) + "." + last;
        }
        String year = zeroPadded(birthDate == null ? random.nextInt(100) : birthDate.getYear() % 100, 2);
        if (first.isEmpty()) {
            return last + year;
        }
        int r = random.nextInt(100);
        if (r < 38) {
            return first + "." + last;
        } else if (r < 50) {
            return first + last;
        } else if (r < 62) {
            return first.charAt(0) + "." + last;
        } else if (r < 70) {
            return last + "." + first;
        } else if (r < 75) {
            return first + "_" + last;
        } else if (r < 90) {
            return first + "." + last + year;
        }
        return first + year;
    }

    private String emailDomain(String company, boolean austria, LocalDate birthDate) {
        if (!company.isEmpty()) {
            String domain = slug(company, "-");
            if (domain.length() > 40) {
                domain = domain.substring(0, 40);
                while (domain.endsWith("-")) {
                    domain = domain.substring(0, domain.length() - 1);
                }
            }
            return domain + (austria ? ".at" : ".de");
        }
        if (austria) {
            return pick(EMAIL_DOMAINS_AT, EMAIL_WEIGHTS_AT);
        }
        boolean older = birthDate != null && birthDate.getYear() < 1965;
        return pick(EMAIL_DOMAINS_DE, older ? EMAIL_WEIGHTS_OLD : EMAIL_WEIGHTS_YOUNG);
    }

    /** Appends digits until the address is new in this generator: "anna.mueller7@web.de". */
    private String uniqueEmail(String localPart, String domain) {
        String address = localPart + "@" + domain;
        int bound = 10;
        while (!emails.add(address)) {
            address = localPart + (1 + random.nextInt(bound - 1)) + "@" + domain;
            bound = Math.min(bound * 4, 1_000_000);
        }
        return address;
    }

    /** "Anna-Lena Müller-Lüdenscheidt" → "anna-lena"; letters and digits only, ä → ae, ß → ss. */
    private static String slug(String value, String separator) {
        String folded = Text.fold(value);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSeparator && out.length() > 0) {
                    out.append(separator);
                }
                pendingSeparator = false;
                out.append(c);
            } else if (c == '-' && separator.isEmpty() && out.length() > 0) {
                out.append('-');
            } else {
                pendingSeparator = true;
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    // --- consents ------------------------------------------------------------------------------

    private void consent(CustomerDetails.Builder b, ConsentChannel channel, int grantedPerMille, int withdrawnPerMille) {
        int r = random.nextInt(1000);
        if (r >= grantedPerMille + withdrawnPerMille) {
            return;
        }
        int s = random.nextInt(100);
        String source = s < 45 ? CONSENT_SOURCES.get(0)
                : s < 65 ? CONSENT_SOURCES.get(3)
                : s < 85 ? CONSENT_SOURCES.get(1)
                : CONSENT_SOURCES.get(2);
        b.consent(channel, new Consent(r < grantedPerMille, LocalDate.ofEpochDay(between(consentFrom, consentTo)), source));
    }

    // --- random helpers ------------------------------------------------------------------------

    private boolean chance(int perMille) {
        return random.nextInt(1000) < perMille;
    }

    private long between(long fromInclusive, long toInclusive) {
        return toInclusive <= fromInclusive ? fromInclusive : random.nextLong(fromInclusive, toInclusive + 1);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Picks by weight; cumulativeWeights[i] is the sum of the weights of values 0..i. */
    private <T> T pick(T[] values, int[] cumulativeWeights) {
        int r = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        int i = Arrays.binarySearch(cumulativeWeights, r + 1);
        return values[i >= 0 ? i : -i - 1];
    }

    private static int[] cumulative(int... weights) {
        int[] sums = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static int[] cumulative(Place[] places) {
        return cumulative(Arrays.stream(places).mapToInt(Place::weight).toArray());
    }

    // --- pools ---------------------------------------------------------------------------------

    /** Up to size distinct non-blank values, in the order Datafaker produced them. */
    private static String[] pool(int size, Supplier<String> source) {
        Set<String> values = new LinkedHashSet<>();
        for (int attempt = 0; attempt < size * 20 && values.size() < size; attempt++) {
            String value = source.get();
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values.toArray(String[]::new);
    }

    /** Datafaker abbreviates German streets ("Bonner Str.", "Lindenstr."); people write them out. */
    private static String germanStreet(String street) {
        if (street.endsWith("str.")) {
            return street.substring(0, street.length() - 4) + "straße";
        }
        if (street.endsWith("Str.")) {
            return street.substring(0, street.length() - 4) + "Straße";
        }
        return street;
    }

    /** Austrian street names carry the village in brackets ("Dorfplatz (Haselbach)"); drop it. */
    private static String austrianStreet(String street) {
        int bracket = street.indexOf(" (");
        return germanStreet(bracket > 0 ? street.substring(0, bracket) : street);
    }
}
