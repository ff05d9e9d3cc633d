# Source of notes-v2.json: a second evaluation set, written independently of
# notes.json and in other registers (chat messages, emails with greetings and
# signatures, supplier shorthand, typos and mixed units, notes with nothing to
# order, long notes of 20-40 lines). Each note has a split:
#   "heldout" - written first, before the parser was changed; the parser is
#               never tuned on these notes (only their total score is looked at);
#   "dev"     - the notes whose failures are read while improving the parser.
#
# Row: (quantity or None, weight or None, unit or None, catalog SKU or None),
# with the same conventions as notes.json:
#   - quantity counts pieces: a pair is 2, a dozen 12, a gross 144; material
#     bought by weight with no count of pieces (grain, solder, sheet, wire,
#     powder, scrap, melee by the carat) has None in the rows below, which
#     line_quantity turns into 1: one line of that weight;
#   - weight and unit are what the note asks for (a stone's carat weight, a
#     metal's weight), in the SPEC's unit codes (g, mg, kg, ct, gr, dwt, ozt, lbt,
#     oz, tola, masha, ratti);
#   - a later correction in the same note replaces the figure it corrects;
#   - a count of parts inside a product ("with 5 charms", "45 pearls") is not
#     the line's quantity;
#   - the SKU when catalog.json has that product in that metal, purity, colour,
#     stone and variant; None when it does not (a platinum mount is not the 14K
#     white one, a size the catalog lacks is no variant of it);
#   - repairs and other work on the customer's own piece are one row with no
#     product, as in notes.json; chatter, signatures and prices are no rows.
# `date` (optional) is the date the order is needed by, as of 2026-11-20.
import json

N = []



def line_quantity(q, w):
    # A line bought by weight with no count of pieces is one line of that weight:
    # quantity 1 (the issue "Reading order notes as jewelers really write them").
    return 1 if q is None and w is not None else q

def note(split, kind, text, *rows, date=None):
    prefix = {"heldout": "h", "dev": "d"}[split]
    n = sum(1 for x in N if x["split"] == split) + 1
    entry = {"id": f"{prefix}{n:02d}", "split": split, "kind": kind, "text": text,
             "expected": [{"quantity": line_quantity(q, w), "weight": w, "weight_unit": u, "sku": s} for (q, w, u, s) in rows]}
    if date is not None:
        entry["date"] = date
    N.append(entry)


S, P = "sales", "purchase"
H = "heldout"

# ---------------------------------------------------------------- held-out
note(H, P, "hey - can you order 3dwt 14KY solder and 5 dwt 14K white grain? running low",
     (None, "3", "dwt", "SOLDER-14Y"), (None, "5", "dwt", "CG-14W"))
note(H, P, "Hi Dana,\n\nHope your week is going well. Could we get the following on our account please:\n\n2 x 18K white halo pendants\n1 box chain sterling 16\"\n\nThanks so much,\nRob Whitfield\nWhitfield & Daughters Jewelers\n(503) 555-0142",
     (2, None, None, "PEND-HALO-18W"), (1, None, None, "CH-925-BOX-16"))
note(H, P, "2dwt 14KY SOL\n10 ozt CG 18W\nJR 925 5MM x 200",
     (None, "2", "dwt", "SOLDER-14Y"), (None, "10", "ozt", "CG-18W"), (200, None, None, "JR-925-5"))
note(H, P, "Need some easy silver solder, 15 grains should do... actually make it 2 dwt, we have a lot of chain repairs coming",
     (None, "2", "dwt", "SOLDER-AG-E"))
note(H, S, "Mrs. Okafor would like a sterling charm bracelet, 7.5 inch, with 5 heart charms on it for her granddaughter.",
     (1, None, None, "BR-CHARM-925-75"))
note(H, S, "Customer wants a platinum solitaire mount size 6 for her 1.5ct oval",
     (1, None, None, None))
note(H, S, "heart pendant in rose gold 14k, customer saw it in the window",
     (1, None, None, "PEND-HEART-14R"))
note(H, S, "Picked up: Mr. Tanaka's watch battery + strap. Paid $45 cash. Receipt #20931.")
note(H, S, "Thanks again for fitting us in on Saturday! The ring looks amazing and she said yes")
note(H, P, """Weekly order - Thursday
--------------------------
From: bench (Marco)

Casting:
  14KY grain 20 dwt
  18KW grain 10 dwt
  PT950 grain 2 ozt   (for the Hallorans' band)

Findings:
  lobster clasps 14K yellow x 24
  14K white lobsters - 12
  spring rings sterling 6mm, 50
  friction backs 14ky 10 pair

Stones:
  4mm round CZ 200
  3mm blue sapphire rounds x 30 (matched)
  1 princess diamond .75ct G VS2

Chain:
  curb chain 14k white 20" x 3
  rope 925 18in x 6

Packaging:
  ring boxes (black velvet) 25
  suede pouches 100

Notes: Halloran band is due 12/4, please prioritise the platinum.
Thx""",
     (None, "20", "dwt", "CG-14Y"), (None, "10", "dwt", "CG-18W"), (None, "2", "ozt", "CG-PT950"),
     (24, None, None, "LOB-14Y"), (12, None, None, "LOB-14W"), (50, None, None, "SPR-925-6"), (20, None, None, "BACK-14Y"),
     (200, None, None, "CZ-RD-4"), (30, None, None, "SAP-RD-3"), (1, "0.75", "ct", "DIA-PR-075"),
     (3, None, None, "CH-14W-CURB-20"), (6, None, None, "CH-925-ROPE-18"),
     (25, None, None, "BOX-RING-BLK"), (100, None, None, "POUCH-SUEDE"),
     date="2026-12-04")
note(H, S, "cusotmer wants dimond studs 14k yelow 1/4 ctw, one pair",
     (2, "0.25", "ct", "STUD-14Y-025"))
note(H, P, "pls add 4 sheets sterling 0.8 and a kilo of investment",
     (4, None, None, "SHEET-925-08"), (None, "1", "kg", "INV-POWDER"))
note(H, P, "3x 14KW lobster clasps, 2 x 10K yellow cuban 22\"",
     (3, None, None, "LOB-14W"), (2, None, None, "CH-10Y-CUBAN-22"))
note(H, P, "Jump rings 14K yellow 4mm, 50 pcs - no wait, make that 100.",
     (100, None, None, "JR-14Y-4"))
note(H, S, "Order a 16\" box chain in sterling for the locket. Customer called back, wants 18\" instead.",
     (1, None, None, None))
note(H, S, "Good morning,\n\nI'd like to order an eternity band in 18 karat white gold, size 6, for our 10th anniversary (it's on December 14). Could you also add a black velvet ring box?\n\nKind regards,\nPriya",
     (1, None, None, "ETB-18W-6"), (1, None, None, "BOX-RING-BLK"), date="2026-12-14")
note(H, S, "gold rope chain 18 inch, 14k",
     (1, None, None, None))
note(H, P, "round moissanite 6.5 mm + a 6-prong platinum head to fit",
     (1, None, None, "MOI-RD-65"), (1, None, None, "HEAD-6P-PT-65"))
note(H, S, "oval emerald 6x4mm, vivid green",
     (1, None, None, "EM-OV-6X4"))
note(H, S, "Akoya pearl necklace, 18\", about 45 pearls, 6.5-7mm",
     (1, None, None, "PRL-AK-18"))
note(H, S, "2 eternity bands 18kw size 6, each with 20 diamonds around",
     (2, None, None, "ETB-18W-6"))
note(H, S, "Hi team,\n\nJust confirming our meeting on Tuesday at 10am about the holiday schedule. Please bring the Q4 numbers.\n\nCheers,\nLinda\nStore Manager, Store #12")
note(H, P, "18k yelow casting grian 1.5 ozt + 10 pennyweight of 10K yellow",
     (None, "1.5", "ozt", "CG-18Y"), (None, "10", "dwt", "CG-10Y"))
note(H, P, "do we have 20 in curb 14w? if not order 2",
     (2, None, None, "CH-14W-CURB-20"))
note(H, P, "LOB 14Y x12 / LOB 14W x6 / SPR RING 925 6MM x25",
     (12, None, None, "LOB-14Y"), (6, None, None, "LOB-14W"), (25, None, None, "SPR-925-6"))
note(H, S, "wedding band 14k yellow sz 7, and a matching one in size 10 palladium for him",
     (1, None, None, "WB-14Y-7"), (1, None, None, "WB-PD-10"))
note(H, S, "Looking for a princess cut, 3/4 carat, G/VS2 for a solitaire setting in 18K yellow size 6",
     (1, "0.75", "ct", "DIA-PR-075"), (1, None, None, "SOL-18Y-6"))
note(H, P, "Investment powder 2 kg, sterling sheet 0.5 mm 3 sheets, 14K yellow sheet 0.5mm 2 dwt",
     (None, "2", "kg", "INV-POWDER"), (3, None, None, "SHEET-925-05"), (None, "2", "dwt", "SHEET-14Y-05"))
note(H, P, "Curb chain 14K white 18 inch x2 - change to 20 inch please",
     (2, None, None, "CH-14W-CURB-20"))
note(H, S, "Heart pendant 14K rose with 3 small diamonds on the side, on a 16\" sterling box chain",
     (1, None, None, "PEND-HEART-14R"), (1, None, None, "CH-925-BOX-16"))
note(H, P, "Fine silver grain 500 g and sterling grain 1.2 kilo",
     (None, "500", "g", "CG-999"), (None, "1.2", "kg", "CG-925"))
note(H, S, "pendent halo 18kt wht, chain not needed",
     (1, None, None, "PEND-HALO-18W"))
note(H, P, "wire - 14ky round 1.0mm, 1 ozt",
     (None, "1", "ozt", "WIRE-14Y-10"))
note(H, S, "lol yes. see u at 5")
note(H, S, """Hello Jewelry Team,

My name is Carla Benedetti and I spoke with Anthony on the phone last Tuesday. I'm writing to confirm what we discussed for my daughter's wedding party.

We would like:
1. Five pairs of diamond stud earrings (14K white, 1/2 carat total each pair) for the bridesmaids
2. One pair for the bride in yellow gold, 1/4 ct total
3. Pearl necklace for my mother, the 18 inch Akoya one you showed me

Could everything be ready by January 9? The wedding is January 16th.

I can come in on Saturday to pay the deposit. My cell is 917-555-0110.

Thank you so much for your help!

Warm regards,
Carla""",
     (10, "0.5", "ct", "STUD-14W-050"), (2, "0.25", "ct", "STUD-14Y-025"), (1, None, None, "PRL-AK-18"),
     date="2027-01-09")
note(H, P, "4 x PT950 6-prong heads 6.5",
     (4, None, None, "HEAD-6P-PT-65"))
note(H, P, "10 x 14K yellow bezel cups 5mm",
     (10, None, None, "BEZ-14Y-5"))
note(H, P, "Melt request: 8.5 g 14K yellow and 3 g 18K white casting grain",
     (None, "8.5", "g", "CG-14Y"), (None, "3", "g", "CG-18W"))
note(H, P, "Order 12 lobster clasps in 14k yellow. Actually, 14k white, sorry",
     (12, None, None, "LOB-14W"))
note(H, P, "2 gross 3mm round cz",
     (288, None, None, "CZ-RD-3"))
note(H, S, "can u make her a signet 14k yellow sz 9? she wants initials",
     (1, None, None, "SIG-14Y-9"))
note(H, S, "Signet ring, sterling silver, size 9, family crest engraved",
     (1, None, None, None))
note(H, S, "Reminder: the Goldman repair (PO 4471) ships Monday via UPS 1Z999AA10123456784")
note(H, P, "50 pendant boxes + 50 ring boxes, black velvet both",
     (50, None, None, "BOX-PEND-BLK"), (50, None, None, "BOX-RING-BLK"))
note(H, P, "melee: 0.75 ctw of 1.3mm rounds for the pave halo",
     (None, "0.75", "ct", None))
note(H, S, "Solitaire mount 14K yellow size 6",
     (1, None, None, None))
note(H, P, """Hi Stuller team,

Please ship the items below to our Elm St. store:

- spring ring clasps, sterling, 6 mm - 6
- investment, 2 kg bag x 2
- medium silver solder 1 ozt

Regards,
Jeff Novak | Novak Jewelers
1420 Elm St., Suite 200, Dayton OH 45402""",
     (6, None, None, "SPR-925-6"), (2, "2", "kg", "INV-POWDER"), (None, "1", "ozt", "SOLDER-AG-M"))
note(H, S, "need 1 more 0.50 round dia for the Kim ring asap",
     (1, "0.5", "ct", "DIA-RD-050"))
note(H, S, "restring her pearl strand, 52 pearls, knotted between each",
     (1, None, None, None))
note(H, P, "Hoop earrings sterling 30mm: 10 pairs instead of the 6 we discussed",
     (20, None, None, "HOOP-925-30"))
note(H, S, "heart charm in silver plus a 7.5\" charm bracelet to hang it on",
     (1, None, None, "CHARM-HEART-925"), (1, None, None, "BR-CHARM-925-75"))
note(H, P, """Morning! Here's the list for the caster + supply run, sorry it's late.

CASTER (pick up Tues):
- 6 pcs SOL-4P in 18KY size 6
- 2 pcs wedding band 14KY sz 7 (comfort fit)
- signet 14KY sz 9 x1 - same model as last time

SUPPLIES:
- 14KY grain 2 ozt
- 10KY grain 30 dwt
- plat grain 1 ozt (check price first!!)
- sterling wire 0.8mm, 2 ozt
- 14K white solder 2 dwt
- silver solder hard 1/2 ozt
- 14k yellow jump rings 4 mm - 100

STONES (memo):
- 2 x .50 round G-H SI1
- 1 x .75 princess
- 20 x 3mm round rubies

Also the shop needs more pouches (suede, 50) and pendant boxes (24).

Not urgent except the caster stuff - that's for the Dec 5 show.

- Jen""",
     (6, None, None, "SOL-18Y-6"), (2, None, None, "WB-14Y-7"), (1, None, None, "SIG-14Y-9"),
     (None, "2", "ozt", "CG-14Y"), (None, "30", "dwt", "CG-10Y"), (None, "1", "ozt", "CG-PT950"),
     (None, "2", "ozt", "WIRE-925-08"), (None, "2", "dwt", "SOLDER-14W"), (None, "0.5", "ozt", "SOLDER-AG-H"),
     (100, None, None, "JR-14Y-4"), (2, "0.5", "ct", "DIA-RD-050"), (1, "0.75", "ct", "DIA-PR-075"),
     (20, None, None, "RUBY-RD-3"), (50, None, None, "POUCH-SUEDE"), (24, None, None, "BOX-PEND-BLK"),
     date="2026-12-05")
note(H, P, "Gold closed at 2,641.30 today, silver 31.12. Might be worth buying next week.")
note(H, S, "14k white curb 20in for my bf pls",
     (1, None, None, "CH-14W-CURB-20"))
note(H, P, "Sending 42.7 dwt of 14K scrap for refining",
     (None, "42.7", "dwt", None))
note(H, S, "a strand of 45 akoya pearls, 18 inch",
     (1, None, None, "PRL-AK-18"))
note(H, P, "6 × 14K yellow wedding bands, size 7",
     (6, None, None, "WB-14Y-7"))
note(H, P, "ruby rounds 3mm qty fifteen",
     (15, None, None, "RUBY-RD-3"))
note(H, S, "Need the 0.50ct heart shape diamond by next Wednesday for Mr. Patel's pendant",
     (1, "0.5", "ct", "DIA-HS-050"), date="2026-11-25")
note(H, S, "18\" akoya pearls & matching 14k yellow studs .25ctw",
     (1, None, None, "PRL-AK-18"), (1, "0.25", "ct", "STUD-14Y-025"))
note(H, P, "Restock please: lobster 14Y 20; lobster 14W 10; jump rings 925 5mm 500; spring rings 925 6mm 100",
     (20, None, None, "LOB-14Y"), (10, None, None, "LOB-14W"), (500, None, None, "JR-925-5"), (100, None, None, "SPR-925-6"))
note(H, S, "Do you buy gold? I have a broken 14k chain and two old rings, maybe 15 grams total.")
note(H, S, "5-stone anniversary band in 18K white, size 6",
     (1, None, None, None))
note(H, S, "2 x 14K rose heart pendants and 2 heart charms in sterling",
     (2, None, None, "PEND-HEART-14R"), (2, None, None, "CHARM-HEART-925"))

# ---------------------------------------------------------------- dev
D = "dev"
note(D, P, "can you grab 2 more ring boxes and a pendant box when you're at the supplier",
     (2, None, None, "BOX-RING-BLK"), (1, None, None, "BOX-PEND-BLK"))
note(D, P, "Good afternoon Mr. Hale,\n\nFurther to our call, please supply:\n\n  3 x 14K yellow wedding bands (size 7)\n  1 x palladium band, size 10\n\nDelivery to the Harbor Rd shop. Invoice to accounts@brightstone.example.\n\nMany thanks\nSusan Cho\nBrightstone Jewellers Ltd\nTel. 020 7946 0321",
     (3, None, None, "WB-14Y-7"), (1, None, None, "WB-PD-10"))
note(D, P, "CG 14W 5OZT\nSOL 14W 1DWT\nLOB 14W X 10",
     (None, "5", "ozt", "CG-14W"), (None, "1", "dwt", "SOLDER-14W"), (10, None, None, "LOB-14W"))
note(D, P, "Fine silver grain, 200 g. Make it 300 g, we have the enamel class.",
     (None, "300", "g", "CG-999"))
note(D, S, "sterling charm bracelet 7.5\" with 8 charms soldered on (customer's own charms)",
     (1, None, None, "BR-CHARM-925-75"))
note(D, S, "14k white solitaire mount sz 7 - no wait, platinum please",
     (1, None, None, None))
note(D, S, "Customer would like a heart pendant, rose gold, 14 karat",
     (1, None, None, "PEND-HEART-14R"))
note(D, S, "Out of office until Monday 11/30. For urgent matters call Jim at 555-0188.")
note(D, S, "The Hendersons loved the anniversary band! Leave a 5-star review link in the follow-up email.")
note(D, P, """Supply list (Nov)
=================

METAL
* 14K yellow casting grain ... 3 ozt
* 18K white grain ............. 25 dwt
* 10K yellow grain ............ 40 dwt
* sterling grain .............. 1 kg
* fine silver grain ........... 250 g

SOLDER
* 14K yellow easy ............. 2 dwt
* silver solder medium ........ 1 ozt

FINDINGS
* jump rings 925 5mm .......... 300
* lobster 14K white ........... 10
* earring backs 14ky .......... 24 prs
* bezel cups 14K yellow 5mm ... 12

STONES
* round CZ 3mm ................ 500
* round moissanite 6.5mm ...... 2
* oval sapphire 7x5 ........... 4

PACKAGING
* pouches ..................... 200

Budget approved by Ray.""",
     (None, "3", "ozt", "CG-14Y"), (None, "25", "dwt", "CG-18W"), (None, "40", "dwt", "CG-10Y"),
     (None, "1", "kg", "CG-925"), (None, "250", "g", "CG-999"),
     (None, "2", "dwt", "SOLDER-14Y"), (None, "1", "ozt", "SOLDER-AG-M"),
     (300, None, None, "JR-925-5"), (10, None, None, "LOB-14W"), (48, None, None, "BACK-14Y"), (12, None, None, "BEZ-14Y-5"),
     (500, None, None, "CZ-RD-3"), (2, None, None, "MOI-RD-65"), (4, None, None, "SAP-OV-7X5"),
     (200, None, None, "POUCH-SUEDE"))
note(D, S, "necklace - akoya perls 18 in, cusomer pickup friday",
     (1, None, None, "PRL-AK-18"))
note(D, P, "250g investment plus 6 sheets of 0.5mm sterling",
     (None, "250", "g", "INV-POWDER"), (6, None, None, "SHEET-925-05"))
note(D, P, "2 x 14KY cable chains 18\", 4 x 18K W tennis bracelets 7in",
     (2, None, None, "CH-14Y-CABLE-18"), (4, None, None, "TEN-18W-7"))
note(D, P, "round CZ 4 mm, 100 pcs. Change that to 150.",
     (150, None, None, "CZ-RD-4"))
note(D, S, "rope chain sterling 20 inch - actually the 18 inch instead",
     (1, None, None, "CH-925-ROPE-18"))
note(D, S, "Dear Sir/Madam,\n\nI would like to purchase a pair of hoop earrings in sterling silver, 30 mm, as a gift. Please let me know when they are ready for collection.\n\nYours faithfully,\nMargaret O'Neill",
     (2, None, None, "HOOP-925-30"))
note(D, S, "sterling curb chain 20\"",
     (1, None, None, None))
note(D, S, "round sapphire 6.5mm, white, for the solitaire",
     (1, None, None, None))
note(D, S, "emerald cut diamond 1 ct",
     (1, "1", "ct", None))
note(D, S, "akoya necklace 18in - 40 pearls, 7mm",
     (1, None, None, "PRL-AK-18"))
note(D, S, "eternity band 18K white size 6 set with 22 diamonds",
     (1, None, None, "ETB-18W-6"))
note(D, S, "Hi Ms. Park,\n\nYour ring is ready for pick-up. We are open 10-6 Tuesday through Saturday.\n\nBest,\nThe team at Lumen Jewelers")
note(D, P, "5 dwt 18K yellow and 5 dwt 18K white casting grain",
     (None, "5", "dwt", "CG-18Y"), (None, "5", "dwt", "CG-18W"))
note(D, P, "if they still have the 0.75 princess grab it",
     (1, "0.75", "ct", "DIA-PR-075"))
note(D, P, "JR 14Y 4MM x 50 / BEZ 14Y 5MM x 10",
     (50, None, None, "JR-14Y-4"), (10, None, None, "BEZ-14Y-5"))
note(D, S, "a 14K yellow signet, size 9, and an 18K yellow solitaire mount in 6",
     (1, None, None, "SIG-14Y-9"), (1, None, None, "SOL-18Y-6"))
note(D, S, "1/2 carat round diamond, H color, SI1",
     (1, "0.5", "ct", "DIA-RD-050"))
note(D, P, "sheet 14K yellow 0.5 mm - 3 dwt; sterling sheet 0.8mm x 2 sheets; investment 5 kg",
     (None, "3", "dwt", "SHEET-14Y-05"), (2, None, None, "SHEET-925-08"), (None, "5", "kg", "INV-POWDER"))
note(D, P, "spring ring clasps 925 6mm, 20 - change to 40",
     (40, None, None, "SPR-925-6"))
note(D, S, "three stone ring in platinum, customer supplying the center",
     (1, None, None, None))
note(D, P, "750 g sterling grain and 100 g fine silver",
     (None, "750", "g", "CG-925"), (None, "100", "g", "CG-999"))
note(D, S, "halo pendnat 18k white gold",
     (1, None, None, "PEND-HALO-18W"))
note(D, P, "14K yellow round wire 1mm, 0.5 ozt",
     (None, "0.5", "ozt", "WIRE-14Y-10"))
note(D, S, "ok thx \U0001F44D")
note(D, S, """Hi Sofia,

It was lovely to meet you at the bridal show last weekend! As promised, here is what we'd like to order for the wedding:

- For me: the 18K white eternity band in size 6
- For Daniel: a palladium wedding band, size 10 (he's allergic to nickel so no white gold please)
- For the bridesmaids: 4 pairs of the little 14K yellow diamond studs (the 0.25 ctw ones)
- For my mom: heart pendant in 14K rose gold

Our wedding date is March 6th, so we'd love to have everything by February 20.

We'll come by the store next Saturday to pay the deposit. Is cash ok?

Thanks so much!!

Emily & Daniel
(312) 555-0187""",
     (1, None, None, "ETB-18W-6"), (1, None, None, "WB-PD-10"), (8, "0.25", "ct", "STUD-14Y-025"), (1, None, None, "PEND-HEART-14R"),
     date="2027-02-20")
note(D, P, "3 × 18KW eternity bands sz 6",
     (3, None, None, "ETB-18W-6"))
note(D, P, "12 x 14K white lobsters",
     (12, None, None, "LOB-14W"))
note(D, P, "1 ozt 14K white grain & 20 dwt 14K yellow grain",
     (None, "1", "ozt", "CG-14W"), (None, "20", "dwt", "CG-14Y"))
note(D, S, "Cuban chain 10K yellow 22\" - customer changed her mind, white gold instead",
     (1, None, None, None))
note(D, P, "half gross 4mm round CZ",
     (72, None, None, "CZ-RD-4"))
note(D, S, "u got any 14ky wedding bands in 7? need one for tmrw",
     (1, None, None, "WB-14Y-7"), date="2026-11-21")
note(D, S, "gold signet ring size 9 in 18k yellow",
     (1, None, None, None))
note(D, P, "Invoice #88213 - $1,240.00 due 12/15. Thank you for your business.")
note(D, P, "100 suede pouches plus 30 black velvet pendant boxes",
     (100, None, None, "POUCH-SUEDE"), (30, None, None, "BOX-PEND-BLK"))
note(D, P, "pave melee 1.1mm, 1.5 ctw, G-H VS",
     (None, "1.5", "ct", None))
note(D, S, "18K yellow solitaire mount size 7",
     (1, None, None, None))
note(D, P, """Hello,

Kindly send the following at your earliest convenience:
\u2022 Box chain, sterling silver, 16 inch \u2013 qty 12
\u2022 Heart charms, sterling \u2013 qty 24
\u2022 Ring boxes, black velvet \u2013 qty 6

Best regards,
Tomas Lindqvist
Lindqvist Guld AB
Drottninggatan 55, 111 21 Stockholm""",
     (12, None, None, "CH-925-BOX-16"), (24, None, None, "CHARM-HEART-925"), (6, None, None, "BOX-RING-BLK"))
note(D, S, "can we get her the 1ct oval dia? she's decided",
     (1, "1", "ct", "DIA-OV-100"))
note(D, S, "re-string pearl necklace, 60 pearls, silk thread, customer's own",
     (1, None, None, None))
note(D, P, "Lobster clasps 14K yellow: 30 instead of 20",
     (30, None, None, "LOB-14Y"))
note(D, S, "sterling heart charm and a sterling charm bracelet 7.5 in",
     (1, None, None, "CHARM-HEART-925"), (1, None, None, "BR-CHARM-925-75"))
note(D, P, """CASTING ORDER #2231 - for Friday pickup
Style            Metal   Size  Qty
SOL-4P           18KY    6     4
WB comfort 6mm   14KY    7     3
Signet oval      14KY    9     2
Eternity         18KW    6     1

Also from stock:
Round CZ 4mm x 300
Princess dia .75 x 2
Heart shape dia 0.50 x 1

Metal for the caster:
18KY grain 3 ozt
14KY grain 4 ozt
14KW grain 1 ozt

Questions? Call Dee, ext 214.""",
     (4, None, None, "SOL-18Y-6"), (3, None, None, "WB-14Y-7"), (2, None, None, "SIG-14Y-9"), (1, None, None, "ETB-18W-6"),
     (300, None, None, "CZ-RD-4"), (2, "0.75", "ct", "DIA-PR-075"), (1, "0.5", "ct", "DIA-HS-050"),
     (None, "3", "ozt", "CG-18Y"), (None, "4", "ozt", "CG-14Y"), (None, "1", "ozt", "CG-14W"))
note(D, P, "Platinum is up 3% this week; hold off on the PT950 grain order until we talk.")
note(D, S, "do u have the 20\" 14k white curb in stock? if yes put one aside for Mr. Diaz",
     (1, None, None, "CH-14W-CURB-20"))
note(D, P, "refine: 120 g mixed 10K/14K scrap",
     (None, "120", "g", None))
note(D, S, "necklace of 40 akoya pearls 18\"",
     (1, None, None, "PRL-AK-18"))
note(D, P, "2 x platinum 6-prong heads 6.5 mm",
     (2, None, None, "HEAD-6P-PT-65"))
note(D, P, "twenty 14k yellow jump rings 4mm",
     (20, None, None, "JR-14Y-4"))
note(D, S, "need the heart diamond 0.50 ct by Dec 3",
     (1, "0.5", "ct", "DIA-HS-050"), date="2026-12-03")
note(D, P, "3mm round ruby x 10 and 3mm blue sapphire rounds x 10",
     (10, None, None, "RUBY-RD-3"), (10, None, None, "SAP-RD-3"))
note(D, S, "Customer wants to sell her 18K bracelet, 22 grams. Offer made, she'll think about it.")
note(D, S, "three-stone pendant in 14K rose",
     (1, None, None, None))
note(D, P, "CG 14Y 2 OZT + CG 10Y 1 OZT",
     (None, "2", "ozt", "CG-14Y"), (None, "1", "ozt", "CG-10Y"))
note(D, S, "14K rose heart pendant + 18 inch akoya pearl necklace",
     (1, None, None, "PEND-HEART-14R"), (1, None, None, "PRL-AK-18"))
note(D, S, "Rush: 2 x 14K yellow hoops 20mm needed by the 2nd of December",
     (2, None, None, "HOOP-14Y-20"), date="2026-12-02")
note(D, P, "Please deliver 6 halo pendants 18K white on or before 12/18/2026",
     (6, None, None, "PEND-HALO-18W"), date="2026-12-18")

if __name__ == "__main__":
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "notes-v2.json"), "w") as f:
        json.dump(N, f, indent=1, ensure_ascii=False)
        f.write("\n")
    for split in ("dev", "heldout"):
        part = [n for n in N if n["split"] == split]
        print(split, len(part), "notes,", sum(len(n["expected"]) for n in part), "rows,",
              sum(1 for n in part if not n["expected"]), "with nothing to order")
