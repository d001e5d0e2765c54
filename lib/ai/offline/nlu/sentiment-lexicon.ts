import type { Lang } from "./lang";

// Valence of words as customers use them about an order or a service, from -3 (furious) to +3
// (delighted), accent-folded and lowercase. Support-specific words ("broken", "late", "missing") are
// mildly negative: they describe a problem even when said calmly.
function lexicon(entries: string): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const entry of entries.trim().split(/\s+/)) {
    const [word, weight] = entry.split("=");
    if (word && weight) map.set(word.replace(/_/g, " "), Number(weight));
  }
  return map;
}

export const VALENCE: Record<Lang, ReadonlyMap<string, number>> = {
  en: lexicon(`
    good=1.5 great=2 excellent=2.5 amazing=2.5 awesome=2.5 perfect=2.5 love=2.5 loved=2.5 happy=2 glad=1.5
    thanks=1.5 thank=1.5 thx=1.5 ty=1 appreciate=2 appreciated=2 helpful=2 nice=1.5 fantastic=2.5
    brilliant=2.5 wonderful=2.5 super=2 cool=1.2 fast=1 quick=1 satisfied=1.5 pleased=1.5 best=2 easy=1
    resolved=1.5 sorted=1 wow=1.5 lovely=2 fine=0.5 yay=2 top=1.5
    bad=-1.5 terrible=-2.5 awful=-2.5 horrible=-2.5 worst=-3 useless=-2 rubbish=-2 crap=-2.5 shit=-3
    shitty=-3 hate=-2.5 angry=-2.5 furious=-3 annoyed=-2 annoying=-2 frustrated=-2 frustrating=-2
    disappointed=-2 disappointing=-2 unacceptable=-2.5 ridiculous=-2 disgrace=-2.5 disgusting=-2.5
    scam=-3 fraud=-3 joke=-1.5 poor=-1.5 slow=-1 late=-1 delayed=-1.2 broken=-1.5 damaged=-1.5
    missing=-1 wrong=-1.2 lost=-1.2 problem=-1 issue=-0.8 complaint=-1.5 complain=-1.5 unhappy=-2
    sad=-1.5 upset=-2 pathetic=-2.5 incompetent=-2.5 nightmare=-2.5 sucks=-2 rude=-2 shocking=-2
    dreadful=-2.5 fuming=-3 livid=-3 wtf=-2.5 ugh=-1.5 fed_up=-2 sick_of=-2 still_waiting=-1.5
  `),
  fr: lexicon(`
    bien=1 bon=1 bonne=1 super=2 genial=2.5 parfait=2.5 excellent=2.5 top=2 merci=1.5 content=2 contente=2
    ravi=2.5 ravie=2.5 satisfait=1.5 satisfaite=1.5 rapide=1 sympa=1.5 adore=2.5 merveilleux=2.5
    impeccable=2.5 nickel=2 cool=1.2 efficace=1.5 aimable=1.5 gentil=1.5 formidable=2.5 bravo=2
    nul=-2 nulle=-2 mal=-1 mauvais=-1.5 mauvaise=-1.5 horrible=-2.5 terrible=-2.5 pire=-3 inadmissible=-2.5
    inacceptable=-2.5 scandaleux=-2.5 honte=-2.5 honteux=-2.5 ridicule=-2 decu=-2 decue=-2 deception=-2
    furieux=-3 furieuse=-3 enerve=-2 enervee=-2 marre=-2 fache=-2 fachee=-2 colere=-2.5 arnaque=-3
    escroc=-3 escroquerie=-3 lamentable=-2.5 inutile=-2 catastrophique=-2.5 catastrophe=-2.5 lent=-1
    retard=-1 casse=-1.5 cassee=-1.5 abime=-1.5 abimee=-1.5 perdu=-1.2 probleme=-1 plainte=-1.5
    merde=-3 mecontent=-2 mecontente=-2 insupportable=-2.5 impoli=-2 deplorable=-2.5 galere=-1.5
    foutez=-2.5 toujours_pas=-1
  `),
  de: lexicon(`
    gut=1.5 super=2 toll=2 klasse=2 prima=2 perfekt=2.5 danke=1.5 zufrieden=1.5 glucklich=2 froh=1.5
    schnell=1 hilfreich=2 freundlich=1.5 genial=2.5 wunderbar=2.5 ausgezeichnet=2.5 top=2 spitze=2.5
    lieb=1.5 cool=1.2 begeistert=2.5
    schlecht=-1.5 schlimm=-2 furchtbar=-2.5 schrecklich=-2.5 mies=-2 miserabel=-2.5 katastrophe=-2.5
    katastrophal=-2.5 enttauscht=-2 enttauschend=-2 sauer=-2 wutend=-3 verargert=-2 genervt=-2 nervig=-2
    argerlich=-2 frechheit=-2.5 unverschamt=-2.5 inakzeptabel=-2.5 lacherlich=-2 schande=-2.5
    betrug=-3 abzocke=-3 nutzlos=-2 unbrauchbar=-2 kaputt=-1.5 beschadigt=-1.5 defekt=-1.5 falsch=-1.2
    fehlt=-1 verloren=-1.2 verspatet=-1.2 langsam=-1 problem=-1 beschwerde=-1.5 unzufrieden=-2
    scheisse=-3 mist=-2 unhoflich=-2 witz=-1.5 unmoglich=-2 nase_voll=-2 immer_noch_nicht=-1
  `),
  nl: lexicon(`
    goed=1.5 super=2 top=2 geweldig=2.5 perfect=2.5 prima=1.5 fijn=1.5 bedankt=1.5 dank=1.5 tevreden=1.5
    blij=2 snel=1 behulpzaam=2 vriendelijk=1.5 fantastisch=2.5 uitstekend=2.5 mooi=1.5 leuk=1.5
    handig=1 lief=1.5 gaaf=2 tof=2 heerlijk=2
    slecht=-1.5 verschrikkelijk=-2.5 vreselijk=-2.5 waardeloos=-2.5 belachelijk=-2 schandalig=-2.5
    schande=-2.5 teleurgesteld=-2 teleurstellend=-2 boos=-2.5 woedend=-3 geirriteerd=-2 irritant=-2
    onacceptabel=-2.5 oplichting=-3 oplichters=-3 nutteloos=-2 kapot=-1.5 beschadigd=-1.5 defect=-1.5
    fout=-1.2 verkeerd=-1.2 kwijt=-1.2 traag=-1 vertraagd=-1.2 probleem=-1 klacht=-1.5 ontevreden=-2
    klote=-2.5 kut=-3 onbeleefd=-2 grap=-1.5 balen=-1.5 ramp=-2.5 het_zat=-2 nog_steeds_niet=-1
  `),
  es: lexicon(`
    bien=1 bueno=1.5 buena=1.5 genial=2.5 perfecto=2.5 excelente=2.5 gracias=1.5 contento=2 contenta=2
    feliz=2 rapido=1 amable=1.5 encantado=2.5 encantada=2.5 increible=2.5 maravilloso=2.5 estupendo=2.5
    super=2 guay=2 chevere=2 satisfecho=1.5 satisfecha=1.5 fenomenal=2.5 util=1.5
    malo=-1.5 mala=-1.5 mal=-1.5 terrible=-2.5 horrible=-2.5 pesimo=-3 pesima=-3 peor=-2.5 fatal=-2.5
    inaceptable=-2.5 ridiculo=-2 verguenza=-2.5 vergonzoso=-2.5 decepcionado=-2 decepcionada=-2
    enfadado=-2.5 enfadada=-2.5 enojado=-2.5 enojada=-2.5 furioso=-3 furiosa=-3 harto=-2 harta=-2
    molesto=-2 molesta=-2 estafa=-3 estafadores=-3 fraude=-3 inutil=-2 roto=-1.5 rota=-1.5 danado=-1.5
    danada=-1.5 defectuoso=-1.5 equivocado=-1.2 perdido=-1.2 retraso=-1.2 lento=-1 problema=-1
    queja=-1.5 descontento=-2 descontenta=-2 mierda=-3 grosero=-2 broma=-1.5 penoso=-2 desastre=-2.5
    porqueria=-2.5 todavia_no=-1
  `),
  pt: lexicon(`
    bom=1.5 boa=1.5 otimo=2.5 otima=2.5 excelente=2.5 perfeito=2.5 obrigado=1.5 obrigada=1.5 obg=1.5
    valeu=1.5 feliz=2 contente=2 satisfeito=1.5 satisfeita=1.5 rapido=1 gentil=1.5 incrivel=2.5
    maravilhoso=2.5 show=2 top=2 legal=1.5 massa=2 adorei=2.5 amei=2.5 util=1.5
    ruim=-1.5 mau=-1.5 pessimo=-3 pessima=-3 horrivel=-2.5 terrivel=-2.5 pior=-2.5 inaceitavel=-2.5
    ridiculo=-2 vergonha=-2.5 decepcionado=-2 decepcionada=-2 irritado=-2 irritada=-2 bravo=-2
    furioso=-3 furiosa=-3 farto=-2 farta=-2 chateado=-2 chateada=-2 golpe=-3 fraude=-3 inutil=-2
    quebrado=-1.5 quebrada=-1.5 danificado=-1.5 danificada=-1.5 defeito=-1.5 errado=-1.2 errada=-1.2
    perdido=-1.2 atrasado=-1.2 atraso=-1.2 demora=-1 lento=-1 problema=-1 reclamacao=-1.5
    insatisfeito=-2 insatisfeita=-2 merda=-3 porcaria=-2.5 absurdo=-2.5 piada=-1.5 grosso=-1.5
    lamentavel=-2.5 droga=-2 ainda_nao=-1
  `),
};

// Words that flip the valence of what follows (and, in French, German and Dutch, of what comes just
// before: "marche pas", "gefällt mir nicht", "werkt niet").
export const NEGATIONS: Record<Lang, ReadonlySet<string>> = {
  en: new Set("not no never dont doesnt didnt isnt wasnt arent cant cannot wont without nothing hardly nobody".split(" ")),
  fr: new Set("pas ne jamais rien aucun aucune sans".split(" ")),
  de: new Set("nicht kein keine keinen keinem nie niemals nichts ohne".split(" ")),
  nl: new Set("niet geen nooit niets niks zonder".split(" ")),
  es: new Set("no nunca jamas nada ni sin tampoco".split(" ")),
  pt: new Set("nao nunca jamais nada nem sem".split(" ")),
};
export const NEGATION_FOLLOWS: ReadonlySet<Lang> = new Set(["fr", "de", "nl"]);

export const INTENSIFIERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set("very really so super extremely totally absolutely completely incredibly such".split(" ")),
  fr: new Set("tres vraiment trop super tellement completement totalement hyper".split(" ")),
  de: new Set("sehr echt total voll extrem wirklich so absolut ziemlich mega richtig super".split(" ")),
  nl: new Set("heel erg echt zo super enorm ontzettend zeer hartstikke totaal".split(" ")),
  es: new Set("muy super realmente tan demasiado totalmente bastante sumamente".split(" ")),
  pt: new Set("muito super realmente tao totalmente bem bastante mega".split(" ")),
};

// After these, the second half of a sentence carries the weight ("nice app but my order is lost").
export const CONTRASTS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["but", "however"]),
  fr: new Set(["mais", "pourtant"]),
  de: new Set(["aber", "jedoch"]),
  nl: new Set(["maar", "echter"]),
  es: new Set(["pero", "sin embargo"]),
  pt: new Set(["mas", "porem"]),
};

// Phrases that ask for speed. Matched on folded, normalised text as whole words.
export const URGENCY_CUES: Record<Lang, readonly string[]> = {
  en: ["urgent", "urgently", "asap", "emergency", "immediately", "right now", "right away", "as soon as possible", "critical"],
  fr: ["urgent", "urgente", "urgence", "tout de suite", "immediatement", "au plus vite", "des que possible", "le plus vite possible", "rapidement"],
  de: ["dringend", "sofort", "eilig", "umgehend", "schnellstmoglich", "so schnell wie moglich", "notfall", "jetzt sofort"],
  nl: ["dringend", "spoed", "meteen", "onmiddellijk", "zo snel mogelijk", "nu meteen", "met spoed", "asap"],
  es: ["urgente", "urgencia", "inmediatamente", "cuanto antes", "lo antes posible", "lo mas rapido posible", "ahora mismo", "ya mismo"],
  pt: ["urgente", "urgencia", "imediatamente", "o mais rapido possivel", "agora mesmo", "quanto antes", "com urgencia", "rapido"],
};

// Topics that need a person quickly whatever the tone: fraud, theft, account takeover, legal threats.
export const HIGH_RISK_WORDS: ReadonlySet<string> = new Set(
  `fraud scam stolen hacked lawyer police fraude arnaque vole pirate avocat betrug gestohlen gehackt anwalt polizei
   oplichting gestolen gehackt advocaat politie estafa robado hackeado abogado policia golpe roubado advogado`.split(/\s+/),
);

export const EMOJI_VALENCE: ReadonlyMap<string, number> = new Map([
  ["😡", -3], ["🤬", -3.5], ["😠", -2.5], ["😤", -2], ["👎", -2], ["💩", -2], ["😢", -2], ["😭", -2.5],
  ["😞", -2], ["😒", -1.5], ["🙄", -1.5], ["😕", -1], ["😩", -2], ["😫", -2], ["💔", -2],
  ["😊", 2], ["🙂", 1.5], ["😀", 2], ["😃", 2], ["😄", 2], ["😁", 2], ["😍", 3], ["❤", 2.5], ["🥰", 3],
  ["👍", 2], ["🙏", 1.5], ["🎉", 2], ["💯", 1.5], ["👌", 1.5], ["😂", 1], ["🤩", 3], ["💪", 1.5],
]);
