import type { Lang } from "./lang";

// Frequent words of each language as customers type them (accents folded, contractions joined, chat
// abbreviations included). Together with the shipped intent examples they are the text the language
// model learns word and letter-sequence frequencies from.
export const COMMON_WORDS: Record<Lang, string> = {
  en: `the a an i you he she it we they me my your our their this that these those is are was were be been
    am im its whats wheres theres dont cant wont didnt doesnt isnt hasnt havent wasnt ive id ill youre
    to of in on at for with from by about into over after before up out off again
    and or but not no yes yeah yep nope please pls plz thanks thank thx ty hi hello hey bye ok okay sorry
    can could would will should do does did have has had get got make made need want like know think
    where when what why how who which there here just still already yet now today tomorrow yesterday
    week day time some any all every one two very much many more really also too only so if because
    order package parcel delivery tracking refund money account help someone anyone anything nothing`,
  fr: `le la les un une des du de je j tu il elle on nous vous ils elles me te se moi toi lui leur
    mon ma mes ton ta tes son sa ses notre votre vos nos leurs ce cet cette ces ca cest jai
    est sont suis es sommes etes ai as a avons avez ont etait sera fait faire peux peut pouvez veux
    veut voulez voudrais dois doit faut besoin ne pas plus rien jamais personne toujours encore deja
    pour avec dans sur sous par sans chez entre et ou mais donc car que qui quoi quand comment pourquoi
    combien quel quelle quels y en au aux tres trop bien aussi tout tous toute merci bonjour bonsoir
    salut svp stp oui non daccord aujourdhui demain hier semaine jour heure depuis apres avant ici
    commande colis livraison remboursement argent compte aide quelquun`,
  de: `der die das den dem des ein eine einen einem einer ich du er sie es wir ihr mich mir dich dir
    uns euch sich mein meine meinen meinem meiner dein deine euer eure ihre ist sind bin bist war waren
    habe hab hast hat haben hatte wird werden kann kannst koennt konnt konnen konnte will willst
    mochte moechte muss musst brauche soll nicht kein keine keinen nichts nie noch schon immer mehr
    fur fuer mit auf aus bei nach vor uber unter zu zum zur von im am an und oder aber dass weil wenn
    was wer wo wann wie warum welche wieviel ja nein bitte danke hallo tschuss gerne sehr gut alles
    auch nur mal jetzt heute morgen gestern woche tag uhr seit hier da gibt gibts geht bestellung
    paket lieferung erstattung geld konto hilfe jemand`,
  nl: `de het een ik jij je u hij zij ze wij we jullie mij me hem haar ons hun mijn mn jouw uw zijn
    ben bent is was waren heb hebt heeft hebben had kan kun kunt kunnen wil wilt willen moet moeten
    zou zal word wordt worden krijg krijgt krijgen niet geen niets niks nooit nog al altijd meer
    voor met op aan van naar uit bij om te tot over na en of maar dat die dit deze wat wie waar
    wanneer hoe waarom welke hoeveel ja nee aub graag bedankt dank hallo hoi doei heel erg goed alles
    ook alleen even nu vandaag morgen gisteren week dag uur sinds hier daar er geeft gaat bestelling
    pakket levering terugbetaling geld account hulp iemand`,
  es: `el la los las un una unos unas de del al yo tu el ella usted nosotros ustedes ellos me te se
    nos le les lo mi mis su sus nuestro este esta estos esto ese esa eso es son soy eres estoy esta
    estan he ha han hay tengo tiene tienen puedo puede pueden quiero quiere quisiera necesito hacer
    hecho no nada nunca nadie todavia ya siempre mas para con en por sobre sin entre y o pero que
    quien donde cuando como porque cual cuanto cuantos muy bien tambien todo todos gracias hola adios
    porfa favor si vale hoy manana ayer semana dia hora desde despues antes aqui alli pedido paquete
    envio entrega reembolso dinero cuenta ayuda alguien`,
  pt: `o a os as um uma uns umas de do da dos das ao aos eu tu voce vc ele ela nos voces eles elas me
    te se lhe meu minha meus minhas seu sua seus teu nosso este esta isto esse essa isso e sao sou
    estou esta ta estao tenho tem temos posso pode podem quero queria preciso fazer feito nao nada
    nunca ninguem ainda ja sempre mais para pra pro com em no na nos nas por pelo pela sem entre ou
    mas que quem onde quando como porque qual quanto muito bem tambem tudo todos obrigado obrigada
    obg ola oi tchau pfv favor sim hoje amanha ontem semana dia hora desde depois antes aqui ali
    cade vou vai pedido encomenda pacote entrega reembolso dinheiro conta ajuda alguem`,
};

// Letters and marks that only some of the languages write. Values are log-odds bonuses, added once
// per distinct mark in a message.
export const MARK_CUES: Readonly<Record<string, Partial<Record<Lang, number>>>> = {
  ñ: { es: 3 },
  "¿": { es: 3 },
  "¡": { es: 3 },
  ã: { pt: 3 },
  õ: { pt: 3 },
  ç: { fr: 1.5, pt: 1.5 },
  ß: { de: 3 },
  ä: { de: 2.5 },
  ö: { de: 2.5 },
  ü: { de: 2.5 },
  è: { fr: 2.5 },
  ê: { fr: 2, pt: 1.5 },
  à: { fr: 2, pt: 1 },
  â: { fr: 1.5, pt: 1.5 },
  î: { fr: 2 },
  ô: { fr: 1.5, pt: 1.5 },
  û: { fr: 2 },
  ù: { fr: 2 },
  ë: { nl: 1.5, fr: 0.5 },
  ï: { fr: 1, nl: 1 },
  é: { fr: 1.2, es: 0.8, pt: 0.8 },
  á: { es: 1.5, pt: 1.5 },
  í: { es: 1.5, pt: 1.2 },
  ó: { es: 1.5, pt: 1.2 },
  ú: { es: 1.5, pt: 1.2 },
};

// Languages suggested by a WhatsApp number's country calling code (longest prefix wins). Belgium,
// Switzerland and Luxembourg name two languages, which then share the hint.
export const CALLING_CODE_LANGUAGES: Readonly<Record<string, readonly Lang[]>> = {
  "1": ["en"],
  "27": ["en"],
  "31": ["nl"],
  "32": ["nl", "fr"],
  "33": ["fr"],
  "34": ["es"],
  "41": ["de", "fr"],
  "43": ["de"],
  "44": ["en"],
  "49": ["de"],
  "51": ["es"],
  "52": ["es"],
  "54": ["es"],
  "55": ["pt"],
  "56": ["es"],
  "57": ["es"],
  "58": ["es"],
  "61": ["en"],
  "64": ["en"],
  "244": ["pt"],
  "258": ["pt"],
  "351": ["pt"],
  "352": ["fr", "de"],
  "353": ["en"],
  "593": ["es"],
};
