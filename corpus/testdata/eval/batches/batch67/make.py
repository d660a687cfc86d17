#!/usr/bin/env python3
"""Render batch 67 of fictional FOI/EIR/FOISA response letters and write
expect.json and labels_full.json from the LETTERS truth below."""
import json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

R, PR, W, N, NH, RF = ("released", "partially_released", "withheld", "ncnd",
                       "not_held", "refused")

def q(stance, *ex):
    return (stance, sorted(ex))

LETTERS = [
 dict(file="northmere-constabulary-foi-000871-24.pdf", src="northmere-constabulary-foi-000871-24.html", render="lo_pdf",
      authority="Northmere Constabulary", reference="FOI 000871/24", date="2024-10-08", received="2024-09-10",
      regime="foia", layout="decision_paragraph_by_number_and_part",
      traps=["parts_numbering_restarts", "same_question_two_parts", "banner_repeated_each_page", "joint_team_two_forces",
             "previous_disclosure_reference_quoted", "statutory_text_quoted_s23_mentioned", "not_held_not_recorded_separately",
             "complaint_rights_s50_mention", "period_dates_in_question"],
      parts={1: [q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(NH), q(R), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
                 q(PR, "s40(2)"), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)")],
             2: [q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(R), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(R),
                 q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)")]}),
 dict(file="hollinsworth-dc-foi-2019-0412.txt", src="hollinsworth-dc-foi-2019-0412.txt", render="copy",
      authority="Hollinsworth District Council", reference="FOI/2019/0412", date="2019-05-17", received="2019-04-19",
      regime="foia", layout="interleaved_request_response",
      traps=["zero_released", "not_applicable_after_earlier_answer", "signpost_s21", "answer_elsewhere_attachment",
             "hyphenation_across_lines", "period_dates_in_question", "we_do_not_collate_not_held", "your_ref_line"],
      parts={1: [q(R), q(R), q(R), q(R), q(PR, "s40(2)"), q(R, "s21"), q(NH)]}),
 dict(file="trentshire-cc-eir-cas-61234.docx", src="trentshire-cc-eir-cas-61234.html", render="lo_docx",
      authority="Trentshire County Council", reference="CAS-61234-Q7T2L9", date="2021-07-22", received="2021-06-24",
      regime="eir", layout="two_column_table",
      traps=["eir_not_foia_s39_mentioned", "eir_not_held_reg12_4_a", "signpost_reg6_1_b", "slash_dates",
             "period_dates_in_question"],
      parts={1: [q(R), q(R), q(PR, "reg12(5)(e)"), q(W, "reg13(1)"), q(R, "reg6(1)(b)"), q(NH, "reg12(4)(a)")]}),
 dict(file="kingsmere-uh-foi-f-01877.pdf", src="kingsmere-uh-foi-f-01877.html", render="chromium_pdf",
      authority="Kingsmere University Hospitals NHS Foundation Trust", reference="F-01877", date="2023-03-14", received="2023-02-13",
      regime="foia", layout="you_asked_our_response",
      traps=["banner_repeated_each_page", "single_question_cost_refusal_with_arithmetic", "signpost_s21",
             "us_style_date", "period_dates_in_question", "two_exemptions_one_question"],
      parts={1: [q(R), q(PR, "s43(2)"), q(W, "s40(2)", "s43(2)"), q(R), q(RF, "s12(1)"), q(R, "s21")]}),
 dict(file="south-wessex-icb-foi241508.md", src="south-wessex-icb-foi241508.md", render="copy",
      authority="NHS South Wessex Integrated Care Board", reference="FOI241508", date="2025-01-09", received="2024-12-05",
      regime="foia", layout="restated_request_then_numbered_answers",
      traps=["earlier_request_reference_quoted", "future_publication_s22", "signpost_s21", "abbreviated_month_date",
             "period_dates_in_question", "markdown_blockquote_request"],
      parts={1: [q(R), q(R), q(PR, "s43(2)"), q(R), q(R, "s22(1)"), q(R, "s21")]}),
 dict(file="wealdmoor-frs-foi-22-118.pdf", src="wealdmoor-frs-foi-22-118.html", render="chromium_pdf",
      authority="Wealdmoor Fire and Rescue Service", reference="WFRS/FOI/22/118", date="2022-09-02", received="2022-08-05",
      regime="foia", layout="three_column_table",
      traps=["nil_released", "detail_not_recorded_still_released", "dashed_dates", "table_cells_wrap",
             "period_dates_in_question"],
      parts={1: [q(R), q(R), q(W, "s38(1)(b)"), q(R), q(R), q(R)]}),
 dict(file="east-marches-ambulance-ir-2020-044.html", src="east-marches-ambulance-ir-2020-044.html", render="copy",
      authority="East Marches Ambulance Service NHS Trust", reference="IR-2020-044", date="2020-11-19", received="2020-10-22",
      regime="foia", layout="internal_review",
      traps=["review_outcome_overrides_original_s12", "original_reference_quoted", "changes_in_bold",
             "html_site_navigation_cookie_banner", "published_date_differs_from_letter_date", "several_dates_with_roles",
             "complaint_rights_s50_mention"],
      parts={1: [q(R), q(R), q(NH), q(R), q(PR, "s40(2)", "s41(1)")]}),
 dict(file="calderbridge-univ-foi-18-093.html", src="calderbridge-univ-foi-18-093.html", render="copy",
      authority="University of Calderbridge", reference="UoC FOI 18/093", date="2018-06-26", received="2018-05-29",
      regime="foia", layout="grouped_answers",
      traps=["grouped_answers", "question_n_and_any_other_information", "statutory_text_quoted",
             "html_site_navigation_cookie_banner", "answer_elsewhere_attachment"],
      parts={1: [q(R), q(R), q(W, "s43(2)"), q(W, "s43(2)"), q(R), q(R), q(W, "s36(2)(c)", "s40(2)")]}),
 dict(file="glenmorven-college-foisa-2017-031.txt", src="glenmorven-college-foisa-2017-031.txt", render="copy",
      authority="Glenmorven College", reference="GC-FOI-2017-031", date="2017-11-03", received="2017-10-06",
      regime="foisa", layout="questions_in_prose",
      traps=["questions_in_prose_unnumbered", "answers_in_prose_under_topic_headings", "nil_released",
             "foisa_s17_called_exemption", "signpost_foisa_s25", "hyphenation_across_lines", "period_dates_in_question"],
      parts={1: [q(R), q(R), q(R), q(PR, "foisa:s38(1)(b)"), q(R, "foisa:s25(1)"), q(NH, "foisa:s17(1)")]}),
 dict(file="harrowden-valley-at-foi-23-019.pdf", src="harrowden-valley-at-foi-23-019.html", render="gs_lo",
      authority="Harrowden Valley Academy Trust", reference="HVAT-FOI-23-019", date="2023-06-30", received="2023-06-01",
      regime="foia", layout="restated_request_then_whole_refusal",
      traps=["one_costly_question_refuses_whole_request", "cost_arithmetic", "s17_5_and_s16_mentioned_not_applied",
             "period_dates_in_question", "company_number_in_letterhead"],
      parts={1: [q(RF, "s12(1)")] * 5}),
 dict(file="dri-foi2022-14763.pdf", src="dri-foi2022-14763.html", render="lo_pdf",
      authority="Department for Rural Infrastructure", reference="FOI2022/14763", date="2022-02-11", received="2022-01-12",
      regime="foia", layout="restated_request_then_keyed_answers",
      traps=["s12_2_neither_confirm_nor_deny_is_refused", "s12_1_and_s12_2_explained_by_contrast",
             "central_government_600_24_hours", "signpost_s21", "period_dates_in_question"],
      parts={1: [q(R), q(PR, "s31(1)(a)"), q(RF, "s12(2)"), q(W, "s35(1)(a)"), q(R, "s21"), q(R)]}),
 dict(file="nfia-foi-19-0552.pdf", src="nfia-foi-19-0552.html", render="ocr_lo",
      authority="National Freight Inspection Agency", reference="NFIA/FOI/19/0552", date="2019-08-15", received="2019-07-18",
      regime="foia", layout="interleaved_q_a",
      traps=["ocr_scan", "ncnd_s30_3", "ncnd_s24_2_s31_3", "should_not_be_taken_as_indication",
             "your_ref_date_before_own_ref", "ordinal_dates"],
      parts={1: [q(R), q(R), q(N, "s30(3)"), q(N, "s24(2)", "s31(3)"), q(W, "s31(1)(a)")]}),
 dict(file="highmoor-npa-eir-24-061.html", src="highmoor-npa-eir-24-061.html", render="copy",
      authority="Highmoor National Park Authority", reference="EIR 24/061", date="2024-04-23", received="2024-03-26",
      regime="eir", layout="interleaved_numbered_question_response",
      traps=["html_site_navigation_cookie_banner", "reg12_2_presumption_mentioned_not_applied",
             "planning_application_references_quoted", "signpost_reg6_1_b"],
      parts={1: [q(R), q(R), q(W, "reg12(5)(b)"), q(W, "reg13(1)"), q(R, "reg6(1)(b)")]}),
 dict(file="oiwq-eir-2026-0014.docx", src="oiwq-eir-2026-0014.html", render="lo_docx",
      authority="Office of Inland Water Quality", reference="OIWQ-EIR-2026-0014", date="2026-02-05", received="2026-01-08",
      regime="eir", layout="restated_list_then_request_response_headings",
      traps=["lettered_sub_items_belong_to_question", "eir_ncnd_reg12_6_with_reg12_5_b",
             "manifestly_unreasonable_reg12_4_b", "signpost_reg6_1_b", "redacted_documents_attached"],
      parts={1: [q(R), q(R), q(PR, "reg12(5)(b)"), q(N, "reg12(5)(b)", "reg12(6)"), q(R, "reg6(1)(b)"),
                 q(RF, "reg12(4)(b)")]}),
 dict(file="wrte-foir-521864377.pdf", src="wrte-foir-521864377.html", render="lo_pdf",
      authority="Wessex Regional Transport Executive", reference="FOIR-521864377", date="2021-12-01", received="2021-11-02",
      regime="foia", layout="answers_out_of_order",
      traps=["answers_out_of_order", "s36_run_of_subsections", "period_dates_in_question"],
      parts={1: [q(R), q(PR, "s43(2)"), q(NH), q(R), q(W, "s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)"), q(R)]}),
 dict(file="kelbrook-homes-foi-0629.txt", src="kelbrook-homes-foi-0629.txt", render="copy",
      authority="Kelbrook Homes Limited", reference="KH-FOI-0629", date="2024-01-18", received="2023-12-19",
      regime="foia", layout="answers_inline_in_request",
      traps=["answers_inline_in_capitals", "requester_reference_quoted", "parent_council_named",
             "answer_elsewhere_attachment", "hyphenation_across_lines", "slash_dates"],
      parts={1: [q(R), q(R), q(R), q(W, "s42(1)"), q(W, "s40(2)"), q(R)]}),
 dict(file="castlebridge-mbc-foi-25-04418.pdf", src="castlebridge-mbc-foi-25-04418.html", render="chromium_pdf",
      authority="Castlebridge Metropolitan Borough Council", reference="CMBC/FOI/25/04418", date="2025-06-12", received="2025-05-14",
      regime="foia", layout="restated_request_then_q_keyed_answers",
      traps=["not_held_for_some_teams_then_cost_refusal", "page_break_mid_answer", "official_marking_and_banner_each_page",
             "zero_released", "period_dates_in_question"],
      parts={1: [q(R), q(R), q(PR, "s43(2)"), q(RF, "s12(1)"), q(R), q(R)]}),
 dict(file="merrowfield-lb-eir-2020-02214.pdf", src="merrowfield-lb-eir-2020-02214.html", render="ocr_chromium",
      authority="London Borough of Merrowfield", reference="EIR/2020/02214", date="2020-02-27", received="2020-01-29",
      regime="eir", layout="you_asked_our_response",
      traps=["ocr_scan", "eir_ncnd_reg12_6_with_reg12_5_b", "eir_not_held_reg12_4_a", "signpost_reg6_1_b"],
      parts={1: [q(R), q(N, "reg12(5)(b)", "reg12(6)"), q(R, "reg6(1)(b)"), q(W, "reg13(1)"), q(R),
                 q(NH, "reg12(4)(a)")]}),
 dict(file="cwm-aeron-cbc-foi-291-16.pdf", src="cwm-aeron-cbc-foi-291-16.html", render="gs_chromium",
      authority="Cwm Aeron County Borough Council", reference="FOI 291/16", date="2016-09-14", received="2016-08-17",
      regime="foia", layout="interleaved_question_answer",
      traps=["bilingual_welsh_english_letterhead", "welsh_name_of_authority", "slash_dates", "period_dates_in_question"],
      parts={1: [q(R), q(R), q(PR, "s43(2)"), q(R), q(W, "s40(2)"), q(NH)]}),
 dict(file="garvock-council-foisa-cas-22-01173.md", src="garvock-council-foisa-cas-22-01173.md", render="copy",
      authority="Garvock Council", reference="CAS-22-01173-J6R", date="2022-11-30", received="2022-11-02",
      regime="foisa", layout="interleaved_request_response",
      traps=["zero_released", "signpost_foisa_s25", "repeated_request_foisa_s14_2", "earlier_request_reference_quoted",
             "s47_appeal_mention"],
      parts={1: [q(R), q(R), q(R, "foisa:s25(1)"), q(W, "foisa:s38(1)(b)"), q(PR, "foisa:s33(1)(b)"),
                 q(RF, "foisa:s14(2)")]}),
 dict(file="drumlough-bann-bc-foi-2019-117.docx", src="drumlough-bann-bc-foi-2019-117.html", render="lo_docx",
      authority="Drumlough and Bann Borough Council", reference="DBBC/FOI/2019/117", date="2019-03-08", received="2019-02-07",
      regime="foia", layout="restated_numbered_list_then_answers",
      traps=["grouped_answers", "word_automatic_list_numbering", "answer_elsewhere_attachment",
             "s38_1_a_and_b_written_together", "ordinal_dates", "northern_ireland"],
      parts={1: [q(R), q(W, "s38(1)(a)", "s38(1)(b)"), q(W, "s38(1)(a)", "s38(1)(b)"), q(R), q(PR, "s43(2)"), q(NH)]}),
 dict(file="nhs-lorne-islands-foisa-ir-24-0198.pdf", src="nhs-lorne-islands-foisa-ir-24-0198.html", render="lo_pdf",
      authority="NHS Lorne and Islands", reference="FOI/IR/24/0198", date="2024-08-29", received="2024-08-01",
      regime="foisa", layout="internal_review",
      traps=["review_outcome_overrides_original", "original_exemptions_mentioned_superseded", "original_reference_quoted",
             "several_dates_with_roles", "foisa_s17_notice_upheld", "grouped_answers", "period_dates_in_question"],
      parts={1: [q(R), q(R), q(W, "foisa:s33(1)(b)"), q(PR, "foisa:s30(c)"), q(NH, "foisa:s17(1)")]}),
 dict(file="sscaa-foisa-23-0412.pdf", src="sscaa-foisa-23-0412.html", render="lo_pdf",
      authority="Scottish Social Care Assurance Agency", reference="SSCAA/FOI/23/0412", date="2023-10-12", received="2023-09-14",
      regime="foisa", layout="you_asked_our_response",
      traps=["foisa_ncnd_s18_with_s35", "signpost_foisa_s25", "redacted_document_enclosed", "period_dates_in_question"],
      parts={1: [q(R, "foisa:s25(1)"), q(R), q(N, "foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"),
                 q(W, "foisa:s38(1)(b)"), q(R), q(PR, "foisa:s35(1)(g)")]}),
 dict(file="bramwell-stour-eir-1187-25.html", src="bramwell-stour-eir-1187-25.html", render="copy",
      authority="Bramwell and Stour Council", reference="1187- 25", date="2025-10-07", received="2025-09-09",
      regime="eir", layout="two_column_table_unnumbered_rows",
      traps=["reference_with_stray_space", "html_site_navigation_cookie_banner", "unnumbered_table_rows",
             "eir_not_held_reg12_4_a", "abbreviated_month_date", "period_dates_in_question"],
      parts={1: [q(R), q(PR, "reg12(5)(e)"), q(R), q(R), q(W, "reg13(1)"), q(NH, "reg12(4)(a)")]}),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.exit("command failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout, r.stderr))
    return r


def soffice(src, fmt, outdir):
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", fmt, "--outdir", outdir, src])


def lo_pdf(src, out, tmp):
    soffice(src, "pdf:writer_pdf_Export", tmp)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + ".pdf"), out)


def lo_docx(src, out, tmp):
    soffice(src, "docx:MS Word 2007 XML", tmp)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + ".docx"), out)


def chromium_pdf(src, out, tmp):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + out, "file://" + src], timeout=180)


def gs_redistil(pdf_in, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, pdf_in])


def ocr_scan(pdf_in, out, tmp):
    pages = os.path.join(tmp, "page")
    os.makedirs(pages, exist_ok=True)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(pages, "p%03d.png"), pdf_in])
    pngs = sorted(os.path.join(pages, f) for f in os.listdir(pages) if f.endswith(".png"))
    lst = os.path.join(tmp, "pages.txt")
    with open(lst, "w") as fh:
        fh.write("\n".join(pngs) + "\n")
    base = os.path.join(tmp, "ocr")
    run(["tesseract", lst, base, "-l", "eng", "pdf"])
    shutil.move(base + ".pdf", out)


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(HERE, L["file"])
    how = L["render"]
    with tempfile.TemporaryDirectory() as tmp:
        if how == "copy":
            shutil.copyfile(src, out)
        elif how == "lo_pdf":
            lo_pdf(src, out, tmp)
        elif how == "lo_docx":
            lo_docx(src, out, tmp)
        elif how == "chromium_pdf":
            chromium_pdf(src, out, tmp)
        elif how in ("gs_lo", "gs_chromium", "ocr_lo", "ocr_chromium"):
            base = os.path.join(tmp, "base.pdf")
            (lo_pdf if how.endswith("_lo") else chromium_pdf)(src, base, tmp)
            if how.startswith("gs_"):
                gs_redistil(base, out)
            else:
                ocr_scan(base, out, tmp)
        else:
            sys.exit("unknown render " + how)


def truth():
    expect, labels = {"letters": {}}, {}
    for L in LETTERS:
        qs = {}
        for part, items in sorted(L["parts"].items()):
            for n, (stance, ex) in enumerate(items, 1):
                qs["P%d.Q%d" % (part, n)] = {"stance": stance, "exemptions": sorted(ex)}
        expect["letters"][L["file"]] = {"authority": L["authority"], "reference": L["reference"],
                                        "date": L["date"], "questions": qs}
        labels[L["file"]] = {"received": L["received"], "regime": L["regime"], "layout": L["layout"],
                             "traps": list(L["traps"])}
    return expect, labels


def main():
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["file"] not in only:
            continue
        print("rendering", L["file"], "(%s)" % L["render"], flush=True)
        render(L)
    expect, labels = truth()
    with open(os.path.join(HERE, "expect.json"), "w") as fh:
        json.dump(expect, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


if __name__ == "__main__":
    main()
