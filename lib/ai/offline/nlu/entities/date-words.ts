// Month, weekday and relative-day words of the six languages, accent-folded and lowercase, as they
// appear in folded text.

export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, janvier: 1, janv: 1, januar: 1, janner: 1, januari: 1, enero: 1, ene: 1, janeiro: 1,
  february: 2, feb: 2, fevrier: 2, fevr: 2, fev: 2, februar: 2, februari: 2, febrero: 2, fevereiro: 2,
  march: 3, mar: 3, mars: 3, marz: 3, maerz: 3, mrz: 3, maart: 3, mrt: 3, marzo: 3, marco: 3,
  april: 4, apr: 4, avril: 4, avr: 4, abril: 4, abr: 4,
  may: 5, mai: 5, mei: 5, mayo: 5, maio: 5,
  june: 6, jun: 6, juin: 6, juni: 6, junio: 6, junho: 6,
  july: 7, jul: 7, juillet: 7, juil: 7, juli: 7, julio: 7, julho: 7,
  august: 8, aug: 8, aout: 8, augustus: 8, agosto: 8, ago: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, septiembre: 9, setiembre: 9, setembro: 9, set: 9,
  october: 10, oct: 10, octobre: 10, oktober: 10, okt: 10, octubre: 10, outubro: 10, out: 10,
  november: 11, nov: 11, novembre: 11, noviembre: 11, novembro: 11,
  december: 12, dec: 12, decembre: 12, dezember: 12, dez: 12, diciembre: 12, dic: 12, dezembro: 12,
};

// Abbreviations that are also everyday words elsewhere ("3 out of 5", "set"): taken as months only in
// Portuguese text or after "de" ("12 de out").
export const AMBIGUOUS_MONTH_WORDS: ReadonlySet<string> = new Set(["out", "set"]);

// 0 = Monday … 6 = Sunday.
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  monday: 0, lundi: 0, montag: 0, maandag: 0, lunes: 0, segunda: 0,
  tuesday: 1, tues: 1, mardi: 1, dienstag: 1, dinsdag: 1, martes: 1, terca: 1,
  wednesday: 2, weds: 2, mercredi: 2, mittwoch: 2, woensdag: 2, miercoles: 2, quarta: 2,
  thursday: 3, thurs: 3, jeudi: 3, donnerstag: 3, donderdag: 3, jueves: 3, quinta: 3,
  friday: 4, vendredi: 4, freitag: 4, vrijdag: 4, viernes: 4, sexta: 4,
  saturday: 5, samedi: 5, samstag: 5, sonnabend: 5, zaterdag: 5, sabado: 5,
  sunday: 6, dimanche: 6, sonntag: 6, zondag: 6, domingo: 6,
};

// Portuguese weekday names that are also ordinals ("segunda vez", "quinta parte"): taken as days
// only with "-feira" or after a word that introduces a day ("na segunda", "até sexta").
export const ORDINAL_WEEKDAY_WORDS: ReadonlySet<string> = new Set(["segunda", "terca", "quarta", "quinta", "sexta"]);
export const WEEKDAY_INTRODUCERS = /(?:^|\s)(?:na|nesta|nessa|esta|essa|proxima|prox|ate|pra|para|de|toda|cada)\s+$/u;

// Words after a weekday in compounds: "maandagochtend", "Montagabend".
export const WEEKDAY_PART_SUFFIXES = "ochtend|middag|avond|morgen|vormittag|nachmittag|abend|fruh";

// Before or after a weekday, these make it the past one ("last Monday", "lundi dernier").
export const PAST_WEEKDAY_BEFORE = /(?:last|past|previous|dernier|derniere|letzten|letzter|letztes|vergangenen|vorige|vorig|afgelopen)\s+$/u;
export const PAST_WEEKDAY_AFTER = /^\s+(?:dernier|derniere|passado|passada|pasado|pasada|passe|passee|geleden)(?![\p{L}])/u;

// Day offsets for relative words; longer phrases are listed first so they win.
export const RELATIVE_DAYS: readonly { pattern: string; offset: number }[] = [
  { pattern: "day after tomorrow", offset: 2 },
  { pattern: "apres[- ]demain", offset: 2 },
  { pattern: "uebermorgen|ubermorgen", offset: 2 },
  { pattern: "overmorgen", offset: 2 },
  { pattern: "pasado manana", offset: 2 },
  { pattern: "depois de amanha", offset: 2 },
  { pattern: "day before yesterday", offset: -2 },
  { pattern: "avant[- ]hier", offset: -2 },
  { pattern: "vorgestern", offset: -2 },
  { pattern: "eergisteren", offset: -2 },
  { pattern: "anteayer|antes de ayer", offset: -2 },
  { pattern: "anteontem", offset: -2 },
  { pattern: "today|tonight|tday|2day", offset: 0 },
  { pattern: "aujourd'? ?hui|auj", offset: 0 },
  { pattern: "heute", offset: 0 },
  { pattern: "vandaag|vanavond|vanmiddag|vanochtend", offset: 0 },
  { pattern: "hoy", offset: 0 },
  { pattern: "hoje", offset: 0 },
  { pattern: "tomorrow|tomorow|tommorow|tmrw|tmr|2moro", offset: 1 },
  { pattern: "demain", offset: 1 },
  { pattern: "morgenochtend|morgenmiddag|morgenavond|morgen", offset: 1 },
  { pattern: "manana", offset: 1 },
  { pattern: "amanha", offset: 1 },
  { pattern: "yesterday", offset: -1 },
  { pattern: "hier", offset: -1 },
  { pattern: "gestern", offset: -1 },
  { pattern: "gisteren", offset: -1 },
  { pattern: "ayer", offset: -1 },
  { pattern: "ontem", offset: -1 },
];

// "morgen" is also "morning" (guten Morgen, heute Morgen, goede morgen) and "mañana" is "morning"
// after an article or "esta"; in those places they are not tomorrow.
export const NOT_TOMORROW_BEFORE = /(?:guten|gute|goede|goeie|heute|gestern|this|la|esta|una|cada|toda|por la|de la|en la)\s+$/u;
