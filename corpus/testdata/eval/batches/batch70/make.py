#!/usr/bin/env python3
"""Render batch 70 of fictional FOI/EIR/FOISA response letters and write
expect.json and labels_full.json from the truth held in LETTERS."""
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
    dict(file="harrowfield-constabulary-foi-0287-25.pdf",
         src="harrowfield-constabulary-foi-0287-25.html", render="chromium",
         authority="Harrowfield Constabulary", reference="FOI 0287/25",
         date="2025-03-04", received="2025-02-05", regime="foia",
         layout="decision_paragraph",
         traps=["decision_paragraph_names_questions_by_part", "parts_restart_numbering",
                "same_question_text_in_two_parts", "banner_repeated_every_page",
                "earlier_own_reference_quoted", "statute_quoted", "s17_refusal_notice_mention",
                "not_held_not_recorded_separately", "complaint_rights_boilerplate"],
         parts={1: [q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(NH),
                    q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
                    q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
                    q(PR, "s40(2)"), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(R), q(R)],
                2: [q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
                    q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
                    q(PR, "s40(2)")]}),
    dict(file="wexcombe-police-foi-21-004417.html",
         src="wexcombe-police-foi-21-004417.html", render="copy",
         authority="Wexcombe Police", reference="01.FOI.21.004417",
         date="2021-06-18", received="2021-05-20", regime="foia",
         layout="interleaved",
         traps=["html_site_navigation", "cookie_banner", "ncnd_police_multiple_subsections",
                "grouped_answer", "zero_is_released", "signposted_s21", "slash_dates"],
         parts={1: [q(N, "s23(5)", "s24(2)", "s31(3)"), q(N, "s23(5)", "s24(2)", "s31(3)"),
                    q(N, "s23(5)", "s24(2)", "s31(3)"), q(R, "s21"), q(R)]}),
    dict(file="ashgrove-mbc-ir-2022-0093.docx",
         src="ashgrove-mbc-ir-2022-0093.html", render="docx",
         authority="Ashgrove Metropolitan Borough Council", reference="IR/2022/0093",
         date="2022-09-27", received="2022-08-30", regime="foia",
         layout="internal_review",
         traps=["internal_review_outcome_is_stance", "original_reference_quoted",
                "ico_decision_reference_quoted", "changes_in_bold", "several_dates_with_roles",
                "partly_overturned"],
         parts={1: [q(R), q(R), q(W, "s43(2)"), q(PR, "s40(2)"), q(NH)]}),
    dict(file="lb-marlowe-fields-foi-3318724.pdf",
         src="lb-marlowe-fields-foi-3318724.html", render="soffice",
         authority="London Borough of Marlowe Fields", reference="FOI-3318724",
         date="2024-04-12", received="2024-03-14", regime="foia",
         layout="restate_then_answer",
         traps=["one_costly_question_refuses_whole_request", "cost_arithmetic",
                "s16_advice_not_a_stance", "other_regulations_named", "periods_in_questions"],
         parts={1: [q(RF, "s12(1)")] * 5}),
    dict(file="penmorfa-cc-foi-2020-0456.pdf",
         src="penmorfa-cc-foi-2020-0456.html", render="soffice+gs",
         authority="Penmorfa County Council", reference="FOI-2020-0456",
         date="2020-11-03", received="2020-10-06", regime="foia",
         layout="answers_inline_in_request",
         traps=["bilingual_letterhead", "answers_inline", "small_numbers_partial_s40",
                "signposted_s21", "ghostscript_redistilled"],
         parts={1: [q(R), q(R), q(R), q(PR, "s40(2)"), q(R, "s21"), q(W, "s43(2)")]}),
    dict(file="lough-carran-mourneside-foi-0215-23.pdf",
         src="lough-carran-mourneside-foi-0215-23.html", render="chromium",
         authority="Lough Carran and Mourneside District Council", reference="LCM-FOI-0215-23",
         date="2023-12-20", received="2023-11-23", regime="foia",
         layout="questions_in_prose",
         traps=["questions_in_prose", "grouped_answer_table", "not_applicable_after_earlier_answer",
                "yes_no_answer", "other_regulations_named", "ordinal_dates"],
         parts={1: [q(R), q(R), q(R), q(R), q(R), q(R)]}),
    dict(file="northmoor-chc-foi-2023-0619.docx",
         src="northmoor-chc-foi-2023-0619.html", render="docx",
         authority="Northmoor Community Healthcare NHS Trust", reference="NCHT-FOI-2023-0619",
         date="2023-08-17", received="2023-07-20", regime="foia",
         layout="table_two_column",
         traps=["word_table", "round_robin_contact_centre", "not_applicable_after_earlier_answer",
                "partial_job_title_given_name_withheld"],
         parts={1: [q(R), q(W, "s43(2)"), q(R), q(R), q(R), q(R), q(PR, "s40(2)")]}),
    dict(file="severnvale-icb-foi-24-882.pdf",
         src="severnvale-icb-foi-24-882.html", render="chromium",
         authority="NHS Severnvale Integrated Care Board", reference="SVICB FOI 24/882",
         date="2024-07-09", received="2024-06-11", regime="foia",
         layout="table_three_column",
         traps=["three_column_table_exemption_column", "na_in_exemption_column", "signposted_s21",
                "future_publication_s22", "not_held_signposted_to_providers", "official_marking",
                "slash_dates"],
         parts={1: [q(R), q(NH), q(NH), q(R), q(W, "s43(2)"), q(R, "s21"), q(R, "s22")]}),
    dict(file="carrow-fenland-frs-foi-16-088.pdf",
         src="carrow-fenland-frs-foi-16-088.html", render="ocr",
         authority="Carrow and Fenland Fire and Rescue Service", reference="CFFRS/FOI/16/088",
         date="2016-09-07", received="2016-08-10", regime="foia",
         layout="restate_then_numbered_answers",
         traps=["ocr_scan", "s12_2_neither_confirm_nor_deny_is_refused", "none_is_released",
                "answer_in_attached_spreadsheet"],
         parts={1: [q(R), q(R), q(R), q(RF, "s12(2)"), q(R)]}),
    dict(file="south-marches-ambulance-foi-smas-1043.html",
         src="south-marches-ambulance-foi-smas-1043.html", render="copy",
         authority="South Marches Ambulance Service NHS Foundation Trust", reference="FOI/SMAS/1043",
         date="2022-11-21", received="2022-10-24", regime="foia",
         layout="you_asked_our_response",
         traps=["html_site_navigation", "cookie_banner", "other_references_in_sidebar",
                "s36_run_of_subsections", "answer_in_attached_spreadsheet"],
         parts={1: [q(R), q(R), q(W, "s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)"),
                    q(W, "s40(2)"), q(R)]}),
    dict(file="kelsworth-university-foi-21-217.pdf",
         src="kelsworth-university-foi-21-217.html", render="soffice",
         authority="University of Kelsworth", reference="UoK/FOI/21/217",
         date="2021-05-05", received="2021-04-07", regime="foia",
         layout="answers_out_of_order",
         traps=["answers_out_of_order", "grouped_headings", "none_is_released",
                "names_released_values_withheld", "s38_with_s40", "signposted_s21"],
         parts={1: [q(R, "s21"), q(W, "s38(1)(a)", "s38(1)(b)", "s40(2)"), q(R),
                    q(PR, "s43(2)"), q(NH), q(R)]}),
    dict(file="meridian-learning-trust-foi-2023-14.txt",
         src="meridian-learning-trust-foi-2023-14.txt", render="copy",
         authority="Meridian Learning Trust", reference="MLT FOI 2023-14",
         date="2023-02-14", received="2023-01-17", regime="foia",
         layout="restate_then_answer",
         traps=["vexatious_whole_request", "earlier_requests_quoted", "ico_decision_reference_quoted",
                "s17_notice_mention", "other_acts_named", "requested_weekday_date"],
         parts={1: [q(RF, "s14(1)")] * 4}),
    dict(file="dept-rural-connectivity-foi2018-04417.pdf",
         src="dept-rural-connectivity-foi2018-04417.html", render="chromium+gs",
         authority="Department for Rural Connectivity", reference="FOI2018/04417",
         date="2018-10-02", received="2018-09-04", regime="foia",
         layout="restate_then_numbered_answers",
         traps=["annex_quotes_unapplied_exemptions", "exemption_considered_not_applied",
                "redacted_document_partial", "table_in_answer", "ghostscript_redistilled"],
         parts={1: [q(R), q(R), q(W, "s35(1)(a)"), q(W, "s31(1)(a)"), q(R), q(PR, "s31(1)(a)")]}),
    dict(file="hnra-foi-0093.html",
         src="hnra-foi-0093.html", render="copy",
         authority="Heat Networks Regulatory Authority", reference="HNRA-FOI-0093",
         date="2025-06-11", received="2025-05-14", regime="foia",
         layout="restate_then_numbered_answers",
         traps=["html_site_navigation", "cookie_banner", "statutory_bar_s44", "other_act_named",
                "exemption_contrasted_not_applied", "related_references_in_page",
                "publication_date_differs_from_letter_date"],
         parts={1: [q(R), q(W, "s44(1)(a)"), q(W, "s41(1)", "s44(1)(a)"), q(R, "s21"), q(R)]}),
    dict(file="larchfield-homes-foi-114-25.txt",
         src="larchfield-homes-foi-114-25.txt", render="copy",
         authority="Larchfield Homes Limited", reference="114- 25",
         date="2025-02-06", received="2025-01-09", regime="foia",
         layout="grouped_answers",
         traps=["grouped_answer", "stray_space_reference", "dash_date_format",
                "word_hyphenated_across_lines", "section_mention_not_stance"],
         parts={1: [q(R), q(R), q(NH), q(R), q(W, "s43(2)"), q(W, "s43(2)")]}),
    dict(file="westmarch-cc-eir-0932.pdf",
         src="westmarch-cc-eir-0932.html", render="soffice",
         authority="Westmarch County Council", reference="WCC/EIR/0932",
         date="2018-06-22", received="2018-05-25", regime="eir",
         layout="interleaved",
         traps=["eir_exceptions", "reg6_1_b_signpost", "reg12_2_quoted_not_applied",
                "other_act_named", "answer_attached", "ordinal_dates"],
         parts={1: [q(R), q(R, "reg6(1)(b)"), q(R), q(W, "reg12(5)(e)"), q(W, "reg13(1)"),
                    q(NH, "reg12(4)(a)")]}),
    dict(file="beckmere-council-eir-0457-21.pdf",
         src="beckmere-council-eir-0457-21.html", render="chromium",
         authority="Beckmere Council", reference="EIR-0457-21",
         date="2021-10-15", received="2021-09-17", regime="eir",
         layout="restate_then_numbered_answers",
         traps=["page_break_mid_answer", "page_numbers", "partial_withholding_in_prose",
                "eir_manifestly_unreasonable", "reg12_quoted_not_applied"],
         parts={1: [q(R), q(R), q(PR, "reg12(5)(e)"), q(W, "reg12(5)(e)"), q(RF, "reg12(4)(b)"),
                    q(R)]}),
    dict(file="tollbridge-dc-eir-17-0211.docx",
         src="tollbridge-dc-eir-17-0211.html", render="docx",
         authority="Tollbridge District Council", reference="EIR/17/0211",
         date="2017-08-01", received="2017-07-04", regime="eir",
         layout="restate_then_numbered_answers",
         traps=["word_automatic_numbering", "nil_is_released", "eir_course_of_justice",
                "eir_not_held_reg12_4_a"],
         parts={1: [q(R), q(R), q(W, "reg12(5)(b)"), q(W, "reg13(1)"), q(NH, "reg12(4)(a)")]}),
    dict(file="nspha-eir-2017-044.pdf",
         src="nspha-eir-2017-044.html", render="ocr",
         authority="National Seed and Plant Health Agency", reference="NSPHA/EIR/2017/044",
         date="2017-12-13", received="2017-11-15", regime="eir",
         layout="interleaved_q_a",
         traps=["ocr_scan", "eir_manifestly_unreasonable", "reg6_1_b_signpost",
                "two_exceptions_one_answer", "slash_dates"],
         parts={1: [q(R), q(R), q(W, "reg12(5)(e)", "reg13(1)"), q(RF, "reg12(4)(b)"),
                    q(R, "reg6(1)(b)")]}),
    dict(file="west-pennine-pte-eir-24-118.md",
         src="west-pennine-pte-eir-24-118.md", render="copy",
         authority="West Pennine Passenger Transport Executive", reference="WPPTE EIR 24/118",
         date="2024-03-20", received="2024-02-21", regime="eir",
         layout="parts_interleaved",
         traps=["parts_restart_numbering", "mixed_eir_and_foia", "us_date_format",
                "future_publication_s22", "zero_in_table", "answer_attached"],
         parts={1: [q(R), q(R), q(R)],
                2: [q(R), q(PR, "s43(2)"), q(R, "s22")]}),
    dict(file="glenrannoch-council-foi-19-0317.txt",
         src="glenrannoch-council-foi-19-0317.txt", render="copy",
         authority="Glenrannoch Council", reference="FOI/19/0317",
         date="2019-03-28", received="2019-02-27", regime="foisa",
         layout="interleaved",
         traps=["foisa_s17_called_an_exemption", "foisa_s25_signpost", "s16_notice_mention",
                "review_rights_sections_named", "word_hyphenated_across_lines"],
         parts={1: [q(R), q(R), q(R), q(NH, "foisa:s17(1)"), q(R, "foisa:s25(1)"),
                    q(W, "foisa:s38(1)(b)")]}),
    dict(file="ardencraig-npa-eir-2020-031.pdf",
         src="ardencraig-npa-eir-2020-031.html", render="soffice",
         authority="Ardencraig National Park Authority", reference="ANPA/EIR/2020/031",
         date="2020-08-14", received="2020-07-16", regime="foisa",
         layout="answers_keyed_out_of_order",
         traps=["mixed_eisr_and_foisa", "answers_out_of_order", "other_acts_named",
                "gaelic_letterhead", "periods_in_questions"],
         parts={1: [q(R), q(R), q(R), q(W, "foisa:s38(1)(b)"), q(R)]}),
    dict(file="nhs-strathallan-foi-2024-0716.html",
         src="nhs-strathallan-foi-2024-0716.html", render="copy",
         authority="NHS Strathallan", reference="FOI/2024/0716",
         date="2024-09-12", received="2024-08-15", regime="foisa",
         layout="restate_then_answer_interleaved",
         traps=["html_site_navigation", "cookie_banner", "foisa_s18_with_s35",
                "foisa_cost_600", "foisa_s27_future_publication", "names_released_values_withheld",
                "abbreviated_month_dates", "publication_date_differs_from_letter_date"],
         parts={1: [q(R), q(R), q(PR, "foisa:s33(1)(b)"),
                    q(N, "foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"),
                    q(RF, "foisa:s12(1)"), q(R, "foisa:s27(1)")]}),
    dict(file="inverallan-college-foi-009-26.md",
         src="inverallan-college-foi-009-26.md", render="copy",
         authority="Inverallan College", reference="FOI 009/26",
         date="2026-01-26", received="2026-01-05", regime="foisa",
         layout="q_a_pairs",
         traps=["question_passed_elsewhere_unknown", "foisa_s36_legal_advice",
                "foisa_s25_signpost", "review_rights_sections_named"],
         parts={1: [q(R), q(R), q(R), q(W, "foisa:s36(1)"), q(R, "foisa:s25(1)"), q(U)]}),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (" ".join(cmd), r.stdout, r.stderr))
        raise SystemExit(1)
    return r


def chromium(src_html, out_pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + out_pdf, "file://" + src_html])


def soffice(src_html, fmt, outdir):
    # one conversion at a time, own profile
    cmd = ["soffice", "-env:UserInstallation=" + PROFILE, "--headless",
           "--infilter=HTML (StarWriter)"]
    if fmt == "pdf":
        cmd += ["--convert-to", "pdf:writer_pdf_Export"]
    else:
        cmd += ["--convert-to", "docx:MS Word 2007 XML"]
    cmd += ["--outdir", outdir, src_html]
    run(cmd)
    base = os.path.splitext(os.path.basename(src_html))[0]
    out = os.path.join(outdir, base + (".pdf" if fmt == "pdf" else ".docx"))
    if not os.path.exists(out):
        raise SystemExit("soffice produced nothing for " + src_html)
    return out


def gs_redistil(in_pdf, out_pdf):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out_pdf, in_pdf])


def ocr(in_pdf, out_pdf, work):
    pages = os.path.join(work, "page-%02d.png")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150", "-o", pages, in_pdf])
    pngs = sorted(os.path.join(work, f) for f in os.listdir(work) if f.startswith("page-"))
    lst = os.path.join(work, "list.txt")
    with open(lst, "w") as fh:
        fh.write("\n".join(pngs) + "\n")
    outbase = os.path.splitext(out_pdf)[0]
    run(["tesseract", lst, outbase, "-l", "eng", "pdf"])


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(HERE, L["file"])
    how = L["render"]
    work = os.path.join(BUILD, os.path.splitext(L["file"])[0])
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    if how == "copy":
        shutil.copyfile(src, out)
    elif how == "chromium":
        chromium(src, out)
    elif how == "soffice":
        shutil.copyfile(soffice(src, "pdf", work), out)
    elif how == "docx":
        shutil.copyfile(soffice(src, "docx", work), out)
    elif how == "soffice+gs":
        gs_redistil(soffice(src, "pdf", work), out)
    elif how == "chromium+gs":
        tmp = os.path.join(work, "chromium.pdf")
        chromium(src, tmp)
        gs_redistil(tmp, out)
    elif how == "ocr":
        clean = soffice(src, "pdf", work)
        ocr(clean, out, work)
    else:
        raise ValueError(how)
    return out


def truth():
    expect, full = {"letters": {}}, {}
    for L in LETTERS:
        qs = {}
        for part, items in L["parts"].items():
            for n, (stance, ex) in enumerate(items, 1):
                qs["P%d.Q%d" % (part, n)] = {"stance": stance, "exemptions": list(ex)}
        expect["letters"][L["file"]] = {"authority": L["authority"], "reference": L["reference"],
                                        "date": L["date"], "questions": qs}
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    return expect, full


def main():
    only = set(sys.argv[1:])
    os.makedirs(BUILD, exist_ok=True)
    for L in LETTERS:
        if only and L["file"] not in only:
            continue
        out = render(L)
        print("rendered", os.path.basename(out), "via", L["render"])
    expect, full = truth()
    with open(os.path.join(HERE, "expect.json"), "w") as fh:
        json.dump(expect, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w") as fh:
        json.dump(full, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("letters:", len(LETTERS),
          "questions:", sum(len(v["questions"]) for v in expect["letters"].values()))


if __name__ == "__main__":
    main()
