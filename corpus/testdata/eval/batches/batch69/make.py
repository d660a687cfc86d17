#!/usr/bin/env python3
"""Batch 69: 24 fictional UK FOI/EIR/FOISA response letters.

Every letter's truth lives in LETTERS below.  Running this script renders each
letter from src/ into this folder with real producers (LibreOffice, Chromium,
Ghostscript, Tesseract) or copies it (HTML pages, .txt, .md), and writes
expect.json and labels_full.json from LETTERS only.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(HERE, ".build")
LO_PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

R, PR, W, NCND, NH, REF, UNK = ("released", "partially_released", "withheld",
                                "ncnd", "not_held", "refused", "unknown")


def q(stance, *ex):
    return (stance, sorted(ex))


LETTERS = [
    dict(
        file="fenmoor-constabulary-foi-2024-0871.pdf",
        src="fenmoor-constabulary-foi-2024-0871.html", render="lo_pdf",
        authority="Fenmoor Constabulary", reference="FOI 2024/0871",
        date="2024-10-08", received="2024-09-12", regime="foia",
        layout="decision_paragraph",
        traps=["parts_restart_numbering", "banner_every_page",
               "page_break_mid_answer", "statutory_text_quoted",
               "section_mentioned_not_applied:s24(1)",
               "earlier_reference_quoted:FOI 2022/0415",
               "partial_withholding_in_prose", "nil_is_released",
               "not_recorded_separately", "complaint_boilerplate_s50"],
        parts={
            1: [q(W, "s31(1)(a)", "s31(1)(b)"),
                q(PR, "s43(2)"),
                q(W, "s31(1)(a)", "s31(1)(b)"),
                q(R),
                q(W, "s31(1)(a)", "s31(1)(b)"),
                q(PR, "s40(2)")],
            2: [q(W, "s31(1)(a)", "s31(1)(b)"),
                q(W, "s31(1)(a)", "s31(1)(b)"),
                q(NH),
                q(R)],
        }),
    dict(
        file="ashcombe-dc-eir-2019-0412.txt",
        src="ashcombe-dc-eir-2019-0412.txt", render="copy",
        authority="Ashcombe District Council", reference="EIR/2019/0412",
        date="2019-06-21", received="2019-05-24", regime="eir",
        layout="interleaved_request_response",
        traps=["section_mentioned_not_applied:s39",
               "regulation_quoted_not_applied:reg12(1)(b),reg12(2)",
               "eir_not_held_reg12(4)(a)", "redacted_document_partial",
               "your_ref_is_not_reference"],
        parts={1: [q(R), q(W, "reg13(1)"), q(PR, "reg13(1)"),
                   q(NH, "reg12(4)(a)"), q(W, "reg12(5)(b)"), q(R)]}),
    dict(
        file="north-wexley-cc-foi-18-3307.pdf",
        src="north-wexley-cc-foi-18-3307.html", render="chromium_pdf",
        authority="North Wexley County Council",
        reference="NWCC-FOI-18-3307",
        date="2018-03-14", received="2018-02-13", regime="foia",
        layout="table_three_column",
        traps=["table_row_split_over_pages", "nil_is_released",
               "future_publication_s22", "signpost_s21",
               "partial_withholding_in_prose", "official_marking",
               "dates_dd_mm_yyyy"],
        parts={1: [q(R), q(R), q(PR, "s43(2)"), q(R, "s21"), q(R),
                   q(R, "s22"), q(W, "s40(2)")]}),
    dict(
        file="brackenridge-mbc-foi220917.docx",
        src="brackenridge-mbc-foi220917.html", render="docx",
        authority="Brackenridge Metropolitan Borough Council",
        reference="FOI220917",
        date="2022-10-04", received="2022-09-07", regime="foia",
        layout="restated_request_then_numbered_answers",
        traps=["word_auto_numbering",
               "not_held_one_department_then_cost_refusal",
               "cost_refusal_single_question_s12(1)",
               "not_recorded_separately"],
        parts={1: [q(R), q(R), q(NH), q(REF, "s12(1)"), q(PR, "s43(2)")]}),
    dict(
        file="hallowmere-foi-cas-51873.pdf",
        src="hallowmere-foi-cas-51873.html", render="lo_pdf",
        authority="London Borough of Hallowmere",
        reference="CAS-51873-T2K9Q1",
        date="2023-02-16", received="2023-01-18", regime="foia",
        layout="you_asked_our_response",
        traps=["earlier_reference_quoted:CAS-48820-M1P3W7",
               "partial_withholding_in_prose",
               "public_interest_extension_answer_later",
               "section_mentioned_not_applied:s10(3),s17(2)",
               "future_publication_s22", "page_footer_numbers",
               "unnumbered_questions"],
        parts={1: [q(R), q(PR, "s43(2)"), q(R), q(W, "s30(1)(c)"), q(UNK),
                   q(R, "s22")]}),
    dict(
        file="glanafon-cbc-disclosure-f-00612.html",
        src="glanafon-cbc-disclosure-f-00612.html", render="copy",
        authority="Glanafon County Borough Council", reference="F-00612",
        date="2017-08-30", received="2017-08-03", regime="foia",
        layout="grouped_answers",
        traps=["disclosure_log_html", "cookie_banner_and_navigation",
               "grouped_answers", "grouped_signpost_s21",
               "question_and_any_other_information",
               "related_disclosures_other_references", "bilingual_noise"],
        parts={1: [q(R, "s21"), q(R, "s21"), q(R), q(R), q(R),
                   q(W, "s43(2)")]}),
    dict(
        file="strathannan-council-review-ir-0044-21.pdf",
        src="strathannan-council-review-ir-0044-21.html",
        render="gs_redistil", base="lo",
        authority="Strathannan Council", reference="IR-0044-21",
        date="2021-11-26", received="2021-10-29", regime="foisa",
        layout="internal_review",
        traps=["internal_review_outcome_is_stance",
               "original_reference_quoted:FOI-2021-0387",
               "original_exemptions_listed_not_final",
               "review_changes_in_bold",
               "future_publication_foisa_s27",
               "several_dates_with_roles",
               "section_mentioned_not_applied:foisa:s47(1)"],
        parts={1: [q(R), q(R), q(R, "foisa:s27(1)"),
                   q(W, "foisa:s38(1)(b)"), q(PR, "foisa:s33(1)(b)")]}),
    dict(
        file="ballymoran-carrow-bc-foi-2020-117.md",
        src="ballymoran-carrow-bc-foi-2020-117.md", render="copy",
        authority="Ballymoran and Carrow Borough Council",
        reference="FOI/2020/117",
        date="2020-07-09", received="2020-06-11", regime="foia",
        layout="answers_inline_in_request",
        traps=["lettered_items", "answers_inline_bold",
               "not_applicable_after_earlier_answer",
               "we_do_not_collate", "partial_withholding_in_prose",
               "northern_ireland_ico_office"],
        parts={1: [q(R), q(PR, "s43(2)"), q(R), q(NH), q(W, "s40(2)"),
                   q(R), q(R)]}),
    dict(
        file="eastmere-hospitals-foi-eht-25-0419.pdf",
        src="eastmere-hospitals-foi-eht-25-0419.html", render="lo_pdf",
        authority="Eastmere Hospitals NHS Foundation Trust",
        reference="FOI/EHT/25/0419",
        date="2025-05-20", received="2025-04-22", regime="foia",
        layout="table_two_column",
        traps=["table_row_split_over_pages", "zero_is_released",
               "small_numbers_partial_s40(2)", "future_publication_s22",
               "partial_withholding_in_prose"],
        parts={1: [q(R), q(R), q(W, "s43(2)"), q(R), q(R), q(PR, "s40(2)"),
                   q(R, "s22"), q(R)]}),
    dict(
        file="kestrel-vale-icb-foi-1388.html",
        src="kestrel-vale-icb-foi-1388.html", render="copy",
        authority="NHS Kestrel Vale Integrated Care Board",
        reference="KVICB-FOI-1388",
        date="2023-11-02", received="2023-10-05", regime="foia",
        layout="answers_out_of_order",
        traps=["disclosure_log_html", "cookie_banner_and_navigation",
               "answers_out_of_order", "not_held_redirect_to_provider",
               "future_publication_s22", "signpost_s21"],
        parts={1: [q(NH), q(R), q(R), q(R, "s22"), q(R, "s21")]}),
    dict(
        file="severnmoor-frs-foi-112-19.pdf",
        src="severnmoor-frs-foi-112-19.html", render="chromium_pdf",
        authority="Severnmoor Fire and Rescue Service",
        reference="FOI 112/19",
        date="2019-12-03", received="2019-11-05", regime="foia",
        layout="questions_in_prose",
        traps=["questions_in_prose", "zero_is_released",
               "partial_withholding_in_prose",
               "other_act_mentioned:Fire and Rescue Services Act 2004",
               "banner_every_page", "your_ref_is_not_reference"],
        parts={1: [q(R), q(R), q(PR, "s31(1)(a)"), q(R), q(R)]}),
    dict(
        file="pennine-vale-ambulance-foi-2016-0093.pdf",
        src="pennine-vale-ambulance-foi-2016-0093.html", render="ocr",
        base="lo",
        authority="Pennine Vale Ambulance Service NHS Trust",
        reference="PVAS-FOI-2016-0093",
        date="2016-04-27", received="2016-03-29", regime="foia",
        layout="interleaved_q_a",
        traps=["ocr_scan", "page_break_mid_answer", "ncnd_s40(5)",
               "should_not_be_taken_as_indication",
               "other_act_mentioned:Data Protection Act 1998",
               "banner_every_page"],
        parts={1: [q(R), q(R), q(R), q(NH), q(W, "s40(2)"),
                   q(NCND, "s40(5)")]}),
    dict(
        file="castlebridge-university-foi-uc-2025-118.docx",
        src="castlebridge-university-foi-uc-2025-118.html", render="docx",
        authority="University of Castlebridge",
        reference="FOI-UC-2025-118",
        date="2025-09-15", received="2025-08-18", regime="foia",
        layout="restated_request_then_numbered_answers",
        traps=["word_auto_numbering",
               "earlier_reference_quoted:FOI-UC-2024-377",
               "partial_withholding_in_prose",
               "section_mentioned_not_applied:s2",
               "absolute_exemption_s41"],
        parts={1: [q(R), q(R), q(W, "s40(2)"), q(PR, "s43(2)"),
                   q(R, "s21"), q(W, "s41(1)")]}),
    dict(
        file="dunmore-valley-college-foi-22-031.pdf",
        src="dunmore-valley-college-foi-22-031.html", render="lo_pdf",
        authority="Dunmore Valley College", reference="DVC/FOI/22/031",
        date="2022-03-10", received="2022-02-09", regime="foisa",
        layout="you_asked_our_response",
        traps=["foisa_s17_not_held_notice", "signpost_foisa_s25",
               "partial_withholding_in_prose", "page_footer_numbers",
               "section_mentioned_not_applied:foisa:s47(1)",
               "gaelic_name_noise"],
        parts={1: [q(R), q(NH, "foisa:s17(1)"), q(R, "foisa:s25(1)"),
                   q(W, "foisa:s30(b)(ii)"), q(PR, "foisa:s38(1)(b)")]}),
    dict(
        file="kingfisher-learning-partnership-foi-07-20.txt",
        src="kingfisher-learning-partnership-foi-07-20.txt", render="copy",
        authority="Kingfisher Learning Partnership", reference="FOI 07/20",
        date="2020-02-26", received="2020-01-29", regime="foia",
        layout="grouped_answers",
        traps=["grouped_answers", "s12(2)_ncnd_is_refused",
               "small_numbers_partial_s40(2)", "signpost_s21",
               "zero_in_table_is_released", "company_number_noise"],
        parts={1: [q(R), q(PR, "s40(2)"), q(PR, "s40(2)"), q(R, "s21"),
                   q(REF, "s12(2)")]}),
    dict(
        file="dri-foi2026-01174.html",
        src="dri-foi2026-01174.html", render="copy",
        authority="Department for Regional Infrastructure",
        reference="FOI2026/01174",
        date="2026-02-11", received="2026-01-13", regime="foia",
        layout="restated_request_then_numbered_answers",
        traps=["disclosure_log_html", "cookie_banner_and_navigation",
               "ico_case_quoted:IC-281104-K7P2",
               "statutory_bar_s44", "other_act_section_mentioned:CRCA s18,s19,s23",
               "section_mentioned_not_applied:s12",
               "published_date_is_not_response_date",
               "future_publication_s22", "redacted_document_partial"],
        parts={1: [q(R), q(R, "s21"), q(W, "s35(1)(a)"),
                   q(W, "s44(1)(a)"), q(PR, "s35(1)(a)", "s40(2)"),
                   q(R, "s22")]}),
    dict(
        file="cmca-eir-2018-0262.pdf",
        src="cmca-eir-2018-0262.html", render="chromium_pdf",
        authority="Coastal and Marine Consents Agency",
        reference="EIR-CMCA-2018-0262",
        date="2018-09-19", received="2018-08-22", regime="eir",
        layout="table_two_column",
        traps=["table_row_split_over_pages", "attachment_is_released",
               "eir_not_held_reg12(4)(a)", "signpost_reg6(1)(b)",
               "regulation_quoted_not_applied:reg12(2)",
               "licence_number_not_reference", "banner_every_page"],
        parts={1: [q(R), q(W, "reg12(5)(e)"), q(W, "reg13(1)"),
                   q(NH, "reg12(4)(a)"), q(R, "reg6(1)(b)"),
                   q(PR, "reg12(5)(e)", "reg13(1)")]}),
    dict(
        file="greyfell-npa-eir-24-09.md",
        src="greyfell-npa-eir-24-09.md", render="copy",
        authority="Greyfell National Park Authority",
        reference="GNPA EIR 24/09",
        date="2024-03-07", received="2024-02-08", regime="eir",
        layout="request_response_headings",
        traps=["manifestly_unreasonable_reg12(4)(b)",
               "redacted_document_partial",
               "regulation_quoted_not_applied:reg12(1)(b),reg12(2)",
               "signpost_reg6(1)(b)", "planning_reference_not_reference"],
        parts={1: [q(R), q(PR, "reg13(1)"), q(W, "reg12(5)(e)"),
                   q(R, "reg6(1)(b)"), q(REF, "reg12(4)(b)")]}),
    dict(
        file="district-heating-regulator-foi-0457.pdf",
        src="district-heating-regulator-foi-0457.html", render="ocr",
        base="lo",
        authority="The District Heating Regulator",
        reference="DHR-FOI-0457",
        date="2025-01-22", received="2024-12-23", regime="foia",
        layout="decision_paragraph",
        traps=["ocr_scan", "statutory_bar_s44", "statutory_text_quoted",
               "section_mentioned_not_applied:s41",
               "other_act_section_mentioned:Utilities Act 2000 s105",
               "answers_only_for_remaining_questions",
               "partial_withholding_in_prose"],
        parts={1: [q(R), q(W, "s44(1)(a)"), q(PR, "s44(1)(a)"), q(R),
                   q(W, "s43(2)", "s44(1)(a)")]}),
    dict(
        file="wrexford-cta-eir-17-088.pdf",
        src="wrexford-cta-eir-17-088.html", render="lo_pdf",
        authority="Wrexford Combined Transport Authority",
        reference="WCTA/EIR/17/088",
        date="2017-05-12", received="2017-04-13", regime="eir",
        layout="interleaved_request_response",
        traps=["page_break_mid_answer", "banner_every_page",
               "eir_extension_reg7(1)_answer_later",
               "partial_withholding_in_prose",
               "figures_in_answer_not_dates"],
        parts={1: [q(R), q(W, "reg12(5)(e)"), q(R), q(PR, "reg12(5)(e)"),
                   q(W, "reg13(1)"), q(UNK)]}),
    dict(
        file="clydemuir-ha-foi-2023-019.docx",
        src="clydemuir-ha-foi-2023-019.html", render="docx",
        authority="Clydemuir Housing Association",
        reference="CHA-FOI-2023-019",
        date="2023-06-20", received="2023-05-23", regime="foisa",
        layout="table_three_column",
        traps=["word_table", "future_publication_foisa_s27",
               "none_is_released", "withheld_with_context_figure",
               "partial_withholding_in_prose"],
        parts={1: [q(R), q(R), q(PR, "foisa:s33(1)(b)"),
                   q(W, "foisa:s38(1)(b)"), q(R), q(R, "foisa:s27(1)")]}),
    dict(
        file="nhs-glenmorie-foi-24-0702.pdf",
        src="nhs-glenmorie-foi-24-0702.html", render="gs_redistil",
        base="chromium",
        authority="NHS Glenmorie", reference="GLM-FOI-24-0702",
        date="2024-08-01", received="2024-07-04", regime="foisa",
        layout="restated_request_then_numbered_answers",
        traps=["ncnd_foisa_s18_with_s38", "foisa_s17_not_held_notice",
               "signpost_foisa_s25", "future_publication_foisa_s27",
               "small_numbers_partial", "banner_every_page"],
        parts={1: [q(R, "foisa:s25(1)"), q(PR, "foisa:s38(1)(b)"), q(R),
                   q(NCND, "foisa:s18(1)", "foisa:s38(1)(b)"),
                   q(NH, "foisa:s17(1)"), q(R, "foisa:s27(1)")]}),
    dict(
        file="ravensworth-police-foi-21-004417.html",
        src="ravensworth-police-foi-21-004417.html", render="copy",
        authority="Ravensworth Police", reference="03.FOI.21.004417",
        date="2021-03-18", received="2021-02-17", regime="foia",
        layout="interleaved_q_a",
        traps=["disclosure_log_html", "cookie_banner_and_navigation",
               "joint_team_answers_for_one_force",
               "not_applicable_after_earlier_answer",
               "grouped_ncnd", "no_inference_wording",
               "s12(2)_ncnd_is_refused", "zero_is_released",
               "section_mentioned_not_applied:s16,s50",
               "published_date_is_not_response_date"],
        parts={1: [q(R), q(R), q(NCND, "s23(5)", "s24(2)", "s31(3)"),
                   q(NCND, "s23(5)", "s24(2)", "s31(3)"),
                   q(REF, "s12(2)"), q(R)]}),
    dict(
        file="wessexford-council-eir-review-0093-26.txt",
        src="wessexford-council-eir-review-0093-26.txt", render="copy",
        authority="Wessexford Council", reference="IR-EIR-0093-26",
        date="2026-03-05", received="2026-02-04", regime="eir",
        layout="internal_review",
        traps=["internal_review_outcome_is_stance",
               "original_refusal_reg12(4)(b)_overturned",
               "original_reference_quoted:EIR-25-1871",
               "several_dates_with_roles", "lettered_items",
               "withheld_with_context_figure",
               "section_mentioned_not_applied:s50"],
        parts={1: [q(R), q(PR, "reg12(5)(e)"), q(W, "reg12(5)(b)"),
                   q(W, "reg13(1)"), q(NH, "reg12(4)(a)")]}),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout, r.stderr))
    return r


def lo_convert(src_html, target, outdir):
    """LibreOffice, one conversion at a time, Writer HTML import filter."""
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", target,
         "--outdir", outdir, src_html])
    base = os.path.splitext(os.path.basename(src_html))[0]
    ext = "pdf" if target.startswith("pdf") else "docx"
    return os.path.join(outdir, base + "." + ext)


def chromium_pdf(src_html, out_pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out_pdf,
         "file://" + src_html])
    return out_pdf


def base_pdf(letter, src_html, stem):
    if letter.get("base") == "chromium":
        return chromium_pdf(src_html, os.path.join(BUILD, stem + ".pdf"))
    return lo_convert(src_html, "pdf", BUILD)


def render(letter):
    src = os.path.join(SRC, letter["src"])
    out = os.path.join(HERE, letter["file"])
    stem = os.path.splitext(letter["file"])[0]
    how = letter["render"]
    if how == "copy":
        shutil.copyfile(src, out)
    elif how == "lo_pdf":
        shutil.move(lo_convert(src, "pdf", BUILD), out)
    elif how == "docx":
        shutil.move(lo_convert(src, 'docx:MS Word 2007 XML', BUILD), out)
    elif how == "chromium_pdf":
        chromium_pdf(src, out)
    elif how == "gs_redistil":
        pdf = base_pdf(letter, src, stem)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite",
             "-o", out, pdf])
    elif how == "ocr":
        pdf = base_pdf(letter, src, stem)
        pages = os.path.join(BUILD, stem + "-page-%03d.png")
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
             "-o", pages, pdf])
        pngs = sorted(os.path.join(BUILD, f) for f in os.listdir(BUILD)
                      if f.startswith(stem + "-page-") and f.endswith(".png"))
        lst = os.path.join(BUILD, stem + "-pages.txt")
        with open(lst, "w") as fh:
            fh.write("\n".join(pngs) + "\n")
        run(["tesseract", lst, os.path.join(HERE, stem), "-l", "eng", "pdf"])
    else:
        sys.exit("unknown render " + how)
    return out


def truth():
    expect, labels = {"letters": {}}, {}
    for L in LETTERS:
        qs = {}
        for part, items in sorted(L["parts"].items()):
            for n, (stance, ex) in enumerate(items, 1):
                qs["P%d.Q%d" % (part, n)] = {"stance": stance,
                                             "exemptions": sorted(ex)}
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"],
            "date": L["date"], "questions": qs}
        labels[L["file"]] = {"received": L["received"],
                             "regime": L["regime"], "layout": L["layout"],
                             "traps": L["traps"]}
    return expect, labels


def main():
    only = set(sys.argv[1:])
    os.makedirs(BUILD, exist_ok=True)
    for L in LETTERS:
        if only and L["file"] not in only:
            continue
        print("rendering", L["file"], "via", L["render"], flush=True)
        render(L)
    expect, labels = truth()
    with open(os.path.join(HERE, "expect.json"), "w") as fh:
        json.dump(expect, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    if not only:
        shutil.rmtree(BUILD, ignore_errors=True)
    n = sum(len(v["questions"]) for v in expect["letters"].values())
    print("letters:", len(expect["letters"]), "questions:", n)


if __name__ == "__main__":
    main()
