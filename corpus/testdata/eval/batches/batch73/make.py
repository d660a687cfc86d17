#!/usr/bin/env python3
"""Batch 73: 24 fictional UK FOI / EIR / FOISA response letters.

Every letter's truth lives in LETTERS below. Running this script renders each
letter from src/ into this folder with real producers (LibreOffice, Chromium,
Ghostscript, Tesseract) and writes expect.json and labels_full.json from
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
LO_PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

# Stance shorthands
R, PR, W, NCND, NH, REF, UNK = ("released", "partially_released", "withheld",
                                "ncnd", "not_held", "refused", "unknown")
POLICE_ICT = ["s24(1)", "s31(1)(a)", "s31(1)(b)"]

LETTERS = [
    # 1 -------------------------------------------------------------------
    dict(file="marchshire-constabulary-mc-foi-0387-25.pdf",
         src="marchshire.html", render="chromium",
         authority="Marchshire Constabulary", reference="MC/FOI/0387/25",
         date="2025-03-14", received="2025-02-17", regime="foia",
         layout="decision_paragraph",
         traps=["round_robin_contact_centre", "same_question_two_parts",
                "decision_paragraph_ranges_by_part", "s31_1_a_b_run",
                "s17_refusal_notice_not_exemption", "quoted_statute_s24_s31",
                "s23_named_in_quoted_text", "previously_released_note",
                "earlier_request_reference", "repeated_banner_every_page",
                "official_marking", "not_recorded_separately_not_held",
                "complaint_rights_s50"],
         parts=[
             [  # part 1: contact centre
                 (W, POLICE_ICT),          # 1 supplier
                 (NH, []),                 # 2 spend, not recorded separately
                 (W, POLICE_ICT),          # 3 duration
                 (W, POLICE_ICT),          # 4 expiry
                 (W, POLICE_ICT),          # 5 review
                 (W, POLICE_ICT),          # 6 description
                 (PR, ["s40(2)"]),         # 7 contact: title given, name withheld
                 (W, ["s31(1)(a)", "s31(1)(b)"]),  # 8 agents
                 (R, []),                  # 9 sites: 2
                 (W, POLICE_ICT),          # 10 manufacturer
                 (R, []),                  # 11 email users ~4,100
             ],
             [  # part 2: inbound network
                 (W, POLICE_ICT),          # 1 supplier
                 (NH, []),                 # 2 spend
                 (W, POLICE_ICT),          # 3 expiry
                 (W, POLICE_ICT),          # 4 review
                 (PR, ["s40(2)"]),         # 5 contact
             ],
         ]),
    # 2 -------------------------------------------------------------------
    dict(file="northvale-cc-ncc-foi-4518.pdf", src="northvale.html",
         render="lo_pdf",
         authority="Northvale County Council", reference="NCC/FOI/4518",
         date="2022-06-09", received="2022-05-12", regime="foia",
         layout="table_2col_parts",
         traps=["round_robin_contact_centre", "same_question_two_parts",
                "table_rows_split_over_pages", "s43_1_contrasted_not_applied",
                "na_after_earlier_answer", "s17_refusal_notice_not_exemption",
                "dd_mm_yyyy_dates", "complaint_rights_s50"],
         parts=[
             [
                 (R, []),                  # 1 supplier
                 (W, ["s43(2)"]),          # 2 spend
                 (R, []),                  # 3 expiry
                 (R, []),                  # 4 review
                 (PR, ["s40(2)"]),         # 5 contact
                 (R, []),                  # 6 agents 62
             ],
             [
                 (R, []),                  # 1 supplier
                 (W, ["s43(2)"]),          # 2 spend
                 (R, []),                  # 3 expiry
                 (R, []),                  # 4 review N/A
             ],
         ]),
    # 3 -------------------------------------------------------------------
    dict(file="lpsa-foi-16-0417.txt", src="lpsa-foi-16-0417.txt",
         render="copy",
         authority="Land and Property Survey Agency", reference="FOI-16-0417",
         date="2016-09-23", received="2016-08-30", regime="foia",
         layout="restate_then_numbered_answers",
         traps=["round_robin_contact_centre", "requested_date_only",
                "s21_signposting", "attachment_answer",
                "period_in_answer_2013_14", "hyphenation_across_lines",
                "busy_periods_not_held"],
         parts=[[
             (R, []),          # 1 supplier
             (R, []),          # 2 spend £84,312
             (R, []),          # 3 expiry
             (R, ["s21"]),     # 4 review -> contracts register
             (R, []),          # 5 description
             (R, []),          # 6 contact (job title + mailbox)
             (R, []),          # 7 agents 27
             (NH, []),         # 8 busy periods
             (R, []),          # 9 manufacturer -> attached schedule
         ]]),
    # 4 -------------------------------------------------------------------
    dict(file="severn-meadows-nhsft-foi-23-1187.pdf", src="severnmeadows.html",
         render="chromium",
         authority="Severn Meadows NHS Foundation Trust",
         reference="FOI/23/1187",
         date="2023-12-20", received="2023-11-28", regime="foia",
         layout="table_3col",
         traps=["us_style_date", "nil_released", "s21_signposting",
                "ncnd_s31_3_with_disclaimer", "period_in_question_2021_22",
                "repeated_slogan_footer"],
         parts=[[
             (R, []),              # 1 agency spend
             (PR, ["s43(2)"]),     # 2 top five agencies, spend withheld
             (R, []),              # 3 highest rate
             (NH, []),             # 4 price cap breaches
             (R, []),              # 5 never events: Nil
             (W, ["s31(1)(a)"]),   # 6 cyber incidents
             (NCND, ["s31(3)"]),   # 7 ransom
             (R, ["s21"]),         # 8 SIRO
         ]]),
    # 5 -------------------------------------------------------------------
    dict(file="brackenfield-mbc-4471-19.pdf", src="brackenfield.html",
         render="gs_from_chromium",
         authority="Brackenfield Metropolitan Borough Council",
         reference="4471- 19",
         date="2019-11-04", received="2019-10-07", regime="foia",
         layout="restate_then_numbered_answers",
         traps=["stray_space_reference", "requested_weekday_date",
                "dd_mm_yyyy_hyphen_date", "not_held_then_cost_refusal",
                "s16_advice_not_exemption", "other_acts_named",
                "redacted_attachment", "ghostscript_redistil"],
         parts=[[
             (R, []),              # 1 referrals per year
             (R, []),              # 2 agencies
             (NH, []),             # 3 fees
             (REF, ["s12(1)"]),    # 4 vulnerable: Revenues not held, others cost
             (R, []),              # 5 complaints 14
             (PR, ["s43(2)"]),     # 6 contract, rates redacted
         ]]),
    # 6 -------------------------------------------------------------------
    dict(file="cwm-tawel-cbc-foi210912.pdf", src="cwmtawel.html",
         render="lo_pdf",
         authority="Cwm Tawel County Borough Council", reference="FOI210912",
         date="2021-08-13", received="2021-07-16", regime="foia",
         layout="answers_inline_in_request",
         traps=["bilingual_welsh_letterhead", "ordinal_date",
                "s22_future_publication", "attachment_answer",
                "period_in_question_2020_21"],
         parts=[[
             (R, []),              # 1 pupils
             (R, []),              # 2 contracts/operators (Appendix A)
             (R, []),              # 3 spend
             (PR, ["s40(2)"]),     # 4 complaints, per-operator withheld
             (R, ["s22"]),         # 5 eligibility consultation
         ]]),
    # 7 -------------------------------------------------------------------
    dict(file="bann-moyola-bc-foi-2018-117.docx", src="bannmoyola.html",
         render="lo_docx",
         authority="Bann and Moyola Borough Council",
         reference="BMBC/FOI/2018/117",
         date="2018-11-21", received="2018-10-24", regime="foia",
         layout="interleaved_request_response",
         traps=["northern_ireland_foia", "auto_numbered_list",
                "s21_signposting", "redacted_attachment",
                "s17_refusal_notice_not_exemption"],
         parts=[[
             (R, []),              # 1 operator
             (W, ["s43(2)"]),      # 2 contract value
             (R, []),              # 3 dates
             (R, ["s21"]),         # 4 management fee -> accounts
             (PR, ["s43(2)"]),     # 5 KPI reports redacted
         ]]),
    # 8 -------------------------------------------------------------------
    dict(file="wessex-downs-icb-foi-24-0631.pdf", src="wessexdowns.html",
         render="chromium",
         authority="NHS Wessex Downs Integrated Care Board",
         reference="FOI-24-0631",
         date="2024-05-02", received="2024-04-03", regime="foia",
         layout="you_asked_our_response",
         traps=["s22_future_publication", "zero_released",
                "not_held_with_signpost_to_providers"],
         parts=[[
             (R, []),              # 1 waiting 3,947
             (R, []),              # 2 longest 186 weeks
             (R, []),              # 3 providers
             (R, ["s22"]),         # 4 spend -> annual report
             (NH, []),             # 5 deaths
             (R, []),              # 6 rejected: 0
         ]]),
    # 9 -------------------------------------------------------------------
    dict(file="wealdmoor-frs-foi-2020-093.pdf", src="wealdmoor.html",
         render="gs_from_lo",
         authority="Wealdmoor Fire and Rescue Service",
         reference="FOI 2020/093",
         date="2020-09-18", received="2020-08-21", regime="foia",
         layout="interleaved_q_a",
         traps=["official_marking", "quoted_statute_s38_limb_a_not_applied",
                "none_released", "s14_2_repeat_with_earlier_reference",
                "s17_refusal_notice_not_exemption", "ghostscript_redistil"],
         parts=[[
             (R, []),                          # 1 AFA 2,861
             (PR, ["s43(2)"]),                 # 2 47, names withheld
             (W, ["s31(1)(a)", "s38(1)(b)"]),  # 3 station security
             (R, []),                          # 4 None
             (REF, ["s14(2)"]),                # 5 repeated request
         ]]),
    # 10 ------------------------------------------------------------------
    dict(file="east-pennine-ambulance-ir-2023-044.pdf", src="eastpennine.html",
         render="ocr_from_lo",
         authority="East Pennine Ambulance Service NHS Trust",
         reference="IR-2023-044",
         date="2023-07-27", received="2023-06-30", regime="foia",
         layout="internal_review",
         traps=["review_outcome_differs_from_original",
                "original_reference_quoted", "aggregation_regulation_5",
                "changes_in_bold", "attachment_answer", "ocr_scan",
                "complaint_rights_s50"],
         parts=[[
             (R, []),              # 1 Cat 2 times (overturned)
             (R, []),              # 2 handover hours (overturned)
             (REF, ["s12(1)"]),    # 3 harm while waiting (upheld)
             (W, ["s40(2)"]),      # 4 clinician names
             (R, []),              # 5 serious incidents 41
         ]]),
    # 11 ------------------------------------------------------------------
    dict(file="castlebridge-univ-foi-17-206.pdf", src="castlebridge.html",
         render="lo_pdf",
         authority="University of Castlebridge", reference="FOI/17/206",
         date="2017-04-03", received="2017-03-06", regime="foia",
         layout="prose_questions",
         traps=["questions_in_prose", "s36_subsection_run",
                "s36_2_a_contrasted_not_applied", "ligatures",
                "page_break_mid_answer", "fewer_than_five"],
         parts=[[
             (R, []),                                         # 1 fees paid
             (R, []),                                         # 2 consultants
             (R, []),                                         # 3 risk assessment given? Yes
             (W, ["s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)",
                  "s43(2)"]),                                 # 4 copy of RA
             (PR, ["s40(2)", "s43(2)"]),                      # 5 minutes
             (PR, ["s40(2)"]),                                # 6 redundancies <5
         ]]),
    # 12 ------------------------------------------------------------------
    dict(file="thornbury-vale-college-tvc-foi-26-004.md",
         src="thornbury-vale-college-tvc-foi-26-004.md", render="copy",
         authority="Thornbury Vale College", reference="TVC-FOI-26-004",
         date="2026-01-20", received="2026-01-05", regime="foia",
         layout="grouped_answers",
         traps=["grouped_questions_1_2", "s21_signposting",
                "not_applicable_after_no", "nil_released",
                "no_position_taken", "period_in_question_2024_25"],
         parts=[[
             (R, []),          # 1 apprentices (grouped)
             (R, []),          # 2 subcontracted (grouped)
             (R, ["s21"]),     # 3 subcontracting statement
             (R, []),          # 4 No
             (R, []),          # 5 Not applicable
             (UNK, []),        # 6 leavers - will write separately
             (R, []),          # 7 Nil
         ]]),
    # 13 ------------------------------------------------------------------
    dict(file="kestrel-learning-klp-foi-19-08.pdf", src="kestrel.html",
         render="ocr_from_chromium",
         authority="Kestrel Learning Partnership", reference="KLP/FOI/19/08",
         date="2019-07-11", received="2019-06-13", regime="foia",
         layout="answers_out_of_order",
         traps=["answers_out_of_order", "bare_figure_answer",
                "link_without_s21", "ncnd_s40_5", "ocr_scan",
                "company_number_in_letterhead"],
         parts=[[
             (R, ["s21"]),         # 1 CEO salary -> accounts
             (R, []),              # 2 staff > £100k: 2
             (PR, ["s40(2)"]),     # 3 exclusions
             (NH, []),             # 4 isolation rooms
             (R, []),              # 5 behaviour policy link + copy
             (NCND, ["s40(5)"]),   # 6 settlement agreements
         ]]),
    # 14 ------------------------------------------------------------------
    dict(file="dcr-foi2021-18342.pdf", src="dcr.html", render="lo_pdf",
         authority="Department for Community Resilience",
         reference="FOI2021/18342",
         date="2021-10-21", received="2021-09-23", regime="foia",
         layout="restate_then_numbered_answers_with_annex",
         traps=["central_government_600_24_hours",
                "s12_2_neither_confirm_nor_deny_is_refused",
                "ncnd_s23_5_s24_2", "annex_exemption_list",
                "s27_s40_considered_not_applied", "s22_future_publication",
                "official_marking", "your_ref_is_request_date"],
         parts=[[
             (R, []),                      # 1 grants by region
             (NCND, ["s23(5)", "s24(2)"]),  # 2 counter-extremism orgs
             (REF, ["s12(2)"]),            # 3 correspondence
             (W, ["s35(1)(a)"]),           # 4 submissions
             (R, ["s22"]),                 # 5 evaluation
         ]]),
    # 15 ------------------------------------------------------------------
    dict(file="residential-lettings-regulator-cas-51207.pdf", src="rlr.html",
         render="gs_from_lo",
         authority="Residential Lettings Regulator",
         reference="CAS-51207-R2K9Q",
         date="2024-08-06", received="2024-07-09", regime="foia",
         layout="decision_paragraph",
         traps=["ico_decision_notice_reference", "ncnd_s31_3",
                "s44_statutory_bar", "s30_contrasted_not_applied",
                "s21_signposting", "redacted_attachment",
                "quoted_statute_s31_3", "ghostscript_redistil",
                "ligatures_garbled_by_redistil"],
         parts=[[
             (NCND, ["s31(3)"]),               # 1 investigating?
             (R, []),                          # 2 complaints: 9
             (W, ["s40(2)", "s44(1)(a)"]),     # 3 copies of complaints
             (R, ["s21"]),                     # 4 enforcement notices
             (PR, ["s31(1)(g)"]),              # 5 guidance redacted
         ]]),
    # 16 ------------------------------------------------------------------
    dict(file="ashcombe-dc-eir-22-0311.md", src="ashcombe-dc-eir-22-0311.md",
         render="copy",
         authority="Ashcombe District Council", reference="EIR/22/0311",
         date="2022-03-15", received="2022-02-15", regime="eir",
         layout="interleaved_bold_questions",
         traps=["joint_team_shared_service", "s39_foia_explained_not_applied",
                "reg12_6_ncnd_with_12_5_b", "reg12_4_a_contrasted_not_applied",
                "reg12_2_presumption_mentioned", "ordinal_date"],
         parts=[[
             (R, []),                               # 1 incidents
             (R, []),                               # 2 FPNs 64
             (NCND, ["reg12(5)(b)", "reg12(6)"]),   # 3 Mill Lane
             (R, []),                               # 4 cost
             (W, ["reg13(1)"]),                     # 5 officer names
             (W, ["reg12(5)(b)"]),                  # 6 CCTV locations
         ]]),
    # 17 ------------------------------------------------------------------
    dict(file="westmarch-council-wc-eir-2020-1473.docx", src="westmarch.html",
         render="lo_docx",
         authority="Westmarch Council", reference="WC-EIR-2020-1473",
         date="2020-03-12", received="2020-02-13", regime="eir",
         layout="restate_then_numbered_answers",
         traps=["auto_numbered_list", "attachment_answer",
                "reg12_4_a_not_held", "redacted_attachment"],
         parts=[[
             (R, []),                  # 1 felled -> attached spreadsheet
             (R, []),                  # 2 replanted 311
             (PR, ["reg13(1)"]),       # 3 survey reports redacted
             (W, ["reg12(5)(e)"]),     # 4 tender scores
             (NH, ["reg12(4)(a)"]),    # 5 subsidence claims
         ]]),
    # 18 ------------------------------------------------------------------
    dict(file="kelworth-eir-7781.html", src="kelworth-eir-7781.html",
         render="copy",
         authority="London Borough of Kelworth", reference="EIR-7781",
         date="2025-04-24", received="2025-03-27", regime="eir",
         layout="disclosure_log_request_response",
         traps=["site_navigation", "cookie_banner",
                "published_date_differs_from_response_date",
                "related_requests_other_references", "reg6_1_b_signposting",
                "other_acts_named", "attachment_answer"],
         parts=[[
             (R, ["reg6(1)(b)"]),      # 1 NO2 -> ASR
             (R, []),                  # 2 PCNs
             (R, []),                  # 3 revenue
             (R, []),                  # 4 traffic counts attached
             (PR, ["reg13(1)"]),       # 5 consultation responses redacted
         ]]),
    # 19 ------------------------------------------------------------------
    dict(file="fellhaven-npa-eir-18-022.html",
         src="fellhaven-npa-eir-18-022.html", render="copy",
         authority="Fellhaven National Park Authority",
         reference="FNPA/EIR/18/022",
         date="2018-08-09", received="2018-07-12", regime="eir",
         layout="disclosure_log_table_2col",
         traps=["site_navigation", "dd_mm_yyyy_dates",
                "reg12_5_f_voluntary_supply", "reg12_4_a_not_held"],
         parts=[[
             (R, []),                              # 1 complaints per year
             (W, ["reg12(5)(b)", "reg13(1)"]),     # 2 Low Garth file
             (W, ["reg12(5)(f)"]),                 # 3 pre-app advice
             (R, []),                              # 4 visitors
             (NH, ["reg12(4)(a)"]),                # 5 access agreements
         ]]),
    # 20 ------------------------------------------------------------------
    dict(file="wltp-2017-0058.html", src="wltp-2017-0058.html", render="copy",
         authority="Wyre and Lune Transport Partnership",
         reference="WLTP-2017-0058",
         date="2017-11-28", received="2017-10-31", regime="eir",
         layout="disclosure_log_bullets_whole_refusal",
         traps=["whole_request_manifestly_unreasonable",
                "advice_mentions_published_figures_not_release",
                "foia_cost_limit_mentioned_as_guide", "site_navigation",
                "cookie_banner", "posted_date_differs"],
         parts=[[
             (REF, ["reg12(4)(b)"]),   # 1 AVL records
             (REF, ["reg12(4)(b)"]),   # 2 complaints
             (REF, ["reg12(4)(b)"]),   # 3 Route 40 emails
             (REF, ["reg12(4)(b)"]),   # 4 punctuality
         ]]),
    # 21 ------------------------------------------------------------------
    dict(file="strathmoray-council-smc-foi-23-3417.docx",
         src="strathmoray.html", render="lo_docx",
         authority="Strathmoray Council", reference="SMC/FOI/23/3417",
         date="2023-09-18", received="2023-08-21", regime="foisa",
         layout="restate_then_numbered_answers",
         traps=["mixed_foisa_eisr", "s39_2_explained_not_applied",
                "foisa_s25_signposting", "foisa_s17_notice_not_held",
                "auto_numbered_list", "gaelic_name", "s47_appeal_boilerplate"],
         parts=[[
             (R, []),                      # 1 applications
             (R, []),                      # 2 refused 17
             (R, ["foisa:s25(1)"]),        # 3 register
             (W, ["foisa:s38(1)(b)"]),     # 4 objectors
             (R, []),                      # 5 community benefit (EISRs)
             (NH, ["foisa:s17(1)"]),       # 6 inspections per officer
         ]]),
    # 22 ------------------------------------------------------------------
    dict(file="nhs-lomond-carse-foi-2019-412.txt",
         src="nhs-lomond-carse-foi-2019-412.txt", render="copy",
         authority="NHS Lomond and Carse", reference="FOI/LC/2019/412",
         date="2019-12-05", received="2019-11-07", regime="foisa",
         layout="lettered_request_then_answers",
         traps=["lettered_items", "foisa_s18_ncnd_with_s38",
                "scotland_600_limit", "foisa_s25_signposting",
                "hyphenation_across_lines", "fees_regulations_named"],
         parts=[[
             (NCND, ["foisa:s18(1)", "foisa:s38(1)(b)"]),  # a named consultant
             (W, ["foisa:s38(1)(b)"]),                     # b number suspended
             (REF, ["foisa:s12(1)"]),                      # c locum cost
             (R, []),                                      # d waiting list
             (R, ["foisa:s25(1)"]),                        # e longest wait
         ]]),
    # 23 ------------------------------------------------------------------
    dict(file="northern-firths-review-foi-r-24-019.md",
         src="northern-firths-review-foi-r-24-019.md", render="copy",
         authority="University of the Northern Firths",
         reference="FOI-R-24-019",
         date="2024-06-03", received="2024-05-07", regime="foisa",
         layout="internal_review",
         traps=["review_outcome_differs_from_original",
                "original_reference_quoted", "exemption_substituted_on_review",
                "commissioner_decision_reference", "changes_in_bold",
                "foisa_s17_notice_not_held"],
         parts=[[
             (R, []),                          # 1 agents 143
             (PR, ["foisa:s33(1)(b)"]),        # 2 commission range
             (W, ["foisa:s30(c)"]),            # 3 audit report
             (NH, ["foisa:s17(1)"]),           # 4 withdrawals
         ]]),
    # 24 ------------------------------------------------------------------
    dict(file="clyde-brae-ha-foi-2026-006.html",
         src="clyde-brae-ha-foi-2026-006.html", render="copy",
         authority="Clyde Brae Housing Association",
         reference="CBHA-FOI-2026-006",
         date="2026-02-12", received="2026-01-15", regime="foisa",
         layout="disclosure_log_question_headings",
         traps=["site_navigation", "cookie_banner", "foisa_s25_signposting",
                "zero_released", "other_published_responses_references",
                "charity_and_regulator_numbers"],
         parts=[[
             (R, []),                          # 1 reports 612
             (R, ["foisa:s25(1)"]),            # 2 SHQS -> ARC
             (PR, ["foisa:s33(1)(b)"]),        # 3 contractors, values withheld
             (W, ["foisa:s38(1)(b)"]),         # 4 named address
             (R, []),                          # 5 evictions 0
         ]]),
]


# ---------------------------------------------------------------------------
def run(cmd, **kw):
    print("  $", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, **kw)


def lo_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt,
         "--outdir", outdir, src])
    base = os.path.splitext(os.path.basename(src))[0]
    ext = "pdf" if fmt.startswith("pdf") else "docx"
    return os.path.join(outdir, base + "." + ext)


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out,
         "file://" + src])
    return out


def gs_redistil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite",
         "-o", out, inp])


def ocr_scan(inp, out, work):
    os.makedirs(work, exist_ok=True)
    for f in os.listdir(work):
        os.remove(os.path.join(work, f))
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(work, "page-%03d.png"), inp])
    pages = sorted(f for f in os.listdir(work) if f.endswith(".png"))
    lst = os.path.join(work, "pages.txt")
    with open(lst, "w") as fh:
        for p in pages:
            fh.write(os.path.join(work, p) + "\n")
    base = os.path.splitext(out)[0]
    run(["tesseract", lst, base, "-l", "eng", "pdf"])


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(HERE, L["file"])
    stem = os.path.splitext(L["file"])[0]
    how = L["render"]
    if how == "copy":
        shutil.copyfile(src, out)
    elif how == "lo_pdf":
        shutil.move(lo_convert(src, "pdf:writer_pdf_Export",
                               os.path.join(BUILD, "lo")), out)
    elif how == "lo_docx":
        shutil.move(lo_convert(src, "docx:MS Word 2007 XML",
                               os.path.join(BUILD, "lo")), out)
    elif how == "chromium":
        chromium_pdf(src, out)
    elif how == "gs_from_lo":
        mid = lo_convert(src, "pdf:writer_pdf_Export", os.path.join(BUILD, "lo"))
        gs_redistil(mid, out)
    elif how == "gs_from_chromium":
        mid = chromium_pdf(src, os.path.join(BUILD, stem + ".chromium.pdf"))
        gs_redistil(mid, out)
    elif how == "ocr_from_lo":
        mid = lo_convert(src, "pdf:writer_pdf_Export", os.path.join(BUILD, "lo"))
        ocr_scan(mid, out, os.path.join(BUILD, "ocr-" + stem))
    elif how == "ocr_from_chromium":
        mid = chromium_pdf(src, os.path.join(BUILD, stem + ".chromium.pdf"))
        ocr_scan(mid, out, os.path.join(BUILD, "ocr-" + stem))
    else:
        raise ValueError(how)


def truth():
    expect, labels = {"letters": {}}, {}
    for L in LETTERS:
        qs = {}
        for pi, part in enumerate(L["parts"], 1):
            for qi, (stance, ex) in enumerate(part, 1):
                qs["P%d.Q%d" % (pi, qi)] = {"stance": stance,
                                            "exemptions": sorted(ex)}
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"],
            "date": L["date"], "questions": qs}
        labels[L["file"]] = {"received": L["received"], "regime": L["regime"],
                             "layout": L["layout"], "traps": L["traps"]}
    return expect, labels


def main():
    os.makedirs(BUILD, exist_ok=True)
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["file"] not in only:
            continue
        print("render", L["file"], file=sys.stderr)
        render(L)
    expect, labels = truth()
    with open(os.path.join(HERE, "expect.json"), "w") as fh:
        json.dump(expect, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    # intermediates and the LibreOffice profile are not part of the batch
    shutil.rmtree(BUILD, ignore_errors=True)
    shutil.rmtree(os.path.join(HERE, ".lo_profile"), ignore_errors=True)


if __name__ == "__main__":
    main()
