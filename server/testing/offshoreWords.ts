// Word lists of our own for the offshore generator's names: companies, people, intermediaries and addresses in many
// languages, some with accented letters, so that search (which ignores accents) meets them as it would real data.

/** First words of company names. */
// prettier-ignore
export const COMPANY_WORDS = [
  'Aurora', 'Atlántico', 'Baltic', 'Bellevue', 'Blue Harbour', 'Boréal', 'Cedar', 'Château', 'Coral', 'Crescent',
  'Delta', 'Dorado', 'Eastgate', 'Émeraude', 'Equinox', 'Falcon', 'Fjord', 'Golden Gate', 'Granite', 'Halcyon',
  'Horizon', 'Île Verte', 'Ivory', 'Jade', 'Kestrel', 'Lagoon', 'Lumière', 'Magnolia', 'Marítima', 'Meridian',
  'Monarch', 'Nordic', 'Northstar', 'Oasis', 'Olympus', 'Orchid', 'Pacífico', 'Palmera', 'Pinnacle', 'Polaris',
  'Quantum', 'Regent', 'Río Claro', 'Riviera', 'Sable', 'Saffron', 'São Bento', 'Sequoia', 'Señorío', 'Sierra',
  'Solstice', 'Sterling', 'Summit', 'Tāne', 'Tidewater', 'Topaz', 'Trident', 'Universal', 'Valhalla', 'Vérité',
  'Vista', 'Westbridge', 'Windward', 'Zénith', 'Zürich Lake', 'Ørsted Bay', 'Ålborg', 'Kraków', 'Mykonos', 'Sahara',
];

/** Middle words some company names carry. */
// prettier-ignore
export const COMPANY_MIDDLE = [
  'Global', 'International', 'Pacific', 'Overseas', 'Continental', 'Asia', 'Euro', 'Atlantic', 'Royal', 'United',
  'Première', 'Capital', 'Trans', 'Mediterránea', 'First',
];

/** What the company says it does. */
// prettier-ignore
export const COMPANY_TRADES = [
  'Holdings', 'Investments', 'Trading', 'Ventures', 'Shipping', 'Resources', 'Capital', 'Properties', 'Enterprises',
  'Consulting', 'Management', 'Assets', 'Finance', 'Energy', 'Minerals', 'Logistics', 'Partners', 'Securities',
  'Développement', 'Inversiones', 'Beteiligungen', 'Participações', 'Commodities', 'Maritime', 'Technologies',
  'Equity', 'Realty', 'Agro', 'Textiles', 'Pharma',
];

// prettier-ignore
export const COMPANY_FORMS = [
  'Limited', 'Ltd.', 'Inc.', 'Corp.', 'S.A.', 'S.A.R.L.', 'GmbH', 'AG', 'B.V.', 'N.V.', 'LLC', 'LLP', 'Ltda.',
  'S.p.A.', 'Pte. Ltd.', 'Co., Ltd.', 'Foundation', 'Trust', 'S.à r.l.', 'A/S', 'Sp. z o.o.', 'Anstalt',
];

// prettier-ignore
export const FIRST_NAMES = [
  'Adrián', 'Agnès', 'Ahmed', 'Aiko', 'Aleksandr', 'Alejandro', 'Ana', 'André', 'Andrzej', 'Anna', 'Antoine', 'Arjun',
  'Astrid', 'Ayşe', 'Beatriz', 'Benoît', 'Björn', 'Camille', 'Carlos', 'Catalina', 'Chen', 'Chloé', 'Christos',
  'Dariusz', 'David', 'Dmitri', 'Elena', 'Élise', 'Emily', 'Emre', 'Enrique', 'Erik', 'Fatima', 'Federico',
  'Fernanda', 'François', 'Gabriel', 'Giulia', 'Gonçalo', 'Grace', 'Günther', 'Hana', 'Hans', 'Hélène', 'Hiroshi',
  'Ibrahim', 'Inês', 'Ingrid', 'Irina', 'Isabel', 'Ivan', 'Jakub', 'James', 'Javier', 'Jean', 'Jérôme', 'Jiří',
  'João', 'John', 'Jorge', 'José', 'Julia', 'Karim', 'Katarzyna', 'Kenji', 'Laila', 'Lars', 'Laura', 'Léa', 'Li',
  'Lucía', 'Luis', 'Łukasz', 'Magnus', 'Manuel', 'Marco', 'María', 'Marie', 'Mariusz', 'Mateo', 'Matthias',
  'Mehmet', 'Mei', 'Michael', 'Miguel', 'Mónica', 'Nadia', 'Natalia', 'Nikolai', 'Noémie', 'Olga', 'Omar', 'Óscar',
  'Pablo', 'Paolo', 'Patricia', 'Pedro', 'Peter', 'Pierre', 'Priya', 'Rafael', 'Raúl', 'Renée', 'Ricardo', 'Robert',
  'Rui', 'Sarah', 'Sebastián', 'Sergei', 'Sofía', 'Søren', 'Stefan', 'Sven', 'Tatiana', 'Thomas', 'Tomás', 'Valérie',
  'Victor', 'Wei', 'Xavier', 'Yasmin', 'Yusuf', 'Zoë', 'Zoltán',
];

// prettier-ignore
export const SURNAMES = [
  'Abramov', 'Acosta', 'Alves', 'Andersson', 'Araújo', 'Bauer', 'Becker', 'Benítez', 'Bernard', 'Bianchi', 'Brown',
  'Castro', 'Çelik', 'Chan', 'Chen', 'Costa', 'Dąbrowski', 'Demir', 'Díaz', 'Dubois', 'Đorđević', 'Dvořák', 'Eriksen',
  'Fernández', 'Ferreira', 'Fischer', 'Fontaine', 'García', 'Gómez', 'González', 'Gonçalves', 'Gruber', 'Gutiérrez',
  'Hansen', 'Hernández', 'Hoffmann', 'Horváth', 'Huang', 'Ivanov', 'Jiménez', 'Johansson', 'Jones', 'Kaya',
  'Kim', 'Kowalski', 'Kozlov', 'Kumar', 'Lambert', 'Larsen', 'Lefèvre', 'Lehmann', 'Lewandowski', 'Li', 'Lima',
  'López', 'Lund', 'Martín', 'Martínez', 'Mendes', 'Mercier', 'Meyer', 'Mikhailov', 'Moreau', 'Morales', 'Müller',
  'Navarro', 'Nielsen', 'Novák', 'Núñez', 'Nowak', 'Oliveira', 'Olsen', 'Ortiz', 'Öztürk', 'Papadopoulos', 'Park',
  'Pereira', 'Petrov', 'Pham', 'Popescu', 'Quintero', 'Ramírez', 'Reyes', 'Ribeiro', 'Richter', 'Rodríguez', 'Romero',
  'Rossi', 'Rousseau', 'Ruiz', 'Sánchez', 'Santos', 'Schmidt', 'Schneider', 'Schröder', 'Silva', 'Smith', 'Sokolov',
  'Souza', 'Suárez', 'Svensson', 'Szabó', 'Tanaka', 'Taylor', 'Torres', 'Valdés', 'Vargas', 'Vasquez', 'Vidal',
  'Volkov', 'Wagner', 'Wang', 'Weber', 'Williams', 'Wiśniewski', 'Wong', 'Yamamoto', 'Yılmaz', 'Zhang', 'Zieliński',
  'Østergaard', 'Ålund', 'Ó Briain', "D'Amico", 'van der Berg', 'de la Cruz', 'al-Hashimi', 'Mac Giolla',
];

/** What intermediaries (agents, law firms, trust companies) call themselves after a name or two. */
// prettier-ignore
export const INTERMEDIARY_KINDS = [
  'Corporate Services', 'Trust Company', 'Legal Partners', 'Fiduciaria', 'Treuhand AG', 'Avocats', 'Abogados',
  'Management Services', 'Nominees Ltd.', 'Registered Agents', 'Wealth Advisors', 'Family Office', 'Fiduciaire',
  'Company Formations', 'Chartered Accountants',
];

// prettier-ignore
export const STREET_NAMES = [
  "Rue de l'Église", 'Calle Mayor', 'Bahnhofstrasse', "Queen's Road Central", 'Avenida Balboa', 'Nathan Road',
  'Orchard Road', 'Main Street', 'Strada Nuova', 'Rua Augusta', 'ulica Długa', 'Büyükdere Caddesi', 'Wickhams Cay',
  'Bay Street', 'Calle 50', 'Avenue de la Gare', 'Lange Voorhout', 'Paseo de la Reforma', 'Via del Corso',
  'Königsallee', 'Rua da Conceição', 'Shirley Street', 'Harbour Road', 'Place Vendôme', 'Štefánikova', 'Nørregade',
  'Andrássy út', 'Triq il-Kbira', 'Leoforos Kifisias', 'Dr. Roy’s Drive', 'Calle Ñuñoa', 'Grand Rue', 'Victoria Street',
  'Boulevard Saint-Michel', 'Hauptstraße', 'Kärntner Straße', 'Marina Boulevard', 'Sheikh Zayed Road', 'Jalan Sultan',
  'Avenida Paulista',
];

/** Cities of the addresses, with their ISO 3166-1 alpha-2 country. */
// prettier-ignore
export const CITIES: readonly (readonly [string, string])[] = [
  ['Road Town', 'VG'], ['Panamá', 'PA'], ['Nassau', 'BS'], ['George Town', 'KY'], ['Victoria', 'SC'],
  ['Hong Kong', 'HK'], ['Singapore', 'SG'], ['Limassol', 'CY'], ['Valletta', 'MT'], ['Genève', 'CH'],
  ['Zürich', 'CH'], ['Luxembourg', 'LU'], ['Vaduz', 'LI'], ['Monaco', 'MC'], ['London', 'GB'], ['Douglas', 'IM'],
  ['St Helier', 'JE'], ['St Peter Port', 'GG'], ['Dubai', 'AE'], ['Moskva', 'RU'], ['São Paulo', 'BR'],
  ['Ciudad de México', 'MX'], ['Bogotá', 'CO'], ['Caracas', 'VE'], ['Buenos Aires', 'AR'], ['Madrid', 'ES'],
  ['Lisboa', 'PT'], ['Paris', 'FR'], ['Milano', 'IT'], ['München', 'DE'], ['Wien', 'AT'], ['København', 'DK'],
  ['Kraków', 'PL'], ['İstanbul', 'TR'], ['Athína', 'GR'], ['Shanghai', 'CN'], ['Taipei', 'TW'], ['Jakarta', 'ID'],
  ['Kuala Lumpur', 'MY'], ['Miami', 'US'], ['New York', 'US'], ['Toronto', 'CA'], ['Apia', 'WS'], ['Port Louis', 'MU'],
];

/** Where offshore companies are incorporated, most often first (drawn with a skew towards the start). */
// prettier-ignore
export const JURISDICTIONS = [
  'VG', 'PA', 'BS', 'SC', 'KY', 'HK', 'WS', 'MU', 'CY', 'MT', 'BZ', 'NZ', 'SG', 'LU', 'JE', 'IM', 'GG', 'LI', 'AE',
  'US', 'GB', 'NL', 'IE', 'CK', 'NU', 'AI', 'BM', 'MH', 'VU',
];

/** Countries of people and intermediaries (drawn evenly). */
// prettier-ignore
export const COUNTRIES = [
  'CN', 'HK', 'GB', 'US', 'RU', 'CH', 'BR', 'AR', 'VE', 'MX', 'CO', 'ES', 'FR', 'DE', 'IT', 'PT', 'PL', 'TR', 'GR',
  'AE', 'SA', 'IN', 'ID', 'MY', 'SG', 'TW', 'JP', 'KR', 'TH', 'ZA', 'NG', 'UA', 'KZ', 'CY', 'MT', 'LU', 'BE', 'NL',
  'SE', 'NO', 'DK', 'CZ', 'HU', 'RO', 'IL', 'EG', 'CA', 'AU', 'NZ', 'CL', 'PE', 'EC', 'PA', 'UY',
];

// prettier-ignore
export const COMPANY_STATUSES = ['Active', 'Active', 'Active', 'Struck off', 'Defaulted', 'Dissolved', 'In liquidation'];
