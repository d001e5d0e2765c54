import type { Language } from "@/lib/db/schema";

// Local names, streets and cities for the eight countries the demo shop sells to. Belgium appears
// twice (Flemish and Walloon customers) because language, names and towns follow the region.

export const SHOP_COUNTRIES = ["NL", "BE", "FR", "DE", "ES", "PT", "GB", "IE"] as const;
export type ShopCountry = (typeof SHOP_COUNTRIES)[number];

// How a postcode looks in a city: a numeric range, or (GB, IE) the outward codes used there.
export type PostcodeArea =
  | { kind: "range"; from: number; to: number }
  | { kind: "outward"; codes: readonly string[] };

export type City = { name: string; area: PostcodeArea };

export type CustomerProfile = {
  country: ShopCountry;
  language: Language;
  // How many demo customers come from this profile.
  customers: number;
  firstNames: readonly string[];
  lastNames: readonly string[];
  streets: readonly string[];
  cities: readonly City[];
};

const range = (from: number, to: number): PostcodeArea => ({ kind: "range", from, to });
const outward = (...codes: string[]): PostcodeArea => ({ kind: "outward", codes });

const dutchStreets = [
  "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Julianastraat", "Beatrixlaan",
  "Wilhelminastraat", "Lindelaan", "Eikenlaan", "Kastanjelaan", "Oranjestraat", "Spoorstraat", "Hoofdstraat",
  "Nieuwstraat", "Prins Hendrikstraat", "Zonnebloemstraat", "Van Goghlaan",
];

export const CUSTOMER_PROFILES: readonly CustomerProfile[] = [
  {
    country: "NL",
    language: "nl",
    customers: 80,
    firstNames: [
      "Daan", "Sem", "Lucas", "Finn", "Milan", "Jesse", "Thijs", "Bram", "Ruben", "Lars", "Emma", "Julia", "Sophie",
      "Tess", "Anna", "Fleur", "Lotte", "Sanne", "Noor", "Eva", "Femke", "Maud", "Joris", "Wouter",
    ],
    lastNames: [
      "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
      "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
      "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Verhoeven",
    ],
    streets: dutchStreets,
    cities: [
      { name: "Amsterdam", area: range(1011, 1109) },
      { name: "Rotterdam", area: range(3011, 3089) },
      { name: "Den Haag", area: range(2491, 2597) },
      { name: "Utrecht", area: range(3511, 3585) },
      { name: "Eindhoven", area: range(5611, 5658) },
      { name: "Groningen", area: range(9711, 9747) },
      { name: "Tilburg", area: range(5011, 5049) },
      { name: "Nijmegen", area: range(6511, 6546) },
      { name: "Haarlem", area: range(2011, 2037) },
      { name: "Zwolle", area: range(8011, 8047) },
    ],
  },
  {
    country: "BE",
    language: "nl",
    customers: 24,
    firstNames: [
      "Lars", "Wout", "Jens", "Arne", "Pieter", "Stijn", "Tom", "Kobe", "Lotte", "Sofie", "Elke", "An", "Hanne",
      "Lien", "Marie", "Fien", "Jolien", "Ruben",
    ],
    lastNames: [
      "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
      "Vermeulen", "Van den Broeck", "De Clercq", "Hermans", "Aerts", "Verstraete",
    ],
    streets: ["Kerkstraat", "Stationsstraat", "Nieuwstraat", "Molenstraat", "Schoolstraat", "Kapelstraat", "Dorpsstraat", "Lindenlaan", "Veldstraat", "Beukenlaan"],
    cities: [
      { name: "Antwerpen", area: range(2000, 2060) },
      { name: "Gent", area: range(9000, 9052) },
      { name: "Brugge", area: range(8000, 8020) },
      { name: "Leuven", area: range(3000, 3012) },
      { name: "Mechelen", area: range(2800, 2812) },
      { name: "Hasselt", area: range(3500, 3512) },
    ],
  },
  {
    country: "BE",
    language: "fr",
    customers: 16,
    firstNames: [
      "Julien", "Maxime", "Nicolas", "Thomas", "Arnaud", "Quentin", "Camille", "Manon", "Élodie", "Aurélie",
      "Charlotte", "Justine", "Sarah", "Céline",
    ],
    lastNames: [
      "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lejeune", "Denis",
      "Collard", "Henrard", "Jacquet", "Lemaire",
    ],
    streets: [
      "Rue de la Station", "Rue de l'Église", "Rue Haute", "Avenue Louise", "Rue du Moulin", "Chaussée de Waterloo",
      "Rue des Écoles", "Rue de Namur", "Avenue des Tilleuls",
    ],
    cities: [
      { name: "Bruxelles", area: range(1000, 1000) },
      { name: "Ixelles", area: range(1050, 1050) },
      { name: "Liège", area: range(4000, 4032) },
      { name: "Namur", area: range(5000, 5004) },
      { name: "Charleroi", area: range(6000, 6010) },
      { name: "Mons", area: range(7000, 7034) },
    ],
  },
  {
    country: "FR",
    language: "fr",
    customers: 45,
    firstNames: [
      "Louis", "Gabriel", "Hugo", "Arthur", "Jules", "Lucas", "Antoine", "Mathieu", "Léa", "Chloé", "Inès", "Manon",
      "Camille", "Jade", "Louise", "Clara", "Émilie", "Pauline", "Sébastien", "Océane",
    ],
    lastNames: [
      "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon",
      "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Garnier",
    ],
    streets: [
      "rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "rue Pasteur", "boulevard Voltaire",
      "rue de la Paix", "rue du Général de Gaulle", "avenue des Champs", "rue Émile Zola", "rue des Lilas",
      "place de la Mairie", "rue Nationale",
    ],
    cities: [
      { name: "Paris", area: range(75001, 75020) },
      { name: "Lyon", area: range(69001, 69009) },
      { name: "Marseille", area: range(13001, 13016) },
      { name: "Toulouse", area: range(31000, 31500) },
      { name: "Bordeaux", area: range(33000, 33300) },
      { name: "Lille", area: range(59000, 59800) },
      { name: "Nantes", area: range(44000, 44300) },
      { name: "Strasbourg", area: range(67000, 67200) },
      { name: "Montpellier", area: range(34000, 34090) },
    ],
  },
  {
    country: "DE",
    language: "de",
    customers: 55,
    firstNames: [
      "Lukas", "Leon", "Jonas", "Felix", "Maximilian", "Paul", "Tobias", "Jan", "Niklas", "Sebastian", "Anna", "Lena",
      "Laura", "Lea", "Hannah", "Sophie", "Julia", "Katharina", "Marie", "Johanna", "Sabine", "Stefan",
    ],
    lastNames: [
      "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
      "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
      "Braun", "Krüger", "Hofmann", "Hartmann",
    ],
    streets: [
      "Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Dorfstraße", "Lindenstraße", "Bergstraße",
      "Kirchstraße", "Waldstraße", "Ringstraße", "Goethestraße", "Schillerstraße", "Mozartstraße", "Am Markt",
    ],
    cities: [
      { name: "Berlin", area: range(10115, 14199) },
      { name: "Hamburg", area: range(20095, 22769) },
      { name: "München", area: range(80331, 81929) },
      { name: "Köln", area: range(50667, 51149) },
      { name: "Frankfurt am Main", area: range(60306, 60599) },
      { name: "Stuttgart", area: range(70173, 70629) },
      { name: "Düsseldorf", area: range(40210, 40629) },
      { name: "Leipzig", area: range(4103, 4357) },
      { name: "Bremen", area: range(28195, 28779) },
      { name: "Freiburg im Breisgau", area: range(79098, 79117) },
    ],
  },
  {
    country: "ES",
    language: "es",
    customers: 35,
    firstNames: [
      "Hugo", "Martín", "Lucas", "Mateo", "Daniel", "Pablo", "Alejandro", "Javier", "Lucía", "Sofía", "María",
      "Martina", "Paula", "Carmen", "Elena", "Laura", "Marta", "Sergio",
    ],
    lastNames: [
      "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
      "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres",
    ],
    streets: [
      "Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Calle del Sol", "Paseo de Gracia",
      "Calle San Vicente", "Avenida de Andalucía", "Calle Gran Vía", "Calle de la Paz", "Calle Colón",
    ],
    cities: [
      { name: "Madrid", area: range(28001, 28055) },
      { name: "Barcelona", area: range(8001, 8042) },
      { name: "Valencia", area: range(46001, 46026) },
      { name: "Sevilla", area: range(41001, 41020) },
      { name: "Bilbao", area: range(48001, 48015) },
      { name: "Málaga", area: range(29001, 29018) },
      { name: "Zaragoza", area: range(50001, 50018) },
    ],
  },
  {
    country: "PT",
    language: "pt",
    customers: 20,
    firstNames: [
      "João", "Rodrigo", "Martim", "Francisco", "Tiago", "Duarte", "Miguel", "Pedro", "Maria", "Leonor", "Matilde",
      "Beatriz", "Ana", "Inês", "Carolina", "Mariana",
    ],
    lastNames: [
      "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
      "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro", "Pinto",
    ],
    streets: [
      "Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Avenida da República",
      "Rua Direita", "Rua da Boavista", "Rua 25 de Abril", "Avenida dos Aliados", "Rua Nova",
    ],
    cities: [
      { name: "Lisboa", area: range(1000, 1990) },
      { name: "Porto", area: range(4000, 4369) },
      { name: "Braga", area: range(4700, 4719) },
      { name: "Coimbra", area: range(3000, 3049) },
      { name: "Faro", area: range(8000, 8009) },
      { name: "Aveiro", area: range(3800, 3814) },
    ],
  },
  {
    country: "GB",
    language: "en",
    customers: 28,
    firstNames: [
      "Oliver", "George", "Harry", "Jack", "Noah", "Charlie", "James", "Thomas", "Olivia", "Amelia", "Isla", "Ava",
      "Emily", "Sophie", "Grace", "Poppy", "Hannah", "Ellie",
    ],
    lastNames: [
      "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
      "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Clarke", "Patel",
    ],
    streets: [
      "High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Avenue",
      "Queen's Road", "Mill Lane", "Kings Road", "The Crescent", "Albert Street",
    ],
    cities: [
      { name: "London", area: outward("SW1A", "SE1", "N1", "E1", "W1D", "NW3", "SW11", "E14", "N16", "SE15") },
      { name: "Manchester", area: outward("M1", "M4", "M14", "M20") },
      { name: "Birmingham", area: outward("B1", "B15", "B29") },
      { name: "Leeds", area: outward("LS1", "LS6", "LS8") },
      { name: "Bristol", area: outward("BS1", "BS6", "BS8") },
      { name: "Edinburgh", area: outward("EH1", "EH3", "EH9") },
      { name: "Glasgow", area: outward("G1", "G12", "G41") },
      { name: "Cardiff", area: outward("CF10", "CF11", "CF24") },
    ],
  },
  {
    country: "IE",
    language: "en",
    customers: 17,
    firstNames: [
      "Jack", "James", "Conor", "Seán", "Cian", "Darragh", "Oisín", "Liam", "Emily", "Grace", "Aoife", "Siobhán",
      "Niamh", "Ciara", "Saoirse", "Róisín",
    ],
    lastNames: [
      "Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
      "O'Reilly", "Doyle", "McCarthy", "Gallagher", "Kennedy", "Lynch",
    ],
    streets: [
      "Main Street", "Grafton Street", "Church Road", "Sandford Road", "Patrick Street", "Shop Street", "O'Connell Street",
      "Dublin Road", "Castle Street", "Strand Road",
    ],
    cities: [
      { name: "Dublin", area: outward("D02", "D04", "D06", "D08", "D24", "D6W") },
      { name: "Cork", area: outward("T12", "T23") },
      { name: "Galway", area: outward("H91") },
      { name: "Limerick", area: outward("V94") },
      { name: "Waterford", area: outward("X91") },
    ],
  },
];

// Reserved domains only, so no demo address can ever belong to a real mailbox.
export const EMAIL_DOMAINS = ["example.com", "example.net", "example.org"] as const;

export const CURRENCY_BY_COUNTRY: Record<ShopCountry, "EUR" | "GBP"> = {
  NL: "EUR", BE: "EUR", FR: "EUR", DE: "EUR", ES: "EUR", PT: "EUR", GB: "GBP", IE: "EUR",
};
