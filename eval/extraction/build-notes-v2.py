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
#     powder, scrap, melee by the carat) has None - the weight is the line;
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


def note(split, kind, text, *rows, date=None):
    prefix = {"heldout": "h", "dev": "d"}[split]
    n = sum(1 for x in N if x["split"] == split) + 1
    entry = {"id": f"{prefix}{n:02d}", "split": split, "kind": kind, "text": text,
             "expected": [{"quantity": q, "weight": w, "weight_unit": u, "sku": s} for (q, w, u, s) in rows]}
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
