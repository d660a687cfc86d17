#!/usr/bin/env python3
"""Render batch 71 of fictional FOI/EIR/FOISA response letters and write the truth files."""
import json, os, shutil, subprocess, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(HERE, ".build")
LO_PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

R, PR, W, N, NH, RF, U = ("released", "partially_released", "withheld", "ncnd",
                          "not_held", "refused", "unknown")

def q(stance, *ex):
    return (stance, list(ex))

S31 = ("s31(1)(a)", "s31(1)(b)")

LETTERS = [
    dict(file="dunmere-constabulary-foi-0877-25.pdf", src="dunmere-2025.html", render="lo_pdf",
         authority="Dunmere Constabulary", reference="FOI 0877/25", date="2025-03-14", received="2025-02-17",
         regime="foia", layout="decision_paragraph",
         traps=["parts_same_question_text", "banner_every_page", "page_break_mid_answer",
                "section_17_refusal_notice_mention", "s31_1_c_contrast_mention", "earlier_reference_quoted",
                "previously_disclosed_note"],
         parts=[[q(W, "s24(1)", *S31), q(NH), q(W, *S31), q(W, *S31), q(W, *S31), q(W, "s24(1)", *S31),
                 q(PR, "s40(2)"), q(W, *S31), q(R)],
                [q(W, "s24(1)", *S31), q(R), q(W, *S31), q(W, *S31), q(W, "s24(1)", *S31), q(PR, "s40(2)")]]),
    dict(file="eastbrook-hospitals-foi-eht-23-1187.pdf", src="eastbrook-2023.html", render="lo_gs",
         authority="Eastbrook Hospitals NHS Foundation Trust", reference="EHT-FOI-23-1187", date="2023-10-06",
         received="2023-09-11", regime="foia", layout="table_3col",
         traps=["round_robin_contracts", "zero_is_released", "s43_1_contrast_mention", "slash_dates",
                "ghostscript_redistil"],
         parts=[[q(R), q(W, "s43(2)"), q(R), q(R), q(R), q(R), q(PR, "s40(2)"), q(R)]]),
    dict(file="kestrel-vale-council-foi-20-5531.pdf", src="kestrel-vale-2020.html", render="chromium",
         authority="Kestrel Vale Council", reference="KVC/FOI/20/5531", date="2020-02-20", received="2020-01-24",
         regime="foia", layout="table_2col_unnumbered",
         traps=["us_style_dates", "zero_is_released", "not_applicable_after_no", "s21_signpost",
                "row_split_over_pages", "requester_reference_quoted"],
         parts=[[q(R), q(R), q(R), q(PR, "s40(2)"), q(R), q(R), q(R, "s21"), q(NH)]]),
    dict(file="strathlorne-council-foi-18-0342.pdf", src="strathlorne-2018.html", render="chromium",
         authority="Strathlorne Council", reference="FOI/18/0342", date="2018-08-09", received="2018-07-12",
         regime="foisa", layout="interleaved_request_response",
         traps=["s17_notice_called_exemption", "s25_signpost", "s27_future_publication",
                "s33_contrast_mention", "review_rights_sections_mentioned", "date_format_dd_mon_yyyy"],
         parts=[[q(R), q(R, "foisa:s25(1)"), q(PR, "foisa:s38(1)(b)"), q(R, "foisa:s27(1)"),
                 q(NH, "foisa:s17(1)"), q(W, "foisa:s36(1)")]]),
    dict(file="dri-foi2021-04418.pdf", src="dri-2021.html", render="chromium_gs",
         authority="Department for Rural Infrastructure", reference="FOI2021/04418", date="2021-06-03",
         received="2021-05-06", regime="foia", layout="restated_then_numbered_answers",
         traps=["official_marking", "answer_in_annex_attachment", "s36_contrast_mention", "s22_future_publication",
                "central_government_cost_limit_single_question", "periods_in_questions", "ghostscript_redistil"],
         parts=[[q(R), q(R), q(W, "s35(1)(a)"), q(PR, "s40(2)"), q(R, "s22(1)"), q(RF, "s12(1)")]]),
    dict(file="rothway-frs-foi-0213-scan.pdf", src="rothway-2016.html", render="lo_ocr",
         authority="Rothway Fire and Rescue Service", reference="RFRS-FOI-0213", date="2016-12-01",
         received="2016-11-03", regime="foia", layout="interleaved_q_a",
         traps=["ocr_scan", "nil_is_released", "dash_dates", "not_recorded_separately", "other_statute_named"],
         parts=[[q(R), q(R), q(W, "s31(1)(a)"), q(R), q(NH)]]),
    dict(file="lorn-isles-tp-review-ir-2024-007-scan.pdf", src="lorn-isles-2024.html", render="chromium_ocr",
         authority="Lorn and Isles Transport Partnership", reference="IR/2024/007", date="2024-05-22",
         received="2024-04-26", regime="foisa", layout="internal_review",
         traps=["ocr_scan", "original_reference_quoted", "review_overturns_not_held", "review_overturns_exemption",
                "original_s17_s30_superseded", "several_dates_with_roles"],
         parts=[[q(R), q(W, "foisa:s33(1)(b)"), q(PR, "foisa:s33(1)(b)"), q(R), q(PR, "foisa:s38(1)(b)")]]),
    dict(file="castlebridge-university-foi-2022-0719.html", src="castlebridge-2022.html", render="copy",
         authority="University of Castlebridge", reference="UCB/FOI/2022/0719", date="2022-04-27",
         received="2022-03-29", regime="foia", layout="grouped_answers",
         traps=["disclosure_log_html", "grouped_questions_3_and_4", "attachment_answer", "small_numbers_suppressed",
                "page_last_updated_date"],
         parts=[[q(R), q(R), q(W, "s43(2)"), q(W, "s43(2)"), q(PR, "s40(2)"), q(NH)]]),
    dict(file="glanteifi-cc-foi-2290-19.html", src="glanteifi-2019.html", render="copy",
         authority="Glanteifi County Council", reference="GCC/2290/19", date="2019-10-15", received="2019-09-17",
         regime="foia", layout="you_asked_our_response",
         traps=["disclosure_log_html", "welsh_bilingual", "unnumbered_questions", "s21_signpost", "slash_dates",
                "many_dates_in_answer"],
         parts=[[q(R), q(R), q(PR, "s40(2)"), q(R, "s21"), q(NH)]]),
    dict(file="harrowdale-npa-eir-2020-061.html", src="harrowdale-2020.html", render="copy",
         authority="Harrowdale National Park Authority", reference="EIR 2020/061", date="2020-07-08",
         received="2020-06-10", regime="eir", layout="numbered_list_inline_answers",
         traps=["disclosure_log_html", "ncnd_reg12_6", "reg6_1_b_signpost", "reg12_4_a_not_held",
                "review_regulation_mentioned", "site_alert_banner"],
         parts=[[q(N, "reg12(5)(g)", "reg12(6)"), q(R), q(W, "reg13(1)"), q(R, "reg6(1)(b)"),
                 q(PR, "reg12(5)(e)"), q(NH, "reg12(4)(a)")]]),
    dict(file="cesa-eir-26-0051.html", src="cesa-2026.html", render="copy",
         authority="Caledonian Environmental Standards Agency", reference="EIR-26-0051", date="2026-01-19",
         received="2025-12-15", regime="foisa", layout="bulleted_request_topic_headings",
         traps=["disclosure_log_html", "eisrs", "bullet_questions", "authorisation_number_not_reference",
                "signpost_without_provision", "not_held_redirect"],
         parts=[[q(R), q(R), q(R), q(NH), q(R)]]),
    dict(file="hallowmere-cc-eir-17-0934.docx", src="hallowmere-2017.html", render="docx",
         authority="Hallowmere County Council", reference="EIR/17/0934", date="2017-03-21", received="2017-02-22",
         regime="eir", layout="restated_list_then_numbered_answers",
         traps=["docx_auto_numbering", "statutory_text_paraphrased", "reg12_4_a_not_held", "redacted_minutes"],
         parts=[[q(R), q(R), q(W, "reg12(5)(e)"), q(W, "reg13(1)"), q(PR, "reg12(4)(d)"),
                 q(NH, "reg12(4)(a)")]]),
    dict(file="stowmarsh-dc-eir-2023-1456.docx", src="stowmarsh-2023.html", render="docx",
         authority="Stowmarsh District Council", reference="2023/1456", date="2023-11-30", received="2023-11-02",
         regime="eir", layout="interleaved_question_answer",
         traps=["earlier_foia_s43_mentioned", "regime_change_s43_to_reg12_5_e", "earlier_reference_quoted",
                "reg6_1_b_signpost", "reg12_4_a_not_held"],
         parts=[[q(R), q(W, "reg12(5)(e)"), q(PR, "reg12(5)(e)"), q(R, "reg6(1)(b)"), q(R),
                 q(NH, "reg12(4)(a)")]]),
    dict(file="mcas-foi-24-388.docx", src="mcas-2024.html", render="docx",
         authority="Moorland and Coast Ambulance Service NHS Trust", reference="FOI/MCAS/24/388",
         date="2024-08-12", received="2024-07-15", regime="foia", layout="questions_in_prose",
         traps=["prose_request", "unkeyed_answers", "not_held_signpost_other_body", "total_given_split_withheld"],
         parts=[[q(R), q(R), q(R), q(NH), q(R), q(PR, "s43(2)")]]),
    dict(file="ashworth-mbc-foi-286-18.pdf", src="ashworth-2018.html", render="lo_pdf",
         authority="Ashworth Metropolitan Borough Council", reference="286- 18", date="2018-12-13",
         received="2018-11-15", regime="foia", layout="whole_request_cost_refusal",
         traps=["reference_stray_space", "not_held_one_directorate_then_cost", "cost_arithmetic",
                "aggregation", "section_16_mention", "slash_dates", "part_means_question"],
         parts=[[q(RF, "s12(1)"), q(RF, "s12(1)"), q(RF, "s12(1)"), q(RF, "s12(1)")]]),
    dict(file="lb-carnwick-eir-cas-71533.pdf", src="carnwick-2021.html", render="lo_pdf",
         authority="London Borough of Carnwick", reference="CAS-71533-R2T8Q1", date="2021-09-09",
         received="2021-08-12", regime="eir", layout="restated_then_keyed_answers",
         traps=["crm_style_reference", "reg12_4_b_single_question", "reg12_5_b_contrast_mention",
                "periods_in_questions", "units_and_figures"],
         parts=[[q(R), q(R), q(RF, "reg12(4)(b)"), q(R), q(W, "reg13(1)"), q(W, "reg12(4)(d)")]]),
    dict(file="carrowmore-glenavon-bc-ir-25-014.pdf", src="carrowmore-2025.html", render="lo_pdf",
         authority="Carrowmore and Glenavon Borough Council", reference="IR 25/014", date="2025-07-04",
         received="2025-06-06", regime="foia", layout="internal_review_table",
         traps=["original_reference_quoted", "ico_decision_notice_quoted", "changes_in_bold",
                "original_decision_column", "review_not_held_to_s21", "s41_absolute"],
         parts=[[q(R), q(R), q(PR, "s43(2)"), q(W, "s41(1)", "s43(2)"), q(R, "s21")]]),
    dict(file="calder-wye-icb-foi-0042-26.pdf", src="calder-wye-2026.html", render="lo_gs",
         authority="NHS Calder and Wye Integrated Care Board", reference="ICB-FOI-0042-26", date="2026-02-23",
         received="2026-01-26", regime="foia", layout="numbered_question_response",
         traps=["attachment_answer", "s22_future_publication", "names_given_values_withheld",
                "ghostscript_redistil", "future_date_in_answer"],
         parts=[[q(R), q(R), q(PR, "s43(2)"), q(R), q(R, "s22"), q(NH)]]),
    dict(file="ncfa-eir-22-3381.pdf", src="ncfa-2022.html", render="chromium",
         authority="National Coast and Floodplain Agency", reference="NCFA/EIR/22/3381", date="2022-11-17",
         received="2022-10-20", regime="eir", layout="request_response_headings",
         traps=["zero_is_released", "redacted_reports", "reg12_4_a_not_held", "years_in_answers"],
         parts=[[q(R), q(PR, "reg12(5)(a)"), q(R), q(W, "reg12(5)(f)"), q(R), q(NH, "reg12(4)(a)")]]),
    dict(file="dunmere-constabulary-foi-0311-19.txt", src="dunmere-2019.txt", render="copy",
         authority="Dunmere Constabulary", reference="FOI 0311/19", date="2019-04-05", received="2019-03-08",
         regime="foia", layout="restated_then_question_headings",
         traps=["police_ncnd", "s12_2_ncnd_is_refused", "section_17_5_mention", "hyphenated_across_lines",
                "partial_not_recorded_is_released"],
         parts=[[q(R), q(R), q(N, "s24(2)", "s31(3)"), q(N, "s23(5)", "s24(2)", "s30(3)", "s31(3)"),
                 q(RF, "s12(2)"), q(R)]]),
    dict(file="fenmarsh-college-foi-17-044.md", src="fenmarsh-2017.md", render="copy",
         authority="Fenmarsh College", reference="FC/FOI/17/044", date="2017-06-28", received="2017-05-31",
         regime="foia", layout="answers_inline_in_request",
         traps=["markdown_table_metadata", "quoted_request_blocks", "s21_signpost", "published_range_not_release"],
         parts=[[q(R), q(R), q(W, "s43(2)"), q(PR, "s43(2)"), q(R, "s21"), q(R)]]),
    dict(file="kingfisher-learning-trust-klt-0147.txt", src="kingfisher-2024.txt", render="copy",
         authority="Kingfisher Learning Trust", reference="KLT-0147", date="2024-10-18", received="2024-09-20",
         regime="foia", layout="whole_request_vexatious",
         traps=["lettered_items", "earlier_references_quoted", "ico_case_quoted", "company_number"],
         parts=[[q(RF, "s14(1)"), q(RF, "s14(1)"), q(RF, "s14(1)"), q(RF, "s14(1)")]]),
    dict(file="ryecroft-homes-foi-2020-19.md", src="ryecroft-2020.md", render="copy",
         authority="Ryecroft Homes Limited", reference="RH-FOI-2020-19", date="2020-03-03", received="2020-02-04",
         regime="foia", layout="answers_out_of_order",
         traps=["answers_grouped_by_team", "question_not_answered", "not_recorded_separately",
                "owning_council_named"],
         parts=[[q(R), q(NH), q(R), q(R), q(PR, "s43(2)"), q(U)]]),
    dict(file="nhs-kinloch-forth-foi-2023-0712.txt", src="kinloch-forth-2023.txt", render="copy",
         authority="NHS Kinloch Forth", reference="FOI 2023-0712", date="2023-05-02", received="2023-04-04",
         regime="foisa", layout="whole_request_cost_refusal",
         traps=["requested_tue_date_line", "lettered_items", "foisa_cost_limit_600", "held_but_cost",
                "section_16_15_mentions"],
         parts=[[q(RF, "foisa:s12(1)"), q(RF, "foisa:s12(1)"), q(RF, "foisa:s12(1)"), q(RF, "foisa:s12(1)")]]),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout + r.stderr)
        raise SystemExit("command failed: %s" % " ".join(cmd))
    return r


def lo_convert(src, fmt):
    """One LibreOffice conversion at a time; returns the produced path in BUILD."""
    base = os.path.splitext(os.path.basename(src))[0]
    ext = "pdf" if fmt.startswith("pdf") else "docx"
    out = os.path.join(BUILD, base + "." + ext)
    if os.path.exists(out):
        os.remove(out)
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt, "--outdir", BUILD, src])
    if not os.path.exists(out):
        raise SystemExit("LibreOffice produced nothing for " + src)
    return out


def chromium_pdf(src):
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(BUILD, base + ".chromium.pdf")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + out, "file://" + src])
    return out


def gs_redistil(pdf, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, pdf])


def ocr_scan(pdf, out):
    base = os.path.splitext(os.path.basename(out))[0]
    pages_dir = os.path.join(BUILD, base + "_pages")
    shutil.rmtree(pages_dir, ignore_errors=True)
    os.makedirs(pages_dir)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(pages_dir, "p%03d.png"), pdf])
    pages = sorted(glob.glob(os.path.join(pages_dir, "p*.png")))
    lst = os.path.join(pages_dir, "list.txt")
    with open(lst, "w") as f:
        f.write("\n".join(pages) + "\n")
    stem = os.path.join(BUILD, base + ".ocr")
    run(["tesseract", lst, stem, "-l", "eng", "pdf"])
    shutil.move(stem + ".pdf", out)


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(HERE, L["file"])
    how = L["render"]
    if how == "copy":
        shutil.copyfile(src, out)
    elif how == "lo_pdf":
        shutil.move(lo_convert(src, "pdf:writer_pdf_Export"), out)
    elif how == "docx":
        shutil.move(lo_convert(src, "docx:MS Word 2007 XML"), out)
    elif how == "chromium":
        shutil.move(chromium_pdf(src), out)
    elif how == "lo_gs":
        gs_redistil(lo_convert(src, "pdf:writer_pdf_Export"), out)
    elif how == "chromium_gs":
        gs_redistil(chromium_pdf(src), out)
    elif how == "lo_ocr":
        ocr_scan(lo_convert(src, "pdf:writer_pdf_Export"), out)
    elif how == "chromium_ocr":
        ocr_scan(chromium_pdf(src), out)
    else:
        raise SystemExit("unknown render " + how)


def truth():
    expect, labels = {"letters": {}}, {}
    for L in LETTERS:
        qs = {}
        for pi, part in enumerate(L["parts"], 1):
            for qi, (stance, ex) in enumerate(part, 1):
                qs["P%d.Q%d" % (pi, qi)] = {"stance": stance, "exemptions": sorted(ex)}
        expect["letters"][L["file"]] = {"authority": L["authority"], "reference": L["reference"],
                                        "date": L["date"], "questions": qs}
        labels[L["file"]] = {"received": L["received"], "regime": L["regime"], "layout": L["layout"],
                             "traps": L["traps"]}
    return expect, labels


def main():
    os.makedirs(BUILD, exist_ok=True)
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["file"] not in only and L["src"] not in only:
            continue
        print("rendering", L["file"], "via", L["render"], file=sys.stderr)
        render(L)
    expect, labels = truth()
    with open(os.path.join(HERE, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
