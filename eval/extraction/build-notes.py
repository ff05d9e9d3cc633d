# Source of notes.json: each note with the rows a jeweler means by it.
# Row: (quantity or None, weight or None, unit or None, catalog SKU or None).
import json
N = []

def line_quantity(q, w):
    # A line bought by weight with no count of pieces is one line of that weight:
    # quantity 1 (the issue "Reading order notes as jewelers really write them").
    return 1 if q is None and w is not None else q

def note(kind, text, *rows):
    N.append({"id": f"{kind[0]}{len(N)+1:02d}", "kind": kind, "text": text,
              "expected": [{"quantity": line_quantity(q, w), "weight": w, "weight_unit": u, "sku": s} for (q, w, u, s) in rows]})

S, P = "sales", "purchase"
note(S, "Customer wants a 14K white gold solitaire mount, size 6, with a 1.00ct round G VS1 diamond. Needed by Dec 12.",
     (1, None, None, "SOL-14W-6"), (1, "1", "ct", "DIA-RD-100"))
note(S, "- 1 solitaire ring mount 14k white size 7\n- 1 round diamond 0.50 ct H SI1",
     (1, None, None, "SOL-14W-7"), (1, "0.5", "ct", "DIA-RD-050"))
note(S, "pair of diamond studs 14k white, 0.50 ctw total, gift wrap pls", (2, "0.5", "ct", "STUD-14W-050"))
note(S, "Tennis bracelet 18K white 7\" for anniversary, RUSH", (1, None, None, "TEN-18W-7"))
note(S, "2 platinum wedding bands: one size 6 and one size 8", (1, None, None, "WB-PT-6"), (1, None, None, "WB-PT-8"))
note(S, "Mrs. Alvarez - halo pendant in 18kt white gold on a 18\" rope chain 925", (1, None, None, "PEND-HALO-18W"), (1, None, None, "CH-925-ROPE-18"))
note(S, "customer needs 14k yellow hoops 20mm, a pair", (2, None, None, "HOOP-14Y-20"))
note(S, "Oval diamond 1.00ct E VVS2 for a custom ring, budget 9k", (1, "1", "ct", "DIA-OV-100"))
note(S, "Please make a solitaire 14K yellow size 7. Customer brings her own stone.", (1, None, None, "SOL-14Y-7"))
note(S, "3 x round brilliant diamond 0.50ct G VS2 (matching)", (3, "0.5", "ct", "DIA-RD-050"))
note(S, "Blue sapphire oval 7x5mm for pendant; set in 18K white halo pendant", (1, None, None, "SAP-OV-7X5"), (1, None, None, "PEND-HALO-18W"))
note(S, "Engagement set: solitaire mount 14kt white sz 6, round dia 1.00 ct F VS1, platinum band size 6",
     (1, None, None, "SOL-14W-6"), (1, "1", "ct", "DIA-RD-100"), (1, None, None, "WB-PT-6"))
note(S, "Resize customer's own ring from size 5 to 7 and rhodium plate", (1, None, None, None))
note(S, "two rope chains sterling 20 inch", (2, None, None, "CH-925-ROPE-20"))
note(S, "Cable chain 14K yellow 18in x 2, lobster clasp 14k yellow spare", (2, None, None, "CH-14Y-CABLE-18"), (1, None, None, "LOB-14Y"))
note(S, "VIP client: diamond stud earrings 14K white 0.50ctw, by Friday", (1, "0.5", "ct", "STUD-14W-050"))
note(S, "Custom signet ring in 18K yellow, approx 12 g, engraved initials AM", (1, "12", "g", None))
note(S, "1 tennis bracelet 18kw 7 inch\n1 pair studs 14kw .50 ctw", (1, None, None, "TEN-18W-7"), (2, "0.5", "ct", "STUD-14W-050"))
note(S, "Customer: Jordan Lee\nItem: platinum wedding band size 8\nEngraving: 'always'\nDue 2026-12-20", (1, None, None, "WB-PT-8"))
note(S, "Repair: re-tip four prongs on customer's solitaire and polish. Urgent.", (1, None, None, None))
note(S, "Looking for a 1ct round diamond, G or better, VS, around 5200 budget", (1, "1", "ct", "DIA-RD-100"))
note(S, "halo pendant 18K white + 20\" rope chain sterling silver", (1, None, None, "PEND-HALO-18W"), (1, None, None, "CH-925-ROPE-20"))
note(S, "matching hoop earrings 14K yellow 20 mm for mother and daughter - 2 pairs", (4, None, None, "HOOP-14Y-20"))
note(S, "Solitaire mounting 14K white, size 6 1/2 (closest we have is 6), 0.50 ct round center",
     (1, None, None, "SOL-14W-6"), (1, "0.5", "ct", "DIA-RD-050"))
note(S, "Custom men's band in 14K white gold, about 8 dwt, size 10, brushed finish", (1, "8", "dwt", None))
note(S, "Gold bangle 22K, 2 tola, for wedding, by 15th December", (1, "2", "tola", None))
note(S, "Nose pin 18K with tiny ruby, ~1.5 grains of gold", (1, "1.5", "gr", None))
note(S, "5 tennis bracelets 18K white 7 in for store display", (5, None, None, "TEN-18W-7"))
note(S, "Customer wants to buy three 0.50 ct round diamonds for earrings and pendant", (3, "0.5", "ct", "DIA-RD-050"))
note(S, "one oval diamond 1.00 ct, one round brilliant diamond 1.00 ct — customer will choose", (1, "1", "ct", "DIA-OV-100"), (1, "1", "ct", "DIA-RD-100"))
note(S, "Charm bracelet repair, solder two links, high priority", (1, None, None, None))
note(S, "4 platinum bands size 6 for the bridal party", (4, None, None, "WB-PT-6"))
# purchase notes
note(P, "2 dozen 4mm round CZ", (24, None, None, "CZ-RD-4"))
note(P, "50 dwt 14KY casting grain approx", (None, "50", "dwt", "CG-14Y"))
note(P, "18\" 925 rope chain x 10", (10, None, None, "CH-925-ROPE-18"))
note(P, "Please send:\n- 100 pcs 3mm round CZ\n- 100 pcs 4mm round CZ\n- 20 ozt sterling casting grain", (100, None, None, "CZ-RD-3"), (100, None, None, "CZ-RD-4"), (None, "20", "ozt", "CG-925"))
note(P, "Order from Hoover & Strong: 10 ozt 14K white casting grain, 5 ozt 18K yellow casting grain", (None, "10", "ozt", "CG-14W"), (None, "5", "ozt", "CG-18Y"))
note(P, "need 250 g 585 yellow grain asap", (None, "250", "g", "CG-14Y"))
note(P, "6 four prong heads 14K white 6.5mm; 12 lobster clasps 14K yellow", (6, None, None, "HEAD-4P-14W-65"), (12, None, None, "LOB-14Y"))
note(P, "jump rings 925 5mm - 500 pcs", (500, None, None, "JR-925-5"))
note(P, "solder 14k yellow, 1 dwt, easy flow", (None, "1", "dwt", "SOLDER-14Y"))
note(P, "Restock: half dozen solitaire mounts 14K white size 7 and 6 pcs size 6", (6, None, None, "SOL-14W-7"), (6, None, None, "SOL-14W-6"))
note(P, "Memo request: 5 round diamonds 1.00 ct G-H VS, 10 round diamonds 0.50 ct", (5, "1", "ct", "DIA-RD-100"), (10, "0.5", "ct", "DIA-RD-050"))
note(P, "1 kg sterling silver casting grain", (None, "1", "kg", "CG-925"))
note(P, "cable chain 14k yellow 18 inch, qty 24", (24, None, None, "CH-14Y-CABLE-18"))
note(P, "Caster: make 20 pcs of style SOL-4P in 14K white, size 6", (20, None, None, "SOL-14W-6"))
note(P, "approx 300 grams 18K yellow casting grain for December production", (None, "300", "g", "CG-18Y"))
note(P, "2 pairs 14K yellow hoops 20mm and 3 pairs diamond studs 14K white 0.50 ctw", (4, None, None, "HOOP-14Y-20"), (6, "0.5", "ct", "STUD-14W-050"))
note(P, "oval blue sapphires 7x5mm x 8, matched color", (8, None, None, "SAP-OV-7X5"))
note(P, "1000 4mm CZ round white AAA", (1000, None, None, "CZ-RD-4"))
note(P, "two troy ounces 14K yellow grain + one dozen lobster clasps 14K yellow", (None, "2", "ozt", "CG-14Y"), (12, None, None, "LOB-14Y"))
note(P, "Platinum wedding bands size 8 x3, size 6 x2", (3, None, None, "WB-PT-8"), (2, None, None, "WB-PT-6"))
note(P, "20 oz t sterling grain; 2 ozt 14K white grain", (None, "20", "ozt", "CG-925"), (None, "2", "ozt", "CG-14W"))
note(P, "Melee: 200 ct round diamonds 1.2mm for pave (price per carat)", (None, "200", "ct", None))
note(P, "tennis bracelet 18k white 7in - 3 units for consignment", (3, None, None, "TEN-18W-7"))
note(P, "3mm round cz x 500\n4mm round cz x 500\nurgent", (500, None, None, "CZ-RD-3"), (500, None, None, "CZ-RD-4"))
note(P, "Halo pendants 18K white, qty 12, due 12/15", (12, None, None, "PEND-HALO-18W"))
note(P, "rope chain sterling 20\" 25 pcs and rope chain sterling 18\" 25 pcs", (25, None, None, "CH-925-ROPE-20"), (25, None, None, "CH-925-ROPE-18"))
note(P, "refining lot: 85.4 g mixed 14K scrap to send out", (None, "85.4", "g", None))
note(P, "10 tola 22K gold bar", (None, "10", "tola", None))
note(P, "4 prong heads 6.5 mm 14K white gold, 2 dozen", (24, None, None, "HEAD-4P-14W-65"))
note(P, "Ring mounts: solitaire 14K yellow size 7 (qty 4)", (4, None, None, "SOL-14Y-7"))
note(P, "500 mg 14k yellow solder paste", (None, "500", "mg", "SOLDER-14Y"))
note(P, "Thanks! Please ship FedEx priority:\n* 50 jump rings 925 5mm\n* 1 lb t sterling casting grain", (50, None, None, "JR-925-5"), (None, "1", "lbt", "CG-925"))
json.dump(N, open("notes.json", "w"), indent=1)
print(len(N), sum(1 for n in N if n["kind"]=="sales"), sum(1 for n in N if n["kind"]=="purchase"))
