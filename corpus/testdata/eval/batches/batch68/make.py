#!/usr/bin/env python3
"""Build batch 68: 24 fictional UK FOI/EIR/FOISA response letters.

Every letter's truth lives in LETTERS below. Each letter is rendered from
src/ into this folder, and expect.json / labels_full.json are written from
LETTERS only.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(HERE, ".build")
PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

R, PR, W, N, NH, RF, U = ("released", "partially_released", "withheld",
                          "ncnd", "not_held", "refused", "unknown")


def q(stance, *ex):
    return (stance, sorted(ex))


LETTERS = [
    dict(file="brackenshire-constabulary-foi-0318-19.pdf",
         src="brackenshire-constabulary-foi-0318-19.html", render="lo_pdf",
         authority="Brackenshire Constabulary", reference="FOI 0318/19",
         date="2019-03-14", received="2019-02-15", regime="foia",
         layout="decision_paragraph",
         traps=["parts", "decision_paragraph_by_number_and_part",
                "quoted_statute_s31_1_c", "ncnd_police_wording",
                "other_reference_earlier_request", "repeated_banner",
                "official_marking", "period_in_question",
                "complaint_boilerplate_s50"],
         parts={1: [q(R), q(W, "s31(1)(a)", "s31(1)(b)"), q(R),
                    q(W, "s31(1)(a)", "s31(1)(b)"), q(NH)],
                2: [q(R), q(W, "s31(1)(a)", "s31(1)(b)"), q(R),
                    q(N, "s24(2)", "s31(3)")]}),
    dict(file="hamblemoor-cc-foi-17-0934.txt",
         src="hamblemoor-cc-foi-17-0934.txt", render="copy",
         authority="Hamblemoor County Council", reference="HCC/FOI/17/0934",
         date="2017-06-07", received="2017-05-10", regime="foia",
         layout="interleaved_request_response",
         traps=["date_ddmmyyyy", "zero_released_nil", "signpost_s21",
                "period_in_question", "partial_names_given_values_withheld"],
         parts={1: [q(R), q(R), q(PR, "s43(2)"), q(R), q(NH),
                    q(R, "s21")]}),
    dict(file="ashcombe-vale-dc-eir-21-0612.html",
         src="ashcombe-vale-dc-eir-21-0612.html", render="copy",
         authority="Ashcombe Vale District Council", reference="EIR/21/0612",
         date="2021-09-22", received="2021-08-25", regime="eir",
         layout="request_response_headings",
         traps=["html_disclosure_log", "cookie_banner",
                "log_publication_date", "foia_s40_named_not_applied",
                "signpost_reg6", "zero_released_none",
                "reg12_2_presumption_quoted", "period_in_question"],
         parts={1: [q(R), q(R), q(W, "reg13(1)"), q(R, "reg6(1)(b)"),
                    q(PR, "reg12(5)(b)", "reg13(1)"), q(R)]}),
    dict(file="kingsmere-council-foi-12093.docx",
         src="kingsmere-council-foi-12093.html", render="lo_docx",
         authority="Kingsmere Council", reference="FOI 12093",
         date="2023-02-09", received="2023-01-12", regime="foia",
         layout="two_column_table",
         traps=["word_table", "not_applicable_after_no",
                "not_recorded_separately", "requester_email_date_as_ref",
                "exemption_explained_below_table"],
         parts={1: [q(R), q(R), q(W, "s40(2)"), q(PR, "s43(2)"), q(R),
                    q(R), q(NH)]}),
    dict(file="kirkshaw-mbc-foi-2018-10-0447.md",
         src="kirkshaw-mbc-foi-2018-10-0447.md", render="copy",
         authority="Kirkshaw Metropolitan Borough Council",
         reference="FOI/2018/10/0447",
         date="2018-11-05", received="2018-10-08", regime="foia",
         layout="restate_then_single_decision",
         traps=["cost_whole_request", "cost_arithmetic",
                "not_held_then_cost", "s16_advice_not_exemption",
                "period_in_question"],
         parts={1: [q(RF, "s12(1)")] * 5}),
    dict(file="hollowmere-lb-foi-25-03112.pdf",
         src="hollowmere-lb-foi-25-03112.html", render="chromium_pdf",
         authority="London Borough of Hollowmere", reference="FOI-25-03112",
         date="2025-04-29", received="2025-04-01", regime="foia",
         layout="three_column_table",
         traps=["zero_released", "future_publication_s22",
                "attachment_released", "repeated_header_footer",
                "table_rows_wrap", "date_in_question"],
         parts={1: [q(R), q(R), q(R), q(R, "s22"), q(PR, "s43(2)"),
                    q(W, "s38(1)(b)", "s40(2)"), q(R)]}),
    dict(file="aberllyn-tc-eir-2016-07.pdf",
         src="aberllyn-tc-eir-2016-07.html", render="gs_lo",
         authority="Aberllyn Town Council", reference="ATC/EIR/2016/07",
         date="2016-08-19", received="2016-07-22", regime="eir",
         layout="restate_then_in_answer_to_point",
         traps=["bilingual_letterhead", "town_council",
                "attachment_released", "signpost_reg6",
                "reg12_1_b_quoted", "not_held_reg12_4_a",
                "ghostscript_redistil", "date_in_answer"],
         parts={1: [q(R), q(R), q(R), q(W, "reg12(5)(e)"),
                    q(R, "reg6(1)(b)"), q(NH, "reg12(4)(a)")]}),
    dict(file="strathallan-council-foi-2231-19-scan.pdf",
         src="strathallan-council-foi-2231-19.html", render="ocr",
         authority="Strathallan Council", reference="SC/FOI/2231/19",
         date="2020-01-27", received="2019-12-20", regime="foisa",
         layout="you_asked_our_response",
         traps=["ocr_scan", "foisa_s17_called_exemption",
                "foisa_future_publication_s27", "signpost_foisa_s25",
                "festive_closure_dates", "committee_date_in_answer",
                "complaint_boilerplate_s47"],
         parts={1: [q(R), q(R, "foisa:s25(1)"), q(R, "foisa:s27(1)"),
                    q(W, "foisa:s38(1)(b)"), q(NH, "foisa:s17(1)")]}),
    dict(file="slievemore-bann-dc-foi-22-184.pdf",
         src="slievemore-bann-dc-foi-22-184.html", render="lo_pdf",
         authority="Slievemore and Bann District Council",
         reference="SBDC/FOI/22/184",
         date="2022-10-03", received="2022-09-05", regime="foia",
         layout="restate_then_numbered_answers",
         traps=["northern_ireland", "date_abbreviated_month",
                "other_reference_earlier_request", "zero_released_nil",
                "other_act_named"],
         parts={1: [q(R), q(R), q(R), q(R), q(W, "s40(2)"), q(R)]}),
    dict(file="hartwell-deane-nhsft-foi-0588.docx",
         src="hartwell-deane-nhsft-foi-0588.html", render="lo_docx",
         authority="Hartwell and Deane NHS Foundation Trust",
         reference="HDFT-FOI-2405-0588",
         date="2024-06-11", received="2024-05-14", regime="foia",
         layout="parts_interleaved",
         traps=["parts", "same_question_two_parts", "word_auto_numbering",
                "contract_round_robin", "partial_contact_details",
                "no_review_date_not_held"],
         parts={1: [q(R), q(W, "s43(2)"), q(R), q(R), q(NH), q(R),
                    q(PR, "s40(2)")],
                2: [q(R), q(W, "s43(2)"), q(R), q(PR, "s40(2)")]}),
    dict(file="severnside-icb-foi-25-1187.pdf",
         src="severnside-icb-foi-25-1187.html", render="gs_chromium",
         authority="NHS Severnside Integrated Care Board",
         reference="FOI.25.1187",
         date="2025-11-18", received="2025-10-20", regime="foia",
         layout="answers_out_of_order",
         traps=["answers_out_of_order", "grouped",
                "not_held_other_body", "clarification_s1_3_unknown",
                "ghostscript_redistil", "repeated_footer"],
         parts={1: [q(R), q(R), q(R), q(PR, "s43(2)"), q(NH), q(U)]}),
    dict(file="pennine-ridge-frs-foi-18-071.pdf",
         src="pennine-ridge-frs-foi-18-071.html", render="chromium_pdf",
         authority="Pennine Ridge Fire and Rescue Service",
         reference="PRFRS/FOI/18/071",
         date="2018-05-02", received="2018-04-04", regime="foia",
         layout="grouped",
         traps=["grouped", "date_us_format", "s38_considered_not_applied",
                "signpost_s21", "repeated_slogan", "period_in_question"],
         parts={1: [q(R), q(R), q(R), q(R), q(W, "s31(1)(a)"),
                    q(W, "s31(1)(a)"), q(R, "s21")]}),
    dict(file="north-marches-ambulance-ir-0092-scan.pdf",
         src="north-marches-ambulance-ir-0092.html", render="ocr",
         authority="North Marches Ambulance Service NHS Trust",
         reference="NMAS-IR-0092",
         date="2023-08-30", received="2023-07-24", regime="foia",
         layout="internal_review",
         traps=["ocr_scan", "internal_review", "review_reference",
                "original_reference_quoted", "original_stance_differs",
                "changes_in_bold", "original_response_date"],
         parts={1: [q(R), q(PR, "s40(2)"), q(R),
                    q(W, "s40(2)", "s41(1)"), q(R)]}),
    dict(file="inverallan-university-foi-2024-0061.pdf",
         src="inverallan-university-foi-2024-0061.html", render="lo_pdf",
         authority="University of Inverallan", reference="FOI/2024/0061",
         date="2024-02-26", received="2024-01-29", regime="foisa",
         layout="q_a_keyed",
         traps=["foisa_notation", "signpost_foisa_s25",
                "foia_s36_contrast_not_applied", "complaint_boilerplate_s20_s47",
                "period_in_question"],
         parts={1: [q(R), q(W, "foisa:s33(1)(b)"), q(R),
                    q(R, "foisa:s25(1)"),
                    q(W, "foisa:s30(c)", "foisa:s33(1)(b)")]}),
    dict(file="glen-ardle-college-foi-22-045.txt",
         src="glen-ardle-college-foi-22-045.txt", render="copy",
         authority="Glen Ardle College", reference="GAC-FOI-22-045",
         date="2022-12-14", received="2022-11-16", regime="foisa",
         layout="restate_then_in_answer_to_point",
         traps=["foisa_cost_single_question", "foisa_s17_notice",
                "date_ddmmyyyy", "text_table_in_answer",
                "period_in_question"],
         parts={1: [q(R), q(R), q(W, "foisa:s38(1)(b)"),
                    q(RF, "foisa:s12(1)"), q(NH, "foisa:s17(1)")]}),
    dict(file="brightwater-lt-foi-2526-14.md",
         src="brightwater-lt-foi-2526-14.md", render="copy",
         authority="Brightwater Learning Trust", reference="BLT FOI 25/26-14",
         date="2026-01-20", received="2025-12-15", regime="foia",
         layout="inline_answers",
         traps=["inline_answers", "signpost_s21", "not_applicable_after_no",
                "small_numbers_suppressed", "attachment_released",
                "academic_year_reference"],
         parts={1: [q(R, "s21"), q(R), q(PR, "s40(2)"), q(R), q(R),
                    q(R)]}),
    dict(file="dept-regional-resilience-foi2017-03412.pdf",
         src="dept-regional-resilience-foi2017-03412.html", render="lo_pdf",
         authority="Department for Regional Resilience",
         reference="FOI2017/03412",
         date="2017-04-12", received="2017-03-14", regime="foia",
         layout="restate_then_numbered_answers",
         traps=["s12_2_ncnd_wording", "central_government_600",
                "signpost_s21", "attachment_released",
                "s36_considered_not_applied", "other_reference_earlier_request",
                "annex_public_interest", "items_called_parts"],
         parts={1: [q(R, "s21"), q(W, "s35(1)(a)", "s43(2)"), q(R),
                    q(W, "s35(1)(a)"), q(R), q(RF, "s12(2)")]}),
    dict(file="fisheries-licensing-agency-foi-0219-21.html",
         src="fisheries-licensing-agency-foi-0219-21.html", render="copy",
         authority="Fisheries Licensing Agency", reference="FOI-0219-21",
         date="2021-03-03", received="2021-02-03", regime="foia",
         layout="prose_questions",
         traps=["html_disclosure_log", "prose_questions", "prose_answers",
                "ncnd_non_police", "log_publication_date", "cookie_banner"],
         parts={1: [q(R), q(R), q(R), q(R), q(PR, "s30(1)(c)"),
                    q(N, "s30(3)")]}),
    dict(file="ravensdale-npa-eir-24-118.pdf",
         src="ravensdale-npa-eir-24-118.html", render="chromium_pdf",
         authority="Ravensdale National Park Authority",
         reference="EIR 24/118",
         date="2024-09-09", received="2024-08-12", regime="eir",
         layout="you_asked_our_response",
         traps=["foia_s39_named_not_applied", "planning_application_reference",
                "signpost_reg6", "redacted_attachment", "repeated_footer"],
         parts={1: [q(R), q(R), q(W, "reg12(5)(e)"), q(PR, "reg13(1)"),
                    q(R, "reg6(1)(b)"), q(W, "reg12(5)(b)")]}),
    dict(file="fssa-foi-cas-71203.pdf",
         src="fssa-foi-cas-71203.html", render="lo_pdf",
         authority="Funeral Services Standards Authority",
         reference="CAS-71203-K9P2Q",
         date="2025-07-01", received="2025-06-02", regime="foia",
         layout="interleaved_question_response",
         traps=["ico_case_reference_quoted", "ncnd_non_police",
                "absolute_exemption_s44", "signpost_s21", "other_act_named"],
         parts={1: [q(R), q(R), q(N, "s31(3)"), q(R, "s21"),
                    q(W, "s44(1)(a)")]}),
    dict(file="tayforth-rtp-foi-19-023.docx",
         src="tayforth-rtp-foi-19-023.html", render="lo_docx",
         authority="Tayforth Regional Transport Partnership",
         reference="FOI 19-023",
         date="2019-10-16", received="2019-09-18", regime="foisa",
         layout="restate_then_numbered_answers",
         traps=["word_auto_numbering", "signpost_foisa_s25",
                "attachment_released", "foisa_s17_notice",
                "period_in_question"],
         parts={1: [q(R, "foisa:s25(1)"), q(R), q(PR, "foisa:s33(1)(b)"),
                    q(R), q(R), q(NH, "foisa:s17(1)")]}),
    dict(file="eastbrook-homes-foi-286-25.txt",
         src="eastbrook-homes-foi-286-25.txt", render="copy",
         authority="Eastbrook Homes Limited", reference="286- 25",
         date="2025-08-14", received="2025-07-17", regime="foia",
         layout="interleaved_question_answer",
         traps=["reference_stray_space", "housing_company",
                "future_publication_s22", "hard_wrapped_text",
                "period_in_question"],
         parts={1: [q(R), q(R), q(PR, "s40(2)"), q(NH), q(R, "s22")]}),
    dict(file="fernmouth-harbour-eir-2020-03.html",
         src="fernmouth-harbour-eir-2020-03.html", render="copy",
         authority="Fernmouth Harbour Commissioners",
         reference="FHC-EIR-2020-03",
         date="2020-06-23", received="2020-05-26", regime="eir",
         layout="grouped",
         traps=["html_disclosure_log", "harbour_authority", "grouped",
                "manifestly_unreasonable_single_question",
                "signpost_reg6", "other_body_reference_quoted",
                "notice_to_mariners_dates", "attachment_released"],
         parts={1: [q(R), q(R), q(W, "reg12(5)(e)"), q(R, "reg6(1)(b)"),
                    q(RF, "reg12(4)(b)")]}),
    dict(file="haddeley-water-eir-0874.html",
         src="haddeley-water-eir-0874.html", render="copy",
         authority="Haddeley Water Services Ltd", reference="HWS-EIR-0874",
         date="2023-12-07", received="2023-11-09", regime="eir",
         layout="two_column_table",
         traps=["html_disclosure_log", "water_company_eir_only",
                "foia_named_not_applicable", "signpost_reg6",
                "not_held_reg12_4_a", "cookie_banner", "date_in_question"],
         parts={1: [q(R), q(W, "reg12(5)(b)"), q(R, "reg6(1)(b)"),
                    q(NH, "reg12(4)(a)"), q(W, "reg13(1)")]}),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (" ".join(cmd), r.stdout, r.stderr))
        raise SystemExit(1)
    return r


def lo_convert(src, fmt, outdir):
    # One conversion at a time; open the HTML as a Writer document.
    run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt,
         "--outdir", outdir, src])
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out,
         "file://" + src])


def gs_redistil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite",
         "-o", out, inp])


def ocr_scan(pdf, out, work):
    pages = os.path.join(work, "page-%03d.png")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", pages, pdf])
    pngs = sorted(p for p in os.listdir(work) if p.startswith("page-"))
    lst = os.path.join(work, "pages.txt")
    with open(lst, "w") as f:
        for p in pngs:
            f.write(os.path.join(work, p) + "\n")
    outbase = out[:-4]
    run(["tesseract", lst, outbase, "-l", "eng", "pdf"])


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(HERE, L["file"])
    work = os.path.join(BUILD, os.path.splitext(L["file"])[0])
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(work)
    how = L["render"]
    if how == "copy":
        shutil.copyfile(src, out)
    elif how == "lo_pdf":
        shutil.move(lo_convert(src, "pdf:writer_pdf_Export", work), out)
    elif how == "lo_docx":
        shutil.move(lo_convert(src, 'docx:MS Word 2007 XML', work), out)
    elif how == "chromium_pdf":
        chromium_pdf(src, out)
    elif how == "gs_lo":
        gs_redistil(lo_convert(src, "pdf:writer_pdf_Export", work), out)
    elif how == "gs_chromium":
        tmp = os.path.join(work, "chromium.pdf")
        chromium_pdf(src, tmp)
        gs_redistil(tmp, out)
    elif how == "ocr":
        tmp = os.path.join(work, "clean.pdf")
        chromium_pdf(src, tmp)
        ocr_scan(tmp, out, work)
    else:
        raise ValueError(how)


def truth():
    expect, labels = {}, {}
    for L in LETTERS:
        qs = {}
        for part in sorted(L["parts"]):
            for i, (stance, ex) in enumerate(L["parts"][part], 1):
                qs["P%d.Q%d" % (part, i)] = {"stance": stance,
                                              "exemptions": sorted(ex)}
        expect[L["file"]] = {"authority": L["authority"],
                             "reference": L["reference"], "date": L["date"],
                             "questions": qs}
        labels[L["file"]] = {"received": L["received"], "regime": L["regime"],
                             "layout": L["layout"], "traps": L["traps"]}
    return {"letters": expect}, labels


def main():
    only = set(sys.argv[1:])
    os.makedirs(BUILD, exist_ok=True)
    for L in LETTERS:
        if only and L["file"] not in only:
            continue
        print("rendering", L["file"], file=sys.stderr)
        render(L)
    expect, labels = truth()
    with open(os.path.join(HERE, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    if not only:
        shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
