import type { WeightUnit } from "../units"

/**
 * The words of order notes, as the reader and the catalog matcher use them.
 * One table for both sides, so a catalog title and a note are read alike.
 */

/** Kinds of product. A row and a catalog entry match only within one kind (or a close one). */
export type Category =
  | "ring" | "band" | "mount" | "pendant" | "necklace" | "chain" | "bracelet" | "earring" | "charm" | "brooch" | "cufflink" | "pin"
  | "head" | "bezel" | "clasp" | "jumpring" | "back" | "post" | "bail"
  | "grain" | "solder" | "sheet" | "wire" | "tube" | "powder" | "scrap" | "bar"
  | "box" | "pouch"
  | "diamond" | "cz" | "sapphire" | "ruby" | "emerald" | "moissanite" | "pearl" | "opal" | "garnet" | "amethyst" | "topaz" | "tanzanite" | "aquamarine" | "peridot" | "stone"

export const STONE_CATEGORIES = new Set<Category>(["diamond", "cz", "sapphire", "ruby", "emerald", "moissanite", "pearl", "opal", "garnet", "amethyst", "topaz", "tanzanite", "aquamarine", "peridot", "stone"])
/** Material bought by weight: a weight with no count of pieces is the whole line. */
export const BULK_CATEGORIES = new Set<Category>(["grain", "solder", "sheet", "wire", "tube", "powder", "scrap", "bar"])
/** Products a ring size belongs to. */
export const RING_CATEGORIES = new Set<Category>(["ring", "band", "mount"])
/** Products that hold a count of parts: "necklace of 45 pearls", "bracelet with 5 charms", "band set with 20 diamonds". */
export const CONTAINERS = new Set<Category>(["ring", "band", "mount", "pendant", "necklace", "chain", "bracelet", "earring", "charm", "brooch", "pin"])

type Head = { cat: Category; style?: string; stone?: string }

/** Product nouns (singular) → kind, with the style or stone the word itself says. */
export const HEADS: Record<string, Head> = {
  ring: { cat: "ring" },
  band: { cat: "band" },
  mount: { cat: "mount" },
  mounting: { cat: "mount" },
  setting: { cat: "mount" },
  semimount: { cat: "mount" },
  solitaire: { cat: "mount", style: "solitaire" },
  signet: { cat: "ring", style: "signet" },
  pendant: { cat: "pendant" },
  locket: { cat: "pendant", style: "locket" },
  necklace: { cat: "necklace" },
  strand: { cat: "necklace", style: "strand" },
  chain: { cat: "chain" },
  rope: { cat: "chain", style: "rope" },
  curb: { cat: "chain", style: "curb" },
  cuban: { cat: "chain", style: "cuban" },
  figaro: { cat: "chain", style: "figaro" },
  bracelet: { cat: "bracelet" },
  bangle: { cat: "bracelet", style: "bangle" },
  anklet: { cat: "bracelet", style: "anklet" },
  earring: { cat: "earring" },
  stud: { cat: "earring", style: "stud" },
  hoop: { cat: "earring", style: "hoop" },
  huggie: { cat: "earring", style: "huggie" },
  charm: { cat: "charm" },
  brooch: { cat: "brooch" },
  cufflink: { cat: "cufflink" },
  pin: { cat: "pin" },
  head: { cat: "head" },
  bezel: { cat: "bezel" },
  clasp: { cat: "clasp" },
  lobster: { cat: "clasp", style: "lobster" },
  toggle: { cat: "clasp", style: "toggle" },
  bail: { cat: "bail" },
  grain: { cat: "grain" },
  shot: { cat: "grain", style: "shot" },
  solder: { cat: "solder" },
  sheet: { cat: "sheet" },
  wire: { cat: "wire" },
  tubing: { cat: "tube" },
  tube: { cat: "tube" },
  powder: { cat: "powder" },
  investment: { cat: "powder", style: "investment" },
  scrap: { cat: "scrap" },
  bar: { cat: "bar" },
  bullion: { cat: "bar" },
  ingot: { cat: "bar" },
  box: { cat: "box" },
  pouch: { cat: "pouch" },
  diamond: { cat: "diamond", stone: "diamond" },
  dia: { cat: "diamond", stone: "diamond" },
  diam: { cat: "diamond", stone: "diamond" },
  melee: { cat: "diamond", stone: "diamond", style: "melee" },
  cz: { cat: "cz", stone: "cz" },
  sapphire: { cat: "sapphire", stone: "sapphire" },
  ruby: { cat: "ruby", stone: "ruby" },
  emerald: { cat: "emerald", stone: "emerald" },
  moissanite: { cat: "moissanite", stone: "moissanite" },
  pearl: { cat: "pearl", stone: "pearl" },
  opal: { cat: "opal", stone: "opal" },
  garnet: { cat: "garnet", stone: "garnet" },
  amethyst: { cat: "amethyst", stone: "amethyst" },
  topaz: { cat: "topaz", stone: "topaz" },
  tanzanite: { cat: "tanzanite", stone: "tanzanite" },
  aquamarine: { cat: "aquamarine", stone: "aquamarine" },
  peridot: { cat: "peridot", stone: "peridot" },
  stone: { cat: "stone" },
  gem: { cat: "stone" },
  gemstone: { cat: "stone" },
  center: { cat: "stone", style: "center" },
  centre: { cat: "stone", style: "center" },
}

/** Plurals and spellings that are not just "+s". */
export const SINGULAR: Record<string, string> = {
  rubies: "ruby", dias: "dia", czs: "cz", boxes: "box", pouches: "pouch", brooches: "brooch", bezels: "bezel", studs: "stud",
  hoops: "hoop", earrings: "earring", mountings: "mounting", settings: "setting", diamonds: "diamond", sapphires: "sapphire",
  emeralds: "emerald", pearls: "pearl", stones: "stone", gems: "gem", gemstones: "gemstone", heads: "head", clasps: "clasp",
  lobsters: "lobster", charms: "charm", chains: "chain", necklaces: "necklace", bracelets: "bracelet", bangles: "bangle",
  pendants: "pendant", lockets: "locket", rings: "ring", bands: "band", mounts: "mount", solitaires: "solitaire", signets: "signet",
  sheets: "sheet", wires: "wire", bars: "bar", ingots: "ingot", grains: "grain", moissanites: "moissanite", opals: "opal",
  garnets: "garnet", topazes: "topaz", strands: "strand", cufflinks: "cufflink", pins: "pin", bails: "bail", tubes: "tube",
  toggles: "toggle", huggies: "huggie", anklets: "anklet", ropes: "rope", curbs: "curb", rounds: "round", ovals: "oval",
  backs: "back", posts: "post", cups: "cup", links: "link", solders: "solder", powders: "powder", centers: "center",
}

/** Supplier shorthand for products. */
export const ABBREVIATIONS: Record<string, { words: string[] }> = {
  cg: { words: ["casting", "grain"] },
  jr: { words: ["jump", "ring"] },
  lob: { words: ["lobster"] },
  spr: { words: ["spring"] },
  bez: { words: ["bezel"] },
  sol: { words: ["solder"] },
  wb: { words: ["wedding", "band"] },
  pend: { words: ["pendant"] },
  brc: { words: ["bracelet"] },
  neck: { words: ["necklace"] },
  hd: { words: ["head"] },
}

/** Catalog style codes written in notes: "style SOL-4P". */
export const STYLE_CODES: Record<string, { cat: Category; styles: string[] }> = {
  "sol-4p": { cat: "mount", styles: ["solitaire", "4-prong"] },
  "sol-6p": { cat: "mount", styles: ["solitaire", "6-prong"] },
}

/** Words that only say what kind of a product it is (they never are the product). */
export const STYLES = new Set([
  "solitaire", "halo", "heart", "tennis", "rope", "cable", "curb", "box", "cuban", "figaro", "franco", "snake", "wheat", "paperclip",
  "hoop", "stud", "lobster", "spring", "toggle", "jump", "casting", "wedding", "eternity", "anniversary", "signet", "charm", "akoya",
  "freshwater", "tahitian", "locket", "cross", "infinity", "cluster", "cathedral", "bypass", "bangle", "cuff", "strand", "melee",
  "investment", "shot", "huggie", "drop", "dangle", "initial", "link", "bar", "center", "ring", "pendant", "earring", "diamond",
  "3-stone", "5-stone", "7-stone", "4-prong", "6-prong", "solder", "friction", "fine",
])
/** Styles that tell products of one kind apart (a box chain is not a rope chain; an eternity band is not an anniversary band). */
export const DISTINCT_STYLES = new Set([
  "solitaire", "halo", "heart", "tennis", "rope", "cable", "curb", "box", "cuban", "figaro", "franco", "snake", "wheat", "paperclip",
  "hoop", "stud", "lobster", "spring", "toggle", "wedding", "eternity", "anniversary", "signet", "charm", "locket", "cross",
  "infinity", "cluster", "bangle", "cuff", "huggie", "drop", "dangle", "initial", "3-stone", "5-stone", "7-stone", "4-prong", "6-prong",
  "ring", "pendant", "earring",
])
/** Words that are styles but read as a compound with the next word ("jump ring", "spring ring", "ring box", "earring backs"). */
export const COMPOUNDS: Record<string, Record<string, { cat: Category; style?: string }>> = {
  jump: { ring: { cat: "jumpring" } },
  spring: { ring: { cat: "clasp", style: "spring" } },
  earring: { back: { cat: "back" }, post: { cat: "post" } },
  friction: { back: { cat: "back", style: "friction" } },
  butterfly: { back: { cat: "back" } },
  push: { back: { cat: "back" } },
  bezel: { cup: { cat: "bezel" } },
  cubic: { zirconia: { cat: "cz" } },
}

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, single: 1, couple: 2,
}

/** Weight units as written → the SPEC's codes (src/lib/units.ts). "oz" is avoirdupois unless "troy" or "t" goes with it. */
export const WEIGHT_WORDS: Record<string, WeightUnit> = {
  g: "g", gm: "g", gms: "g", gram: "g", grams: "g", grm: "g", grms: "g", gramm: "g",
  mg: "mg", milligram: "mg", milligrams: "mg",
  kg: "kg", kgs: "kg", kilo: "kg", kilos: "kg", kilogram: "kg", kilograms: "kg",
  dwt: "dwt", dwts: "dwt", pwt: "dwt", dw: "dwt", pennyweight: "dwt", pennyweights: "dwt", penny: "dwt",
  ozt: "ozt", ozs: "oz", oz: "oz", ounce: "oz", ounces: "oz",
  lbt: "lbt",
  ct: "ct", cts: "ct", ctw: "ct", tcw: "ct", carat: "ct", carats: "ct", karat: "ct", karats: "ct",
  gr: "gr", grain: "gr", grains: "gr", grn: "gr",
  tola: "tola", tolas: "tola", tolla: "tola",
  masha: "masha", mashas: "masha",
  ratti: "ratti", rattis: "ratti", rati: "ratti",
}

export const LENGTH_WORDS: Record<string, "in" | "cm" | "mm"> = { in: "in", inch: "in", inches: "in", '"': "in", cm: "cm", mm: "mm" }

export const KARATS = new Set(["9", "10", "14", "18", "20", "21", "22", "24"])
/** Bare finenesses that stand for a purity in notes ("925 rope chain", "585 yellow grain"). */
export const FINENESS_NUMBERS = new Set(["375", "417", "585", "750", "833", "875", "916", "925", "950", "900", "958", "999"])

export const METAL_WORDS: Record<string, { metal: "gold" | "silver" | "platinum" | "palladium"; fineness?: string }> = {
  gold: { metal: "gold" }, au: { metal: "gold" }, gld: { metal: "gold" },
  silver: { metal: "silver" }, sterling: { metal: "silver", fineness: "925" }, ss: { metal: "silver", fineness: "925" }, ag: { metal: "silver" }, argentium: { metal: "silver", fineness: "935" },
  platinum: { metal: "platinum" }, plat: { metal: "platinum" }, pt: { metal: "platinum" },
  palladium: { metal: "palladium" }, pd: { metal: "palladium" },
}

export const COLOUR_WORDS: Record<string, string> = {
  white: "white", wht: "white", wh: "white", yellow: "yellow", yel: "yellow", ylw: "yellow", yllw: "yellow", yl: "yellow",
  rose: "rose", pink: "rose", red: "red", green: "green", blue: "blue", black: "black",
  wg: "white", yg: "yellow", rg: "rose",
}
/** Colours a gold alloy has; written as one letter after a karat (14KY, 18W). */
export const GOLD_COLOUR_LETTERS: Record<string, string> = { w: "white", y: "yellow", r: "rose", p: "rose", wg: "white", yg: "yellow", rg: "rose", kw: "white", ky: "yellow", kr: "rose" }

export const SHAPES = new Set(["round", "oval", "princess", "cushion", "pear", "marquise", "radiant", "asscher", "heart", "baguette", "trillion", "square", "rectangle", "octagon"])
/** Cuts that mean a diamond when no stone is named ("the 0.75 princess"). */
export const DIAMOND_CUTS = new Set(["princess", "cushion", "radiant", "asscher", "marquise", "round", "pear", "heart", "emerald", "oval", "baguette"])

export const CLARITIES = new Set(["fl", "if", "vvs1", "vvs2", "vs1", "vs2", "si1", "si2", "si3", "i1", "i2", "i3", "vvs", "vs", "si"])
export const GRADE_LETTERS = new Set(["D", "E", "F", "G", "H", "I", "J", "K", "L", "M"])

/** Solder grades and similar variant words. */
export const GRADES = new Set(["easy", "medium", "hard", "extra-easy"])

export const SERVICE_WORDS = new Set([
  "resize", "resizing", "resized", "repair", "repairs", "repaired", "repairing", "fix", "fixing", "retip", "re-tip", "restring", "re-string",
  "restringing", "polish", "polishing", "clean", "cleaning", "engrave", "engraving", "rhodium", "replate", "refinish", "reshank", "re-shank",
  "shorten", "lengthen", "reset", "resetting", "solder", "tighten", "check",
])
/** Hyphenated "re-" verbs: re-tip, re-string, re-size, re-shank, re-plate. */
export const RE_VERBS = new Set(["tip", "string", "size", "shank", "plate", "set", "polish"])

export const INTENT_WORDS = new Set([
  "need", "needs", "needed", "want", "wants", "wanted", "order", "ordering", "send", "get", "grab", "make", "like", "add", "buy",
  "purchase", "supply", "ship", "deliver", "restock", "reserve", "aside", "require", "required", "looking", "quote", "pick", "bring",
])

/** Words before a number that make it no figure of the product. */
export const JUNK_BEFORE = new Set([
  "$", "#", "€", "£", "no", "po", "ext", "tel", "phone", "cell", "fax", "store", "suite", "ste", "invoice", "receipt", "ref", "order",
  "budget", "price", "cost", "paid", "total", "at", "is", "are", "was", "were", "to", "from", "until", "till", "call", "box", "unit",
  "room", "apt", "q", "version", "v", "est", "since", "about", "up", "down", "deposit", "usd", "eur", "gbp", "tracking", "ups", "fedex",
])
/** Words after a number that make it no figure of the product. */
export const JUNK_AFTER = new Set([
  "%", "th", "st", "nd", "rd", "am", "pm", "dollars", "dollar", "usd", "eur", "gbp", "budget", "bucks", "k$", "min", "mins", "minutes",
  "hours", "hrs", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "yrs", "o'clock", "oclock", "star",
  "percent", "ish", "per", "st.", "street", "ave", "avenue", "rd.", "road", "blvd", "lane", "ln", "dr", "drive", "way", "elm", "main",
])

/** Labels whose line is not a product ("Engraving: 'always'", "Notes: …", "From: bench"). */
export const LABEL_ONLY = new Set([
  "engraving", "engrave", "finish", "note", "notes", "customer", "client", "name", "phone", "tel", "email", "e-mail", "budget", "deposit",
  "due", "deadline", "ship", "shipping", "thanks", "regards", "po", "ref", "reference", "from", "to", "cc", "subject", "re", "date",
  "address", "attn", "attention", "delivery", "payment", "paid", "reminder", "picked", "fyi", "ps", "p.s", "tracking", "invoice",
])

/** Opening words of a correction of what came before. */
export const CORRECTION_LEADS = new Set(["actually", "correction", "instead", "rather", "wait"])

export const SIGN_OFFS = new Set(["thanks", "thank", "thx", "regards", "cheers", "best", "sincerely", "yours", "warm", "kind", "many", "love", "br", "ty"])

/** A few common English words within one letter of a product word, never corrected to it. */
export const NOT_TYPOS = new Set(["while", "write", "train", "brain", "drain", "grand", "grant", "plant", "planet", "chair", "cain", "wired", "rings", "bring", "sheer", "sheep", "pearly", "stand", "stones", "mount", "amount", "moment", "bands", "brand", "cable", "table", "heard", "heart", "hearts", "whole", "wheat", "where", "there", "bracket", "pendants", "silver", "sliver", "solver", "solid", "salads", "golden", "holder", "order", "older", "border", "colder", "charms", "chains", "cutter", "hooks", "loops", "sheets", "shorts", "studio", "steady", "yellows", "blue", "blues", "grail", "gains", "gain", "garin", "rains", "stain", "strain", "sprain", "trains"])
