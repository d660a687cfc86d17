#!/usr/bin/env python3
"""Batch 72: 24 fictional UK FOI / EIR / FOISA response letters.

LETTERS holds the truth for every letter. render() builds each letter from
src/ with real producers (LibreOffice, Chromium, Ghostscript, Tesseract) or
by copying, and expect.json / labels_full.json are written from LETTERS only.
Run from the batch's folder:  python3 make.py
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

R, PR, W, N, NH, RF, U = ("released", "partially_released", "withheld",
                          "ncnd", "not_held", "refused", "unknown")


def q(stance, *ex):
    return (stance, sorted(ex))


LETTERS = [
    dict(file="northmoor-constabulary-foi-0873-25.pdf",
         src="l01-northmoor-police.html", render="lo_pdf",
         authority="Northmoor Constabulary", reference="FOI 0873/25",
         date="2025-03-04", received="2025-02-05", regime="foia",
         layout="decision_paragraph_parts",
         traps=["banner_repeated_every_page", "same_question_text_in_two_parts",
                "exempt_questions_named_by_number_and_part",
                "statute_quoted_s31_1_c_not_applied",
                "s24_mentioned_not_applied",
                "partial_release_without_word_partial",
                "financial_year_periods_in_questions",
                "not_recorded_separately_not_held"],
         parts={1: {1: q(W, "s31(1)(a)", "s31(1)(b)"), 2: q(R), 3: q(R), 4: q(R),
                    5: q(W, "s31(1)(a)", "s31(1)(b)"),
                    6: q(W, "s31(1)(a)", "s31(1)(b)"),
                    7: q(PR, "s40(2)")},
                2: {1: q(W, "s31(1)(a)", "s31(1)(b)"), 2: q(NH), 3: q(R),
                    4: q(PR, "s40(2)")}}),

    dict(file="castlebrook-hospitals-cbh-foi-2411.pdf",
         src="l02-castlebrook-nhs.html", render="chromium_pdf",
         authority="Castlebrook Teaching Hospitals NHS Foundation Trust",
         reference="CBH-FOI-2411", date="2024-05-17", received="2024-04-19",
         regime="foia", layout="interleaved_q_a",
         traps=["nil_is_released", "not_held_with_figures_from_elsewhere",
                "refusal_reads_like_release", "s21_signpost",
                "s22_answer_promised_later", "repeated_footer_official",
                "figures_table_inside_answer", "complaint_rights_boilerplate"],
         parts={1: {1: q(R), 2: q(R), 3: q(R), 4: q(W, "s43(2)"), 5: q(NH),
                    6: q(R, "s21"), 7: q(R, "s22")}}),

    dict(file="westmarch-county-council-eir-2019-00417.html",
         src="l03-westmarch-cc-eir.html", render="copy",
         authority="Westmarch County Council", reference="EIR-2019-00417",
         date="2019-11-12", received="2019-10-15", regime="eir",
         layout="you_asked_our_response",
         traps=["disclosure_log_navigation", "cookie_banner",
                "related_disclosures_other_references",
                "redacted_attachment_without_word_partial",
                "reg6_1_b_signpost", "reg12_4_a_not_held",
                "unnumbered_you_asked_blocks", "published_date_differs_from_response_date"],
         parts={1: {1: q(R), 2: q(R, "reg6(1)(b)"), 3: q(W, "reg13(1)"),
                    4: q(PR, "reg12(5)(e)"), 5: q(NH, "reg12(4)(a)"),
                    6: q(PR, "reg13(1)")}}),

    dict(file="inverallan-council-foi-ic-2021-0388.txt",
         src="l04-inverallan-council-foisa.txt", render="copy",
         authority="Inverallan Council", reference="FOI-IC-2021-0388",
         date="2021-06-09", received="2021-05-12", regime="foisa",
         layout="restate_then_numbered_answers",
         traps=["foisa_s17_notice_not_held", "not_held_with_figures_from_elsewhere",
                "none_is_released", "small_numbers_suppressed_without_word_partial",
                "foisa_s25_signpost", "review_rights_s20_s47_s56_not_stances",
                "request_date_and_received_date_differ", "session_periods_in_questions",
                "your_reference_line"],
         parts={1: {1: q(R), 2: q(PR, "foisa:s38(1)(b)"), 3: q(R), 4: q(R),
                    5: q(R, "foisa:s25(1)"), 6: q(NH, "foisa:s17(1)")}}),

    dict(file="harrowfield-district-council-foi-2016-1193.md",
         src="l05-harrowfield-dc-s12.md", render="copy",
         authority="Harrowfield District Council", reference="FOI/2016/1193",
         date="2016-08-22", received="2016-07-26", regime="foia",
         layout="restate_then_whole_request_refusal",
         traps=["refusal_reads_like_release", "cost_arithmetic",
                "one_review_refuses_whole_request",
                "other_act_sections_215_216_219_not_stances",
                "s16_advice_and_assistance", "markdown_blockquote_request"],
         parts={1: {i: q(RF, "s12(1)") for i in range(1, 6)}}),

    dict(file="dunholm-valley-police-f-2020-01184.pdf",
         src="l06-dunholm-police-scan.html", render="ocr_chromium",
         authority="Dunholm Valley Police", reference="F-2020-01184",
         date="2020-11-27", received="2020-10-30", regime="foia",
         layout="request_response_numbered",
         traps=["ocr_scan", "ncnd_police_boilerplate", "grouped_response_3_and_4",
                "s12_2_neither_confirm_nor_deny_is_refused",
                "not_held_not_recorded_by_type", "dd_mm_yyyy_dates"],
         parts={1: {1: q(R), 2: q(R), 3: q(N, "s23(5)", "s24(2)", "s31(3)"),
                    4: q(N, "s23(5)", "s24(2)", "s31(3)"), 5: q(NH),
                    6: q(RF, "s12(2)")}}),

    dict(file="university-of-eastmere-ir-2022-017.docx",
         src="l07-eastmere-uni-review.html", render="lo_docx",
         authority="University of Eastmere", reference="IR-2022-017",
         date="2022-10-14", received="2022-09-20", regime="foia",
         layout="internal_review",
         traps=["internal_review_outcome_is_stance", "original_reference_quoted",
                "original_decision_withheld_now_released",
                "original_not_held_now_released", "changes_in_bold",
                "exemption_withdrawn_s43_for_item_4",
                "redacted_report_without_word_partial", "docx_auto_numbered_list"],
         parts={1: {1: q(R), 2: q(R), 3: q(PR, "s36(2)(b)(ii)", "s36(2)(c)"),
                    4: q(W, "s36(2)(b)(i)", "s36(2)(b)(ii)"), 5: q(R)}}),

    dict(file="dcra-foi2023-11807.pdf",
         src="l08-dcra-table3.html", render="gs_from_lo",
         authority="Department for Coastal and Rural Affairs",
         reference="FOI2023/11807", date="2023-04-03", received="2023-03-06",
         regime="foia", layout="table_three_column",
         traps=["ghostscript_redistil", "grouped_row_questions_3_and_4",
                "central_government_600_limit", "s36_mentioned_not_applied",
                "official_marking", "annex_attached_released",
                "partial_release_without_word_partial"],
         parts={1: {1: q(R), 2: q(R), 3: q(W, "s35(1)(a)"), 4: q(W, "s35(1)(a)"),
                    5: q(PR, "s40(2)"), 6: q(RF, "s12(1)")}}),

    dict(file="ashcombe-tarrant-icb-foi-aticb-0117.pdf",
         src="l09-ashcombe-icb.html", render="chromium_pdf",
         authority="NHS Ashcombe and Tarrant Integrated Care Board",
         reference="FOI-ATICB-0117", date="2025-01-08", received="2024-12-09",
         regime="foia", layout="table_two_column_borderless",
         traps=["borderless_table", "unnumbered_table_rows",
                "not_held_with_figures_from_elsewhere", "s21_signpost",
                "received_in_previous_year"],
         parts={1: {1: q(R), 2: q(R), 3: q(R), 4: q(R), 5: q(NH), 6: q(R, "s21")}}),

    dict(file="hartshire-fire-rescue-hfrs-foi-18-093.txt",
         src="l10-hartshire-fire-prose.txt", render="copy",
         authority="Hartshire Fire and Rescue Service",
         reference="HFRS/FOI/18/093", date="2018-09-19", received="2018-08-23",
         regime="foia", layout="prose_questions_prose_answers",
         traps=["questions_in_prose", "answers_in_prose_paragraphs",
                "nil_is_released", "not_held_with_figures_from_elsewhere",
                "partial_release_without_word_partial"],
         parts={1: {1: q(R), 2: q(R), 3: q(R), 4: q(R), 5: q(NH),
                    6: q(PR, "s31(1)(a)")}}),

    dict(file="mercia-borders-ambulance-mbas-foi-2017-0341.pdf",
         src="l11-mercia-borders-ambulance.html", render="lo_pdf",
         authority="Mercia Borders Ambulance Service NHS Trust",
         reference="MBAS-FOI-2017-0341", date="2017-11-30", received="2017-11-02",
         regime="foia", layout="answers_out_of_order",
         traps=["answers_out_of_order", "not_held_centrally_then_cost_refusal",
                "figure_with_caveat_is_released", "table_inside_answer",
                "financial_year_periods_in_questions"],
         parts={1: {1: q(R), 2: q(R), 3: q(NH), 4: q(W, "s40(2)", "s41(1)"),
                    5: q(RF, "s12(1)"), 6: q(R)}}),

    dict(file="cwm-aeron-cbc-eir-2026-0042.docx",
         src="l12-cwm-aeron-eir.html", render="lo_docx",
         authority="Cwm Aeron County Borough Council", reference="EIR/2026/0042",
         date="2026-01-21", received="2025-12-17", regime="eir",
         layout="answers_inline_in_request",
         traps=["bilingual_welsh_headings", "answers_inline_bold",
                "none_is_released", "refusal_reads_like_release",
                "not_held_with_figures_from_elsewhere",
                "partial_release_without_word_partial", "docx_auto_numbered_list"],
         parts={1: {1: q(R), 2: q(R), 3: q(R), 4: q(W, "reg12(5)(b)"),
                    5: q(NH, "reg12(4)(a)"), 6: q(PR, "reg12(5)(e)")}}),

    dict(file="bannside-glenarm-bgbc-foi-23-0219.html",
         src="l13-bannside-glenarm-ni.html", render="copy",
         authority="Bannside and Glenarm Borough Council",
         reference="BGBC/FOI/23/0219", date="2023-08-14", received="2023-07-18",
         regime="foia", layout="grouped_answers_borderless_table",
         traps=["grouped_answers", "borderless_table", "disclosure_log_navigation",
                "ni_legislation_article_4_not_stance", "last_updated_date_not_response",
                "northern_ireland_authority"],
         parts={1: {1: q(R), 2: q(R), 3: q(R), 4: q(NH), 5: q(NH),
                    6: q(W, "s40(2)")}}),

    dict(file="hollowfell-npa-eir-21-036.pdf",
         src="l14-hollowfell-npa.html", render="gs_from_chromium",
         authority="Hollowfell National Park Authority",
         reference="HNPA/EIR/21/036", date="2021-02-25", received="2021-01-28",
         regime="eir", layout="interleaved_request_response",
         traps=["ghostscript_redistil", "zero_is_released",
                "attachment_is_released", "eir_manifestly_unreasonable_cost",
                "eir_ncnd_reg12_6_with_reg12_5_g", "your_ref_line",
                "repeated_footer_slogan"],
         parts={1: {1: q(R), 2: q(R), 3: q(R), 4: q(W, "reg13(1)"),
                    5: q(RF, "reg12(4)(b)"), 6: q(N, "reg12(5)(g)", "reg12(6)")}}),

    dict(file="occr-foi-19-078.pdf",
         src="l15-occr-regulator.html", render="lo_pdf",
         authority="Office of the Cemeteries and Crematoria Regulator",
         reference="OCCR FOI 19/078", date="2019-06-07", received="2019-05-09",
         regime="foia", layout="decision_paragraph",
         traps=["exempt_questions_named_by_number", "statute_quoted_s31_2",
                "earlier_request_reference_quoted", "ico_decision_notice_quoted",
                "s40_5_ncnd", "answers_only_for_remaining_questions",
                "refusal_reads_like_release"],
         parts={1: {1: q(R), 2: q(R), 3: q(W, "s31(1)(g)"), 4: q(W, "s31(1)(g)"),
                    5: q(W, "s40(2)"), 6: q(N, "s40(5)")}}),

    dict(file="wyvern-valley-transport-eir-2024-0156.docx",
         src="l16-wyvern-transport-eir.html", render="lo_docx",
         authority="Wyvern Valley Transport Authority",
         reference="WVTA-EIR-2024-0156", date="2024-10-29", received="2024-10-01",
         regime="eir", layout="table_three_column",
         traps=["three_column_table", "refusal_reads_like_release",
                "reg6_1_b_signpost", "reg12_4_a_not_held",
                "partial_release_without_word_partial"],
         parts={1: {1: q(R), 2: q(R), 3: q(R, "reg6(1)(b)"), 4: q(W, "reg12(5)(e)"),
                    5: q(NH, "reg12(4)(a)"), 6: q(PR, "reg12(5)(e)")}}),

    dict(file="clydeview-ha-cha-foi-2025-014.txt",
         src="l17-clydeview-ha-foisa.txt", render="copy",
         authority="Clydeview Housing Association Limited",
         reference="CHA/FOI/2025/014", date="2025-04-16", received="2025-03-18",
         regime="foisa", layout="request_response_headings",
         traps=["nil_is_released", "foisa_s25_signpost",
                "foisa_s27_answer_promised_later", "review_rights_s47_not_stance",
                "registration_numbers_not_references"],
         parts={1: {1: q(R), 2: q(R), 3: q(R, "foisa:s25(1)"), 4: q(R),
                    5: q(W, "foisa:s38(1)(b)"), 6: q(R, "foisa:s27(1)")}}),

    dict(file="greenhythe-learning-partnership-glp-foi-2020-011.html",
         src="l18-greenhythe-mat-s14.html", render="copy",
         authority="Greenhythe Learning Partnership",
         reference="GLP-FOI-2020-011", date="2020-03-04", received="2020-02-10",
         regime="foia", layout="restate_then_whole_request_refusal",
         traps=["vexatious_whole_request", "s14_2_mentioned_not_applied",
                "s12_mentioned_not_applied", "earlier_request_references_quoted",
                "ico_case_reference_quoted", "bulleted_questions",
                "disclosure_log_navigation", "cookie_banner",
                "sympathetic_opening_reads_like_release"],
         parts={1: {i: q(RF, "s14(1)") for i in range(1, 5)}}),

    dict(file="kingsmere-college-kc-foi-17-031.pdf",
         src="l19-kingsmere-college-scan.html", render="ocr_lo",
         authority="Kingsmere College", reference="KC/FOI/17-031",
         date="2017-05-11", received="2017-04-12", regime="foia",
         layout="you_asked_our_response",
         traps=["ocr_scan", "refusal_reads_like_release",
                "partial_release_without_word_partial", "unnumbered_you_asked_blocks",
                "word_number_six_is_released"],
         parts={1: {1: q(R), 2: q(R), 3: q(W, "s43(2)"), 4: q(R),
                    5: q(PR, "s40(2)")}}),

    dict(file="london-borough-of-marlowe-foi-4471032.md",
         src="l20-lb-marlowe-parts.md", render="copy",
         authority="London Borough of Marlowe", reference="FOI-4471032",
         date="2022-12-05", received="2022-11-07", regime="foia",
         layout="interleaved_parts",
         traps=["parts_lettered_a_b", "same_question_text_in_two_parts",
                "answer_refers_to_other_part", "metadata_markdown_table",
                "partial_release_without_word_partial", "not_recorded_separately_not_held"],
         parts={1: {1: q(R), 2: q(R), 3: q(R), 4: q(W, "s43(2)")},
                2: {1: q(R), 2: q(NH), 3: q(PR, "s40(2)"), 4: q(W, "s43(2)")}}),

    dict(file="calderbrook-mbc-eir-2018-3321.html",
         src="l21-calderbrook-mbc-eir.html", render="copy",
         authority="Calderbrook Metropolitan Borough Council",
         reference="EIR 2018/3321", date="2018-03-13", received="2018-02-13",
         regime="eir", layout="decision_paragraph",
         traps=["exempt_questions_named_by_number", "answers_out_of_order",
                "reg12_2_presumption_mentioned_not_applied",
                "related_requests_references", "disclosure_log_navigation",
                "service_alert_banner"],
         parts={1: {1: q(R), 2: q(R), 3: q(W, "reg12(5)(e)"),
                    4: q(NH, "reg12(4)(a)"), 5: q(W, "reg12(5)(e)"),
                    6: q(W, "reg13(1)")}}),

    dict(file="nihva-review-ir-2016-044.pdf",
         src="l22-nihva-review-foisa.html", render="chromium_pdf",
         authority="Northern Isles Harbours and Vessels Agency",
         reference="IR/2016/044", date="2016-12-15", received="2016-11-21",
         regime="foisa", layout="internal_review",
         traps=["internal_review_outcome_is_stance", "original_reference_quoted",
                "lettered_items", "original_s17_now_released",
                "redacted_contract_without_word_partial",
                "sic_appeal_boilerplate_s47"],
         parts={1: {1: q(PR, "foisa:s33(1)(b)"), 2: q(R),
                    3: q(W, "foisa:s30(b)(ii)"), 4: q(R), 5: q(W, "foisa:s36(1)")}}),

    dict(file="university-of-glenmorven-foi-2025-188.pdf",
         src="l23-glenmorven-uni-foisa.html", render="lo_pdf",
         authority="University of Glenmorven", reference="FOI-2025-188",
         date="2025-09-10", received="2025-08-13", regime="foisa",
         layout="prose_questions_keyed_answers",
         traps=["questions_in_prose", "foisa_s18_ncnd_with_s38",
                "partial_release_without_word_partial", "foisa_s25_signpost",
                "policy_mentions_sections_not_applied", "academic_year_periods"],
         parts={1: {1: q(R), 2: q(PR, "foisa:s38(1)(b)"),
                    3: q(N, "foisa:s18(1)", "foisa:s38(1)(b)"),
                    4: q(N, "foisa:s18(1)", "foisa:s38(1)(b)"),
                    5: q(R), 6: q(R), 7: q(R, "foisa:s25(1)")}}),

    dict(file="wealdmoor-council-foi-26-00187.pdf",
         src="l24-wealdmoor-s106.html", render="chromium_pdf",
         authority="Wealdmoor Council", reference="FOI-26-00187",
         date="2026-03-09", received="2026-02-09", regime="foia",
         layout="restate_then_numbered_answers",
         traps=["section_106_other_act_not_stance", "regulation_19_not_eir",
                "s10_3_public_interest_extension_no_position",
                "s22_answer_promised_later", "s43_considered_not_applied",
                "attachment_is_released", "application_reference_not_letter_reference"],
         parts={1: {1: q(R), 2: q(R), 3: q(R), 4: q(U), 5: q(R, "s22"), 6: q(R)}}),
]


def run(cmd, **kw):
    print("  $", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE, **kw)


def lo_convert(src, target, outdir):
    # one conversion at a time, HTML imported as a Writer document
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", target,
         "--outdir", outdir, src])


def lo_pdf(src, out):
    lo_convert(src, "pdf", BUILD)
    shutil.move(os.path.join(BUILD, stem(src) + ".pdf"), out)


def lo_docx(src, out):
    lo_convert(src, 'docx:MS Word 2007 XML', BUILD)
    shutil.move(os.path.join(BUILD, stem(src) + ".docx"), out)


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src])


def gs_redistil(inpdf, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, inpdf])


def ocr_scan(inpdf, out):
    pages = os.path.join(BUILD, stem(out) + "-p%02d.png")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", pages, inpdf])
    pngs = sorted(p for p in os.listdir(BUILD)
                  if p.startswith(stem(out) + "-p") and p.endswith(".png"))
    lst = os.path.join(BUILD, stem(out) + ".list")
    with open(lst, "w") as f:
        f.write("\n".join(os.path.join(BUILD, p) for p in pngs) + "\n")
    base = os.path.join(BUILD, stem(out) + "-ocr")
    run(["tesseract", lst, base, "-l", "eng", "pdf"])
    shutil.move(base + ".pdf", out)


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def render(letter):
    src = os.path.join(SRC, letter["src"])
    out = os.path.join(HERE, letter["file"])
    how = letter["render"]
    print(letter["file"], "<-", how, file=sys.stderr)
    if how == "copy":
        shutil.copyfile(src, out)
    elif how == "lo_pdf":
        lo_pdf(src, out)
    elif how == "lo_docx":
        lo_docx(src, out)
    elif how == "chromium_pdf":
        chromium_pdf(src, out)
    elif how == "gs_from_lo":
        mid = os.path.join(BUILD, stem(out) + "-lo.pdf")
        lo_pdf(src, mid)
        gs_redistil(mid, out)
    elif how == "gs_from_chromium":
        mid = os.path.join(BUILD, stem(out) + "-chr.pdf")
        chromium_pdf(src, mid)
        gs_redistil(mid, out)
    elif how == "ocr_lo":
        mid = os.path.join(BUILD, stem(out) + "-lo.pdf")
        lo_pdf(src, mid)
        ocr_scan(mid, out)
    elif how == "ocr_chromium":
        mid = os.path.join(BUILD, stem(out) + "-chr.pdf")
        chromium_pdf(src, mid)
        ocr_scan(mid, out)
    else:
        raise ValueError(how)


def truth():
    expect, labels = {}, {}
    for L in LETTERS:
        qs = {}
        for part in sorted(L["parts"]):
            for n in sorted(L["parts"][part]):
                stance, ex = L["parts"][part][n]
                qs["P%d.Q%d" % (part, n)] = {"stance": stance, "exemptions": list(ex)}
        expect[L["file"]] = {"authority": L["authority"], "reference": L["reference"],
                             "date": L["date"], "questions": qs}
        labels[L["file"]] = {"received": L["received"], "regime": L["regime"],
                             "layout": L["layout"], "traps": list(L["traps"])}
    return {"letters": expect}, labels


def main():
    os.chdir(HERE)
    files = [L["file"] for L in LETTERS]
    assert len(files) == len(set(files)), "duplicate file names"
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["file"] not in only and L["src"] not in only:
            continue
        render(L)
    expect, labels = truth()
    with open(os.path.join(HERE, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    shutil.rmtree(BUILD)
    shutil.rmtree(os.path.join(HERE, ".lo_profile"), ignore_errors=True)
    counts = {}
    total = 0
    for L in expect["letters"].values():
        for qq in L["questions"].values():
            counts[qq["stance"]] = counts.get(qq["stance"], 0) + 1
            total += 1
    print("letters:", len(LETTERS), "questions:", total, counts, file=sys.stderr)


if __name__ == "__main__":
    main()
