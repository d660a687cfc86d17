#!/usr/bin/env python3
"""Render batch 66 of fictional FOI/EIR/FOISA response letters and write the truth files."""
import json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

R, PR, W, N, NH, REF, U = ("released", "partially_released", "withheld", "ncnd",
                           "not_held", "refused", "unknown")


def q(stance, *ex):
    return (stance, list(ex))


S31AB = ("s31(1)(a)", "s31(1)(b)")

LETTERS = [
    dict(file="wyvern-vale-police-foi-0412-25.pdf", src="l01_wyvern_police.html", render="lo_pdf",
         authority="Wyvern Vale Police", reference="FOI 0412/25", date="2025-03-14", received="2025-02-17",
         regime="foia", layout="decision_paragraph_parts",
         traps=["same question text in two parts", "exempt questions named by number and part",
                "s24(1) considered but not relied on", "OFFICIAL banner repeated on every page",
                "not recorded separately = not held", "s40(2) added in one answer"],
         parts=[[q(W, *S31AB), q(NH), q(W, *S31AB), q(W, *S31AB), q(PR, "s40(2)"), q(W, *S31AB), q(R)],
                [q(W, *S31AB), q(W, *S31AB), q(W, *S31AB), q(R), q(R)]]),
    dict(file="eastmarch-cc-foi-2018-0877.pdf", src="l02_eastmarch_cc.html", render="lo_pdf",
         authority="Eastmarch County Council", reference="FOI/2018/0877", date="2018-06-12", received="2018-05-15",
         regime="foia", layout="restated_then_numbered",
         traps=["same figure for two named years", "earlier request reference quoted", "Nil is a released figure",
                "s21 signposting", "supplier names released, values withheld",
                "s14(2) repeated request for one question"],
         parts=[[q(R), q(R), q(R), q(R), q(PR, "s43(2)"), q(R, "s21"), q(NH), q(REF, "s14(2)")]]),
    dict(file="aldermoor-castlebridge-nhsft-ach-foi-0561.pdf", src="l03_aldermoor_nhsft.html", render="lo_pdf",
         authority="Aldermoor and Castlebridge Hospitals NHS Foundation Trust", reference="ACH-FOI-0561",
         date="2023-09-08", received="2023-08-10", regime="foia", layout="table_two_column",
         traps=["long name in letterhead", "same figure for two named years",
                "withheld with context only (who did the work)", "withheld with background context",
                "count released, names withheld", "table cells wrap over lines"],
         parts=[[q(R), q(R), q(PR, "s43(2)"), q(W, "s36(2)(b)(ii)", "s36(2)(c)"), q(R), q(W, "s43(2)"),
                 q(PR, "s40(2)")]]),
    dict(file="mercian-bridge-university-ir-2021-0093.pdf", src="l04_mercian_bridge_uni.html", render="lo_pdf",
         authority="Mercian Bridge University", reference="IR-2021-0093", date="2021-11-02", received="2021-10-04",
         regime="foia", layout="internal_review",
         traps=["internal review: outcome is final stance", "original reference quoted",
                "original s12 refusal overturned in part", "changes in bold", "same figure for two named years",
                "answer attached"],
         parts=[[q(R), q(W, "s43(2)"), q(R, "s21"), q(REF, "s12(1)"), q(R)]]),
    dict(file="cwm-arian-cbc-eir-2020-0219.pdf", src="l05_cwm_arian_cbc.html", render="lo_pdf",
         authority="Cwm Arian County Borough Council", reference="EIR/2020/0219", date="2020-07-21",
         received="2020-06-23", regime="eir", layout="interleaved_request_response",
         traps=["bilingual Welsh/English letterhead", "requester reference quoted", "reg 12(4)(b) mentioned but not applied",
                "reg 6(1)(b) signposting", "public interest annex"],
         parts=[[q(R, "reg6(1)(b)"), q(PR, "reg12(5)(e)", "reg13(1)"), q(R), q(W, "reg13(1)"), q(W, "reg12(5)(b)"),
                 q(NH, "reg12(4)(a)")]]),
    dict(file="wrekin-severn-icb-foi-24-1187.pdf", src="l06_wrekin_severn_icb.html", render="chromium_pdf",
         authority="NHS Wrekin and Severn Integrated Care Board", reference="FOI 24/1187", date="2024-05-30",
         received="2024-05-01", regime="foia", layout="you_asked_our_response_grouped",
         traps=["grouped answer naming each figure in one sentence", "same figure for two named years",
                "s22 future publication", "names released, spend withheld", "not recorded as separate category"],
         parts=[[q(R), q(R), q(R), q(R), q(PR, "s43(2)"), q(R, "s22"), q(NH)]]),
    dict(file="cheviot-wansbeck-frs-foi-22-118.pdf", src="l07_cheviot_frs.html", render="chromium_pdf",
         authority="Cheviot and Wansbeck Fire and Rescue Service", reference="CWFRS/FOI/22/118",
         date="2022-02-18", received="2022-01-24", regime="foia", layout="table_three_column",
         traps=["Not applicable after earlier answer", "No is a released answer", "s24 mentioned but not engaged",
                "end date released, supplier withheld", "withheld with context", "OFFICIAL marking on every page"],
         parts=[[q(R), q(R), q(W, "s31(1)(a)", "s38(1)(b)"), q(R), q(R), q(PR, "s31(1)(a)"), q(W, "s31(1)(a)")]]),
    dict(file="dri-foi2019-04411.pdf", src="l08_dri.html", render="chromium_pdf",
         authority="Department for Regional Infrastructure", reference="FOI2019/04411", date="2019-04-29",
         received="2019-03-29", regime="foia", layout="restated_whole_refusal",
         traps=["one costly part refuses the whole request", "central government £600 / 24 hours",
                "s35 and s43 named but not considered", "lettered items"],
         parts=[[q(REF, "s12(1)") for _ in range(5)]]),
    dict(file="pennine-marches-constabulary-foi-002318-23.pdf", src="l09_pennine_marches_police.html",
         render="gs_redistil_lo", authority="Pennine Marches Constabulary", reference="FOI-002318-23",
         date="2023-10-05", received="2023-09-07", regime="foia", layout="interleaved_q_a",
         traps=["s12(2) neither confirm nor deny is refused, not ncnd", "police NCND with s23(5) s24(2) s31(3)",
                "should not be taken as an indication", "dd/mm/yyyy dates", "page break between answers"],
         parts=[[q(R), q(R), q(N, "s24(2)", "s31(3)"), q(REF, "s12(2)"), q(W, "s40(2)"),
                 q(N, "s23(5)", "s24(2)", "s31(3)")]]),
    dict(file="blackcombe-moors-npa-eir-26-004.pdf", src="l10_blackcombe_npa.html", render="gs_redistil_chromium",
         authority="Blackcombe Moors National Park Authority", reference="EIR 26/004", date="2026-01-27",
         received="2025-12-22", regime="eir", layout="answers_out_of_order",
         traps=["answers out of order keyed 'your point N'", "one question not answered", "0 is a released figure",
                "reg 12(4)(b) manifestly unreasonable", "American-style date", "answer attached"],
         parts=[[q(R), q(REF, "reg12(4)(b)"), q(R, "reg6(1)(b)"), q(W, "reg13(1)"), q(R), q(U)]]),
    dict(file="stourmead-dc-eir-17-0310-scan.pdf", src="l11_stourmead_dc.html", render="ocr_scan",
         authority="Stourmead District Council", reference="EIR/17/0310", date="2017-08-15", received="2017-07-18",
         regime="eir", layout="restated_then_numbered",
         traps=["OCR scan", "shared service partnership named in letterhead", "0 is a released figure",
                "same figure for two named years", "name released, value withheld"],
         parts=[[q(R), q(R), q(R), q(PR, "reg12(5)(e)"), q(NH, "reg12(4)(a)")]]),
    dict(file="bannside-glenarm-bc-foi-064-2019-scan.pdf", src="l12_bannside_glenarm_bc.html", render="ocr_scan",
         authority="Bannside and Glenarm Borough Council", reference="FOI 064/2019", date="2019-03-11",
         received="2019-02-11", regime="foia", layout="interleaved_request_response",
         traps=["OCR scan", "Northern Ireland ICO address", "s22 future publication"],
         parts=[[q(R), q(W, "s43(2)"), q(R), q(R, "s22"), q(R)]]),
    dict(file="rvdlp-mat-foi-0071.docx", src="l13_ridgeway_mat.html", render="lo_docx",
         authority="Ridgeway Vale and Downland Learning Partnership Multi-Academy Trust", reference="RVDLP-FOI-0071",
         date="2024-02-09", received="2024-01-12", regime="foia", layout="answers_inline_in_request",
         traps=["long multi-academy trust name", "withheld with context (who did the work, when)",
                "s40(5) NCND outside policing", "same figure for two named years", "0 figures in a list",
                "automatic list numbering"],
         parts=[[q(R, "s21"), q(R), q(W, "s36(2)(b)(i)", "s43(2)"), q(R), q(N, "s40(5)"), q(PR, "s43(2)"), q(R)]]),
    dict(file="thamesreach-homes-foi-22-033.docx", src="l14_thamesreach_homes.html", render="lo_docx",
         authority="Thamesreach Homes Limited", reference="THL/FOI/22/033", date="2022-11-16",
         received="2022-10-19", regime="foia", layout="grouped_answers",
         traps=["grouped answer naming each figure in one sentence ('respectively')",
                "same figure for two named dates", "grouped exemption for non-adjacent questions",
                "answers out of order", "automatic list numbering"],
         parts=[[q(R), q(R), q(R), q(R), q(R), q(W, "s42(1)", "s43(2)"), q(PR, "s43(2)"),
                 q(W, "s42(1)", "s43(2)")]]),
    dict(file="strathnairn-council-foisa-2020-00412.docx", src="l15_strathnairn_council.html", render="lo_docx",
         authority="Strathnairn Council", reference="FOISA/2020/00412", date="2020-10-14", received="2020-09-16",
         regime="foisa", layout="restated_then_numbered",
         traps=["FOISA s17 notice", "FOISA s25 signposting", "£0 is a released figure",
                "small numbers suppressed", "s47(1) in review-rights boilerplate", "automatic list numbering"],
         parts=[[q(R), q(R), q(R, "foisa:s25(1)"), q(PR, "foisa:s38(1)(b)"), q(W, "foisa:s33(1)(b)"),
                 q(NH, "foisa:s17(1)")]]),
    dict(file="calderbrook-mbc-eir-21-3391.html", src="l16_calderbrook_mbc.html", render="copy",
         authority="Calderbrook Metropolitan Borough Council", reference="EIR-21-3391", date="2021-04-22",
         received="2021-03-24", regime="eir", layout="request_response_headings",
         traps=["disclosure-log page with navigation", "related disclosure references in sidebar",
                "withheld with context (who did the work)", "job titles released, names withheld",
                "page last updated date"],
         parts=[[q(R, "reg6(1)(b)"), q(W, "reg12(4)(d)"), q(R), q(PR, "reg13(1)"), q(W, "reg12(4)(e)")]]),
    dict(file="wandlebury-lbc-foi-09172.html", src="l17_wandlebury_lb.html", render="copy",
         authority="London Borough of Wandlebury", reference="LBW-FOI-09172", date="2025-08-05",
         received="2025-07-08", regime="foia", layout="grouped_answers",
         traps=["disclosure-log page with navigation", "grouped answer naming each figure in one sentence",
                "same figure for two named years", "names released, amounts withheld", "dd/mm/yyyy dates"],
         parts=[[q(R), q(R), q(R), q(R), q(R), q(PR, "s43(2)"), q(NH)]]),
    dict(file="west-pennine-pte-foi-16-0219.html", src="l18_west_pennine_pte.html", render="copy",
         authority="West Pennine Passenger Transport Executive", reference="FOI 16/0219", date="2016-03-23",
         received="2016-02-24", regime="foia", layout="table_two_column",
         traps=["disclosure-log page with navigation", "answer in attached spreadsheet",
                "attachment file name with reference-like text", "names released, values withheld"],
         parts=[[q(R), q(R), q(W, "s31(1)(a)"), q(PR, "s43(2)"), q(R), q(R)]]),
    dict(file="srlca-eir-2024-0155.html", src="l19_srlca.html", render="copy",
         authority="Scottish Rural Land and Crofting Agency", reference="SRLCA/EIR/2024/0155", date="2024-06-18",
         received="2024-05-21", regime="foisa", layout="you_asked_our_response",
         traps=["EISRs handled instead of FOISA", "None is a released answer", "Not applicable after earlier answer",
                "regulation 10 mentioned but not applied", "published date differs from response date",
                "Gaelic name in header"],
         parts=[[q(R), q(R), q(R), q(R), q(R)]]),
    dict(file="avonmere-council-foi-1442-16.txt", src="l20_avonmere_council.txt", render="copy",
         authority="Avonmere Council", reference="FOI-1442-16", date="2016-11-03", received="2016-10-06",
         regime="foia", layout="questions_in_prose",
         traps=["questions asked in prose", "answers in prose without numbers", "redacted document attached"],
         parts=[[q(R), q(R), q(R), q(W, "s40(2)"), q(PR, "s43(2)")]]),
    dict(file="east-fenland-ambulance-foi-22-0904.txt", src="l21_east_fenland_ambulance.txt", render="copy",
         authority="East Fenland Ambulance Service NHS Trust", reference="FOI 22-0904", date="2022-12-20",
         received="2022-11-22", regime="foia", layout="interleaved_q_a_grouped",
         traps=["not held in one system then cost refusal", "grouped answer naming each figure in one sentence",
                "same figure for two named years", "withheld with context (summaries published elsewhere)",
                "total released, per-provider withheld"],
         parts=[[q(R), q(R), q(REF, "s12(1)"), q(R), q(W, "s40(2)", "s41(1)"), q(PR, "s43(2)")]]),
    dict(file="dgc-vjb-review-2018-004.txt", src="l22_dgc_vjb_review.txt", render="copy",
         authority="Dunmore, Glenarden and Carse Valuation Joint Board", reference="VJB/IR/2018/004",
         date="2018-02-26", received="2018-01-30", regime="foisa", layout="internal_review",
         traps=["long joint board name", "internal review: outcome is final stance",
                "original reference quoted as 'your ref'", "original s17 notice overturned",
                "same figure for two named years"],
         parts=[[q(R), q(W, "foisa:s33(1)(b)"), q(R), q(R), q(W, "foisa:s38(1)(b)")]]),
    dict(file="gala-eir-2023-1187.md", src="l23_gala.md", render="copy",
         authority="Groundwater and Abstraction Licensing Authority", reference="GALA-EIR-2023-1187",
         date="2023-03-17", received="2023-02-16", regime="eir", layout="decision_paragraph",
         traps=["decision paragraph naming questions", "EIR NCND reg 12(6) with reg 12(5)(b)",
                "reg 12(4)(b) mentioned but not applied", "partial under two exceptions",
                "same figure for two named years"],
         parts=[[q(R), q(PR, "reg12(5)(e)", "reg13(1)"), q(R), q(W, "reg12(5)(b)"), q(N, "reg12(5)(b)", "reg12(6)"),
                 q(W, "reg12(4)(e)"), q(R, "reg6(1)(b)")]]),
    dict(file="clyde-carron-college-foi-25-0063.md", src="l24_clyde_carron_college.md", render="copy",
         authority="Clyde and Carron College", reference="FOI/25/0063", date="2025-11-24", received="2025-10-27",
         regime="foisa", layout="table_three_column",
         traps=["markdown table", "FOISA s18 NCND with s35", "FOISA cost refusal for one question",
                "withheld with context (who did the work)", "same figure for two named years"],
         parts=[[q(R), q(R), q(R), q(W, "foisa:s38(1)(b)"), q(R, "foisa:s25(1)"), q(W, "foisa:s30(b)(ii)"),
                 q(REF, "foisa:s12(1)"), q(N, "foisa:s18(1)", "foisa:s35(1)(a)")]]),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout, r.stderr))
    return r


def lo_convert(src, tmp, target):
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", target, "--outdir", tmp, src])
    ext = "pdf" if target.startswith("pdf") else "docx"
    out = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if not os.path.exists(out):
        sys.exit("no output from soffice for " + src)
    return out


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + out, "file://" + src])
    if not os.path.exists(out):
        sys.exit("no output from chromium for " + src)
    return out


def gs_redistil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, inp])


def ocr_scan(inp, out, tmp):
    pages = os.path.join(tmp, "pages")
    os.makedirs(pages, exist_ok=True)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(pages, "p-%03d.png"), inp])
    pngs = sorted(os.path.join(pages, f) for f in os.listdir(pages) if f.endswith(".png"))
    lst = os.path.join(tmp, "pages.txt")
    with open(lst, "w") as fh:
        fh.write("\n".join(pngs) + "\n")
    base = os.path.join(tmp, "ocr")
    run(["tesseract", lst, base, "-l", "eng", "pdf"])
    shutil.move(base + ".pdf", out)


def render(letter):
    src = os.path.join(SRC, letter["src"])
    out = os.path.join(HERE, letter["file"])
    how = letter["render"]
    with tempfile.TemporaryDirectory() as tmp:
        if how == "lo_pdf":
            shutil.move(lo_convert(src, tmp, "pdf"), out)
        elif how == "lo_docx":
            shutil.move(lo_convert(src, tmp, 'docx:MS Word 2007 XML'), out)
        elif how == "chromium_pdf":
            chromium_pdf(src, out)
        elif how == "gs_redistil_lo":
            gs_redistil(lo_convert(src, tmp, "pdf"), out)
        elif how == "gs_redistil_chromium":
            gs_redistil(chromium_pdf(src, os.path.join(tmp, "c.pdf")), out)
        elif how == "ocr_scan":
            ocr_scan(lo_convert(src, tmp, "pdf"), out, tmp)
        elif how == "copy":
            shutil.copyfile(src, out)
        else:
            sys.exit("unknown render " + how)


def truth():
    expect, labels = {"letters": {}}, {}
    for L in LETTERS:
        qs = {}
        for p, part in enumerate(L["parts"], 1):
            for n, (stance, ex) in enumerate(part, 1):
                qs["P%d.Q%d" % (p, n)] = {"stance": stance, "exemptions": sorted(ex)}
        expect["letters"][L["file"]] = {"authority": L["authority"], "reference": L["reference"],
                                        "date": L["date"], "questions": qs}
        labels[L["file"]] = {"received": L["received"], "regime": L["regime"], "layout": L["layout"],
                             "traps": L["traps"]}
    return expect, labels


def main():
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["file"] not in only and L["src"] not in only:
            continue
        print("render", L["file"], file=sys.stderr)
        render(L)
    expect, labels = truth()
    with open(os.path.join(HERE, "expect.json"), "w") as fh:
        json.dump(expect, fh, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "labels_full.json"), "w") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
